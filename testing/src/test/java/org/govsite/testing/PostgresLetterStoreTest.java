package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.govsite.interaction.ConcurrentUpdateException;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterStore;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The letter store contract on a real PostgreSQL server, a fresh schema per test. Never skipped:
 * without {@code GOVSITE_TEST_PG_*} the tests fail and say which variable is missing.
 */
class PostgresLetterStoreTest extends LetterStoreContract {
  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.postgres();

  @Override
  protected LetterStore newStore() {
    TestDatabase d = db.database();
    return JdbcLetterStore.builder().url(d.url(), d.user(), d.password()).schema(d.schema()).build();
  }

  @Test
  void runsOnPostgresInTheTestsOwnSchema() throws SQLException {
    newStore();
    try (Connection c = db.database().connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + db.database().schema() + "'")) {
      rs.next();
      assertEquals(3, rs.getInt(1), "letter, history and schema_version tables");
      assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void aTransitionAndItsHistoryEntryAreWrittenTogetherOrNotAtAll() throws SQLException {
    LetterStore s = newStore();
    String schema = db.database().schema();
    Letter l = Letters.received("S1", LetterType.HELP, "2025-10-09T09:00:00");
    s.insert(l);
    try (Connection c = db.database().connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO " + schema + ".govsite_letter_history VALUES ('S1', 1, 'accepted', 'received', 'accepted', 'x',"
          + " TIMESTAMP '2025-10-09 10:00:00', '', '')");
    }
    Letter next = Letters.apply(l, Transition.accept("甲", Letters.t("2025-10-09T10:00:00")));
    assertThrows(ConcurrentUpdateException.class, () -> s.update(next, 0));
    try (Connection c = db.database().connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT letter_state, row_version FROM " + schema + ".govsite_letter WHERE id = 'S1'")) {
      rs.next();
      assertEquals("received", rs.getString(1), "the letter row was rolled back with the failed history insert");
      assertEquals(0, rs.getLong(2));
    }
  }
}
