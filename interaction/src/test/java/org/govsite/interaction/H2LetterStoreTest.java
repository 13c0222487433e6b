package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LetterStoreTest extends LetterStoreContract {
  private String url;

  @Override
  LetterStore store() {
    url = "jdbc:h2:mem:mailbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return JdbcLetterStore.builder().url(url, "sa", "").build();
  }

  @Test
  void migrationIsIdempotentAndVersioned() {
    JdbcLetterStore s = (JdbcLetterStore) store();
    assertEquals(1, s.migrate());
    assertEquals(1, s.migrate());
  }

  @Test
  void aTransitionAndItsHistoryEntryAreWrittenTogetherOrNotAtAll() throws Exception {
    LetterStore s = store();
    Letter l = Fixtures.received("S1", LetterType.HELP, "2025-10-09T09:00:00");
    s.insert(l);
    // Plant a history row where the next entry must go: the UPDATE succeeds, the INSERT fails.
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
      st.execute("INSERT INTO govsite_letter_history VALUES ('S1', 1, 'accepted', 'received', 'accepted', 'x',"
          + " TIMESTAMP '2025-10-09 10:00:00', '', '')");
    }
    Letter next = Fixtures.apply(l, Transition.accept("甲", t("2025-10-09T10:00:00")));
    assertThrows(ConcurrentUpdateException.class, () -> s.update(next, 0));
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT letter_state, row_version FROM govsite_letter WHERE id = 'S1'")) {
      rs.next();
      assertEquals("received", rs.getString(1), "the letter row was rolled back with the failed history insert");
      assertEquals(0, rs.getLong(2));
    }
  }

  @Test
  void fileDatabaseKeepsLettersAcrossRestarts(@TempDir Path dir) {
    Letter l = Fixtures.replied("F1", LetterType.CONSULTATION, "2025-10-09T09:00:00", "教育局", "2025-10-13T15:00:00");
    JdbcLetterStore.h2File(dir.resolve("mailbox")).insert(l);
    assertEquals(l, JdbcLetterStore.h2File(dir.resolve("mailbox")).find("F1").orElseThrow());
  }

  @Test
  void schemaAndPrefixMustBePlainIdentifiers() {
    assertEquals("schema", assertThrows(org.govsite.core.InvalidInputException.class,
        () -> JdbcLetterStore.builder().schema("x; DROP TABLE y")).field());
    assertEquals("tablePrefix", assertThrows(org.govsite.core.InvalidInputException.class,
        () -> JdbcLetterStore.builder().tablePrefix("a-b")).field());
    assertEquals("url", assertThrows(org.govsite.core.InvalidInputException.class,
        () -> JdbcLetterStore.builder().build()).field());
  }
}
