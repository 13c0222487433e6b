package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link LetterStore} must have; subclasses supply the store. */
abstract class LetterStoreContract {
  /** Returns a fresh, empty store. */
  abstract LetterStore store();

  private Letter full() {
    Letter l = Fixtures.replied("S1", LetterType.CONSULTATION, "2025-10-09T09:00:00", "教育局", "2025-10-13T15:00:00");
    l = l.toBuilder().duplicates(List.of(new DuplicateFlag("S0", 0.93))).writerWantsPrivacy(true).build();
    l = Fixtures.apply(l, Transition.decidePublication("c", t("2025-10-14T09:00:00"), true, "典型"));
    l = Fixtures.apply(l, Transition.editPublicCopy("c", t("2025-10-14T10:00:00"), new PublicCopy("关于入学", "请问……", "")));
    l = Fixtures.apply(l, Transition.publish("c", t("2025-10-14T11:00:00")));
    return Fixtures.apply(l, Transition.rate("w", t("2025-10-15T11:00:00"), Rating.BASICALLY_SATISFIED));
  }

  @Test
  void roundTripKeepsEveryField() {
    LetterStore s = store();
    Letter l = full();
    s.insert(l);
    assertEquals(l, s.find("S1").orElseThrow());
    assertEquals(List.of(l), s.all());
    assertEquals(List.of(l), s.published(0, 10));
    assertEquals(1, s.countPublished());
    assertEquals(List.of(), s.published(1, 10));
    assertEquals(List.of(l), s.byWriter(l.contact().writerKey(), t("2025-10-01T00:00:00")));
    assertEquals(List.of(), s.byWriter(l.contact().writerKey(), t("2025-10-10T00:00:00")));
    assertTrue(s.find("nope").isEmpty());
  }

  @Test
  void withholdingAfterPublicationTakesTheLetterOffThePublicList() {
    LetterStore s = store();
    Letter l = full();
    s.insert(l);
    Letter withheld = Fixtures.apply(l, Transition.decidePublication("c", t("2025-10-16T09:00:00"), false, "涉及个人隐私"));
    s.update(withheld, l.version());
    assertEquals(List.of(), s.published(0, 10));
    assertEquals(0, s.countPublished());
    assertEquals(withheld, s.find("S1").orElseThrow());
  }

  @Test
  void insertTwiceIsAConflict() {
    LetterStore s = store();
    Letter l = Fixtures.received("S1", LetterType.HELP, "2025-10-09T09:00:00");
    s.insert(l);
    assertThrows(ConcurrentUpdateException.class, () -> s.insert(l));
  }

  @Test
  void updateAppendsHistoryAndStaleVersionIsAConflict() {
    LetterStore s = store();
    Letter l = Fixtures.received("S1", LetterType.HELP, "2025-10-09T09:00:00");
    s.insert(l);
    Letter accepted = Fixtures.apply(l, Transition.accept("甲", t("2025-10-09T10:00:00")));
    s.update(accepted, 0);
    Letter stale = Fixtures.apply(l, Transition.reject("乙", t("2025-10-09T10:01:00"), RejectionReason.SPAM, "广告"));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class, () -> s.update(stale, 0));
    assertEquals(MailboxErrorCode.CONFLICT, e.code());
    assertEquals("CONFLICT", e.code().name(), "the documented code text");
    Letter stored = s.find("S1").orElseThrow();
    assertEquals(accepted, stored);
    assertEquals(1, stored.history().size());
    assertEquals("甲", stored.history().get(0).actor());
    assertThrows(LetterNotFoundException.class,
        () -> s.update(Fixtures.apply(Fixtures.received("X", LetterType.HELP, "2025-10-09T09:00:00"),
            Transition.accept("甲", t("2025-10-09T10:00:00"))), 0));
  }

  @Test
  void twoOperatorsOnOneLetterOneWinsTheOtherGetsAConflictNothingLost() throws Exception {
    LetterStore s = store();
    Mailbox m = Mailbox.builder().store(s).build();
    for (int round = 0; round < 5; round++) {
      String id = "C" + round;
      s.insert(Fixtures.accepted(id, LetterType.COMPLAINT, "2025-10-09T09:00:00"));
      Letter seen = s.find(id).orElseThrow();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Letter>> results = new ArrayList<>();
        for (String dept : List.of("教育局", "民政局")) {
          Callable<Letter> task = () -> {
            go.await();
            return m.act(id, seen.version(), Transition.assign(dept + "操作员", t("2025-10-09T11:00:00"), dept, HandlingMode.FORWARDED, "分办"));
          };
          results.add(pool.submit(task));
        }
        go.countDown();
        int ok = 0;
        int conflicts = 0;
        Letter winner = null;
        for (Future<Letter> f : results) {
          try {
            winner = f.get(30, TimeUnit.SECONDS);
            ok++;
          } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof ConcurrentUpdateException, "got " + e.getCause());
            conflicts++;
          }
        }
        assertEquals(1, ok);
        assertEquals(1, conflicts);
        Letter stored = s.find(id).orElseThrow();
        assertEquals(winner, stored, "the winner's write is the stored one");
        assertEquals(seen.version() + 1, stored.version());
        assertEquals(seen.history().size() + 1, stored.history().size(), "exactly one new history entry");
        assertEquals(stored.department() + "操作员", stored.history().get(stored.history().size() - 1).actor());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void theLoserCanReloadAndActAgain() {
    LetterStore s = store();
    Mailbox m = Mailbox.builder().store(s).build();
    s.insert(Fixtures.accepted("S1", LetterType.COMPLAINT, "2025-10-09T09:00:00"));
    m.act("S1", 1, Transition.assign("甲", t("2025-10-09T11:00:00"), "教育局", HandlingMode.FORWARDED, "分办"));
    assertThrows(ConcurrentUpdateException.class,
        () -> m.act("S1", 1, Transition.assign("乙", t("2025-10-09T11:00:00"), "民政局", HandlingMode.FORWARDED, "分办")));
    Letter fresh = m.find("S1").orElseThrow();
    Letter again = m.act("S1", fresh.version(), Transition.assign("乙", t("2025-10-09T11:05:00"), "民政局", HandlingMode.SUPERVISED, "改派"));
    assertEquals(List.of("甲", "乙"), again.history().subList(1, 3).stream().map(HistoryEntry::actor).toList());
    assertEquals(again, s.find("S1").orElseThrow());
    assertFalse(again.history().get(1).detail().contains("民政局"));
  }
}
