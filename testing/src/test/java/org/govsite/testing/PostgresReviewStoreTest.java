package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govsite.review.JdbcReviewStore;
import org.govsite.review.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The review store contract on a real PostgreSQL server, a fresh schema per test. Never skipped:
 * without {@code GOVSITE_TEST_PG_*} the tests fail and say which variable is missing.
 */
class PostgresReviewStoreTest extends ReviewStoreContract {
  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.postgres();

  @Override
  protected ReviewStore newStore() {
    return JdbcReviewStore.builder().dataSource(db.dataSource()).schema(db.database().schema()).build();
  }

  @Override
  protected ReviewStore sameData(ReviewStore store) {
    // A second instance on the same server and schema, with its own data source: a restart or a second portal.
    return JdbcReviewStore.builder().dataSource(db.database().dataSource()).schema(db.database().schema()).build();
  }

  @Test
  void runsOnPostgresInTheTestsOwnSchema() throws SQLException {
    newStore();
    try (Connection c = db.database().connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
            + db.database().schema() + "'")) {
      rs.next();
      assertEquals(4, rs.getInt(1), "item, event, acknowledgement and schema_version tables");
      assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void instancesStartingAtOnceMigrateTheSchemaOnce() throws Exception {
    int n = 4;
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<ReviewStore>> stores = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        stores.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return JdbcReviewStore.builder().dataSource(db.database().dataSource()).schema(db.database().schema()).build();
        }));
      }
      for (Future<ReviewStore> f : stores) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = db.database().connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM " + db.database().schema()
            + ".govsite_review_schema_version")) {
      rs.next();
      assertEquals(2, rs.getInt(1), "each of the two migrations recorded once");
      assertEquals(rs.getInt(2), rs.getInt(1));
    }
  }
}
