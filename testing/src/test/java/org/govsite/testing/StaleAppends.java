package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.govsite.core.GovSiteException;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Channel;
import org.govsite.disclosure.DisclosureErrorCode;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.RequestEvent;
import org.govsite.disclosure.RequestEvent.Type;
import org.govsite.disclosure.RequestStore;

/**
 * Makes an append stale on purpose: another transaction bumps the request's version and adds an
 * event, and commits only once the store's UPDATE waits for its row lock. The store read the old
 * version, so its update must match no row and fail with {@code REQUEST_CHANGED}, writing nothing.
 */
final class StaleAppends {
  private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 30);

  private StaleAppends() {}

  /**
   * @param tables the table prefix, schema-qualified when needed (e.g. {@code s1.govsite_})
   * @param waiting SQL counting the sessions that wait for a lock
   */
  static void aStaleAppendIsAConflictAndWritesNothing(RequestStore store, TestDatabase db, String tables, String waiting)
      throws Exception {
    store.add(DisclosureRequest.received("S1", ApplicantType.NATURAL_PERSON, Channel.ONLINE, RECEIVED, "申请"));
    try (Connection other = db.connect(); Statement st = other.createStatement()) {
      other.setAutoCommit(false);
      st.executeUpdate("UPDATE " + tables + "request SET row_version = row_version + 1 WHERE id = 'S1'");
      st.executeUpdate("INSERT INTO " + tables + "request_event VALUES ('S1', 0, 'correction-requested', DATE '2025-10-09', NULL, 0)");
      CompletableFuture<DisclosureRequest> append = CompletableFuture.supplyAsync(
          () -> store.append("S1", RequestEvent.of(Type.CONSULTATION_STARTED, LocalDate.of(2025, 10, 10))));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!append.isDone() && count(db, waiting) == 0) {
        // Until the store's UPDATE waits for our row lock (or it finished, which fails below).
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the store's append never waited for the row lock within 30 s");
        }
        Thread.onSpinWait();
      }
      other.commit();
      try {
        append.get(30, TimeUnit.SECONDS);
        throw new AssertionError("a stale append was written");
      } catch (ExecutionException e) {
        GovSiteException g = (GovSiteException) e.getCause();
        assertEquals(DisclosureErrorCode.REQUEST_CHANGED, g.code(), g.getMessage());
      }
    }
    assertEquals(List.of(Type.CORRECTION_REQUESTED), types(store), "only the other clerk's event");
    store.append("S1", RequestEvent.of(Type.CONSULTATION_STARTED, LocalDate.of(2025, 10, 10)));
    assertEquals(List.of(Type.CORRECTION_REQUESTED, Type.CONSULTATION_STARTED), types(store), "read again, the retry succeeds");
  }

  private static List<Type> types(RequestStore store) {
    return store.find("S1").orElseThrow().events().stream().map(RequestEvent::type).toList();
  }

  private static long count(TestDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
