package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.govsite.core.InvalidInputException;
import org.govsite.review.JdbcReviewStore;
import org.govsite.review.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The review store contract on the JDBC store over a fresh H2 database per test, and what is particular to JDBC. */
class H2ReviewStoreTest extends ReviewStoreContract {
  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.h2();

  @Override
  protected ReviewStore newStore() {
    return ReviewStore.jdbc(db.dataSource());
  }

  @Override
  protected ReviewStore sameData(ReviewStore store) {
    // A new store with its own data source on the same database: what a restart builds.
    return JdbcReviewStore.builder().dataSource(db.database().dataSource()).build();
  }

  @Test
  void migrationIsIdempotentAndVersioned() {
    JdbcReviewStore s = JdbcReviewStore.builder().dataSource(db.dataSource()).build();
    assertEquals(2, s.migrate()); // 0.1's tables, then 0.2's lease columns
    assertEquals(2, s.migrate());
  }

  @Test
  void settingsMustBePlainIdentifiersAndASourceIsRequired() {
    assertEquals("schema", assertThrows(InvalidInputException.class,
        () -> JdbcReviewStore.builder().schema("x; DROP TABLE y")).field());
    assertEquals("tablePrefix", assertThrows(InvalidInputException.class,
        () -> JdbcReviewStore.builder().tablePrefix("a-b")).field());
    assertEquals("dataSource", assertThrows(InvalidInputException.class,
        () -> JdbcReviewStore.builder().build()).field());
  }
}
