package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.govsite.core.InvalidInputException;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Channel;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.JdbcRequestStore;
import org.govsite.disclosure.RequestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The request store contract on the JDBC store over a fresh H2 database per test, and what is particular to JDBC. */
class H2RequestStoreTest extends RequestStoreContract {
  private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 30);

  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.h2();

  @Override
  protected RequestStore newStore() {
    return RequestStore.jdbc(db.dataSource());
  }

  @Override
  protected RequestStore sameData(RequestStore store) {
    // A new store with its own data source on the same database: what a restart builds.
    return JdbcRequestStore.builder().dataSource(db.database().dataSource()).build();
  }

  @Test
  void migrationIsIdempotentAndVersioned() {
    JdbcRequestStore s = JdbcRequestStore.builder().dataSource(db.dataSource()).build();
    assertEquals(2, s.migrate());
    assertEquals(2, s.migrate());
  }

  @Test
  void aVersionOneDatabaseGainsQueryCodes() throws Exception {
    RequestSchemaUpgrades.aVersionOneDatabaseGainsQueryCodes(db.database(), "govsite_",
        () -> JdbcRequestStore.builder().dataSource(db.dataSource()).build());
  }

  @Test
  void aStaleAppendIsAConflictAndWritesNothing() throws Exception {
    StaleAppends.aStaleAppendIsAConflictAndWritesNothing(newStore(), db.database(), "govsite_",
        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL");
  }

  @Test
  void aFileDatabaseKeepsRequestsAndTheNumberingAcrossRestarts(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("requests").toAbsolutePath();
    RequestStore before = JdbcRequestStore.builder().url(url, "sa", "").build();
    DisclosureRequest r = before.add(DisclosureRequest.received(before.nextId(RECEIVED), ApplicantType.BUSINESS,
        Channel.ONLINE, RECEIVED, "申请公开招标文件"));
    assertEquals("YSQ-2025-000001", r.id());
    // Every connection is closed here, so H2 closes the file; the next store opens it from disk.
    RequestStore after = JdbcRequestStore.builder().url(url, "sa", "").build();
    assertEquals(List.of(r), after.all());
    assertEquals("YSQ-2025-000002", after.nextId(RECEIVED));
    assertEquals("YSQ-2026-000001", after.nextId(LocalDate.of(2026, 1, 4)), "one sequence per year");
  }

  @Test
  void settingsMustBePlainIdentifiersAndASourceIsRequired() {
    assertEquals("schema", assertThrows(InvalidInputException.class,
        () -> JdbcRequestStore.builder().schema("x; DROP TABLE y")).field());
    assertEquals("tablePrefix", assertThrows(InvalidInputException.class,
        () -> JdbcRequestStore.builder().tablePrefix("a-b")).field());
    assertEquals("maxAttempts", assertThrows(InvalidInputException.class,
        () -> JdbcRequestStore.builder().maxAttempts(0)).field());
    assertEquals("dataSource", assertThrows(InvalidInputException.class,
        () -> JdbcRequestStore.builder().build()).field());
  }
}
