package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.govsite.disclosure.JdbcRequestStore;
import org.govsite.disclosure.RequestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request store contract on a real PostgreSQL server, a fresh schema per test. Never skipped:
 * without {@code GOVSITE_TEST_PG_*} the tests fail and say which variable is missing.
 */
class PostgresRequestStoreTest extends RequestStoreContract {
  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.postgres();

  @Override
  protected RequestStore newStore() {
    return JdbcRequestStore.builder().dataSource(db.dataSource()).schema(db.database().schema()).build();
  }

  @Override
  protected RequestStore sameData(RequestStore store) {
    // A second instance on the same server and schema, with its own data source: a restart or a second portal.
    return JdbcRequestStore.builder().dataSource(db.database().dataSource()).schema(db.database().schema()).build();
  }

  @Test
  void aStaleAppendIsAConflictAndWritesNothing() throws Exception {
    StaleAppends.aStaleAppendIsAConflictAndWritesNothing(newStore(), db.database(), db.database().schema() + ".govsite_",
        "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()");
  }

  @Test
  void aVersionOneDatabaseGainsQueryCodes() throws Exception {
    RequestSchemaUpgrades.aVersionOneDatabaseGainsQueryCodes(db.database(), db.database().schema() + ".govsite_",
        () -> JdbcRequestStore.builder().dataSource(db.dataSource()).schema(db.database().schema()).build());
  }

  @Test
  void runsOnPostgresInTheTestsOwnSchema() throws SQLException {
    newStore();
    try (Connection c = db.database().connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
            + db.database().schema() + "'")) {
      rs.next();
      assertEquals(4, rs.getInt(1), "request, event, serial and schema_version tables");
      assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void instancesStartingAtOnceMigrateTheSchemaOnce() throws Exception {
    int n = 4;
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      java.util.List<java.util.concurrent.Future<RequestStore>> stores = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        stores.add(pool.submit(() -> {
          start.await(10, java.util.concurrent.TimeUnit.SECONDS);
          return JdbcRequestStore.builder().dataSource(db.database().dataSource()).schema(db.database().schema()).build();
        }));
      }
      for (java.util.concurrent.Future<RequestStore> f : stores) {
        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = db.database().connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM " + db.database().schema()
            + ".govsite_request_schema_version")) {
      rs.next();
      assertEquals(rs.getInt(2), rs.getInt(1), "each migration recorded once");
    }
  }
}
