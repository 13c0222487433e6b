package org.govsite.testing;

import static org.govsite.testing.Letters.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.govsite.core.InvalidInputException;
import org.govsite.interaction.ConcurrentUpdateException;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterStore;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The letter store contract on the JDBC store over a fresh H2 database per test, and what is particular to JDBC. */
class H2LetterStoreTest extends LetterStoreContract {
  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.h2();

  @Override
  protected LetterStore newStore() {
    TestDatabase d = db.database();
    return JdbcLetterStore.builder().url(d.url(), d.user(), d.password()).build();
  }

  @Test
  void migrationIsIdempotentAndVersioned() {
    JdbcLetterStore s = (JdbcLetterStore) newStore();
    assertEquals(1, s.migrate());
    assertEquals(1, s.migrate());
  }

  @Test
  void aTransitionAndItsHistoryEntryAreWrittenTogetherOrNotAtAll() throws Exception {
    LetterStore s = newStore();
    Letter l = Letters.received("S1", LetterType.HELP, "2025-10-09T09:00:00");
    s.insert(l);
    // Plant a history row where the next entry must go: the UPDATE succeeds, the INSERT fails.
    try (Connection c = db.database().connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO govsite_letter_history VALUES ('S1', 1, 'accepted', 'received', 'accepted', 'x',"
          + " TIMESTAMP '2025-10-09 10:00:00', '', '')");
    }
    Letter next = Letters.apply(l, Transition.accept("甲", t("2025-10-09T10:00:00")));
    assertThrows(ConcurrentUpdateException.class, () -> s.update(next, 0));
    try (Connection c = db.database().connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT letter_state, row_version FROM govsite_letter WHERE id = 'S1'")) {
      rs.next();
      assertEquals("received", rs.getString(1), "the letter row was rolled back with the failed history insert");
      assertEquals(0, rs.getLong(2));
    }
  }

  /** On the database's primary key, a colliding random id is replaced: no letter lost, none overwritten. */
  @Test
  void aMailboxOnJdbcRetriesACollidingIdWithAFreshOne() {
    LetterStore s = newStore();
    java.util.Iterator<String> ids = java.util.List.of("XX20251009-AAAAAAAA", "XX20251009-AAAAAAAA", "XX20251009-CCCCCCCC").iterator();
    org.govsite.interaction.Mailbox m = org.govsite.interaction.Mailbox.builder().store(s).ids(ids::next).build();
    org.govsite.interaction.Submission sub = new org.govsite.interaction.Submission("县长信箱", "consultation",
        "孩子入学咨询", "请问外来务工人员子女如何办理入学？", "李四", "13912345678", "", "", "", "web", false);
    Letter first = m.submit(sub, t("2025-10-09T09:00:00"));
    Letter second = m.submit(sub, t("2025-10-09T09:01:00"));
    assertEquals("XX20251009-CCCCCCCC", second.id());
    assertEquals(first, s.find(first.id()).orElseThrow());
    assertEquals(second, s.find(second.id()).orElseThrow());
    assertEquals(2, s.all().size());
  }

  @Test
  void fileDatabaseKeepsLettersAcrossRestarts(@TempDir Path dir) {
    Letter l = Letters.replied("F1", LetterType.CONSULTATION, "2025-10-09T09:00:00", "教育局", "2025-10-13T15:00:00");
    JdbcLetterStore.h2File(dir.resolve("mailbox")).insert(l);
    assertEquals(l, JdbcLetterStore.h2File(dir.resolve("mailbox")).find("F1").orElseThrow());
  }

  @Test
  void schemaAndPrefixMustBePlainIdentifiers() {
    assertEquals("schema", assertThrows(InvalidInputException.class,
        () -> JdbcLetterStore.builder().schema("x; DROP TABLE y")).field());
    assertEquals("tablePrefix", assertThrows(InvalidInputException.class,
        () -> JdbcLetterStore.builder().tablePrefix("a-b")).field());
    assertEquals("url", assertThrows(InvalidInputException.class,
        () -> JdbcLetterStore.builder().build()).field());
  }
}
