package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govsite.testing.DatabaseExtension;
import org.junit.jupiter.api.Test;

/**
 * The staff action log, on H2 and the real PostgreSQL: ids the database gives, appends that need no
 * lock ({@link H2StaffStoreTest}, {@link PostgresStaffStoreTest}).
 */
abstract class StaffStoreContract {
  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 9, 0);

  abstract DatabaseExtension db();

  @Test
  void concurrentAppendsEachGetTheirOwnId() throws Exception {
    StaffStore store = new StaffStore(db().dataSource());
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
}
