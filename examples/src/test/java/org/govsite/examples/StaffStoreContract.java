package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.govsite.testing.DatabaseExtension;
import org.junit.jupiter.api.Test;

/**
 * The staff action log, on H2 and the real PostgreSQL: ids the database gives, appends that need no
 * lock, and a log of the old shape kept on upgrade ({@link H2StaffStoreTest}, {@link PostgresStaffStoreTest}).
 */
abstract class StaffStoreContract {
  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 9, 0);

  abstract DatabaseExtension db();

  private DataSource h2(String ignored) {
    return db().dataSource();
  }

  @Test
  void concurrentAppendsEachGetTheirOwnId() throws Exception {
    StaffStore store = new StaffStore(h2("staff-concurrent"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        done.add(pool.submit(() -> store.record("u" + n, "sign-in-failed", "/login", "127.0.0.1", AT)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<StaffStore.Action> all = store.actions(1_000);
    assertEquals(200, all.size());
    assertEquals(200, all.stream().map(StaffStore.Action::id).distinct().count());
  }

  @Test
  void aLogOfTheOldShapeKeepsItsRowsAndIdsAndNumbersOnFromThem() throws Exception {
    DataSource ds = h2("staff-upgrade");
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE portal_staff_action (id BIGINT PRIMARY KEY, at TIMESTAMP NOT NULL, username VARCHAR(64) NOT NULL,"
          + " action VARCHAR(40) NOT NULL, target VARCHAR(200) NOT NULL, address VARCHAR(64) NOT NULL)");
      s.execute("INSERT INTO portal_staff_action VALUES (1, TIMESTAMP '2026-11-01 09:00:00', 'root', 'sign-in', '/login', '127.0.0.1'),"
          + " (7, TIMESTAMP '2026-11-02 09:00:00', 'mail', 'reply', 'XX1', '127.0.0.1')");
    }
    StaffStore store = new StaffStore(ds);
    store.record("mail", "sign-out", "/logout", "127.0.0.1", AT);
    List<StaffStore.Action> all = store.actions(10);
    assertEquals(List.of(8L, 7L, 1L), all.stream().map(StaffStore.Action::id).toList());
    assertEquals("reply", all.get(1).action());
    new StaffStore(ds).record("root", "sign-in", "/login", "127.0.0.1", AT); // a second start finds the new shape
    assertEquals(9L, store.actions(1).get(0).id());
  }
}
