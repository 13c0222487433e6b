package org.govsite.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server. Never skipped: without the server's settings
 * the test fails and says how to start it. Each store gets a schema of its own, dropped afterwards.
 */
class PostgresLetterStoreTest extends LetterStoreContract {
  private static final List<String> SCHEMAS = new ArrayList<>();

  static String env(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      fail(name + " is not set: run `.ci/postgres-start && source .ci/postgres-env` before the build"
          + " (the PostgreSQL tests must run, they are never skipped)");
    }
    return v;
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(env("GOVSITE_TEST_PG_URL"), env("GOVSITE_TEST_PG_USER"), env("GOVSITE_TEST_PG_PASSWORD"));
  }

  @Override
  LetterStore store() {
    String schema = "mailbox_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    synchronized (SCHEMAS) {
      SCHEMAS.add(schema);
    }
    return JdbcLetterStore.builder().url(env("GOVSITE_TEST_PG_URL"), env("GOVSITE_TEST_PG_USER"), env("GOVSITE_TEST_PG_PASSWORD"))
        .schema(schema).build();
  }

  @Test
  void runsOnPostgres() throws SQLException {
    store();
    try (Connection c = connect(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + SCHEMAS.get(SCHEMAS.size() - 1) + "'")) {
      rs.next();
      assertEquals(3, rs.getInt(1), "letter, history and schema_version tables");
      assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void aTransitionAndItsHistoryEntryAreWrittenTogetherOrNotAtAll() throws SQLException {
    LetterStore s = store();
    String schema = SCHEMAS.get(SCHEMAS.size() - 1);
    Letter l = Fixtures.received("S1", LetterType.HELP, "2025-10-09T09:00:00");
    s.insert(l);
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO " + schema + ".govsite_letter_history VALUES ('S1', 1, 'accepted', 'received', 'accepted', 'x',"
          + " TIMESTAMP '2025-10-09 10:00:00', '', '')");
    }
    Letter next = Fixtures.apply(l, Transition.accept("甲", Fixtures.t("2025-10-09T10:00:00")));
    org.junit.jupiter.api.Assertions.assertThrows(ConcurrentUpdateException.class, () -> s.update(next, 0));
    try (Connection c = connect(); Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT letter_state, row_version FROM " + schema + ".govsite_letter WHERE id = 'S1'")) {
      rs.next();
      assertEquals("received", rs.getString(1), "the letter row was rolled back with the failed history insert");
      assertEquals(0, rs.getLong(2));
    }
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String schema : SCHEMAS) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }
}
