package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.govsite.testing.Letters.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.govsite.interaction.ConcurrentUpdateException;
import org.govsite.interaction.MailboxErrorCode;
import org.govsite.interaction.DuplicateFlag;
import org.govsite.interaction.HandlingMode;
import org.govsite.interaction.HistoryEntry;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterNotFoundException;
import org.govsite.interaction.LetterStore;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.PublicCopy;
import org.govsite.interaction.Rating;
import org.govsite.interaction.RejectionReason;
import org.govsite.interaction.Transition;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link LetterStore} must have (信件存储契约), as JUnit 5 tests: extend this
 * class, return a fresh store from {@link #newStore()}, and run it like any test class.
 *
 * <pre>{@code
 * class KingbaseLetterStoreTest extends LetterStoreContract {
 *   @RegisterExtension
 *   final DatabaseExtension db = DatabaseExtension.postgres();   // a fresh schema per test
 *
 *   @Override
 *   protected LetterStore newStore() {
 *     return new KingbaseLetterStore(db.dataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>What it checks: a stored letter comes back equal in every field, with its history; the
 * orders and paging the {@link LetterStore} methods promise; a second insert and a stale update
 * are {@link ConcurrentUpdateException}s that change nothing; an update of an unknown letter is a
 * {@link LetterNotFoundException}; and of two operators acting on one letter at once exactly one
 * wins, the other gets a conflict, and no history entry is lost or doubled. The tests are
 * {@code final}: a store passes the whole contract or it does not.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class LetterStoreContract {
  /** For subclasses. */
  protected LetterStoreContract() {}

  /**
   * Returns a new, empty store. Called once per test, after the test's {@code @BeforeEach}
   * methods and extensions, so the store may live in a database made for that test.
   */
  protected abstract LetterStore newStore();

  /** A letter with every optional part set: duplicates, privacy wish, public copy, publication, rating. */
  private static Letter published(String id, String received) {
    Letter l = Letters.replied(id, LetterType.CONSULTATION, received, "教育局", "2025-10-13T15:00:00");
    l = l.toBuilder().duplicates(List.of(new DuplicateFlag("S0", 0.93))).writerWantsPrivacy(true).build();
    l = Letters.apply(l, Transition.decidePublication("c", t("2025-10-14T09:00:00"), true, "典型"));
    l = Letters.apply(l, Transition.editPublicCopy("c", t("2025-10-14T10:00:00"), new PublicCopy("关于入学", "请问……", "")));
    l = Letters.apply(l, Transition.publish("c", t("2025-10-14T11:00:00")));
    return Letters.apply(l, Transition.rate("w", t("2025-10-15T11:00:00"), Rating.BASICALLY_SATISFIED));
  }

  /** A stored letter comes back equal in every field and history entry, through every query. */
  @Test
  public final void roundTripKeepsEveryField() {
    LetterStore s = newStore();
    Letter l = published("S1", "2025-10-09T09:00:00");
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

  /**
   * {@code all()} and {@code byWriter()} list the oldest receipt first, {@code byWriter()} from
   * {@code since} inclusive; {@code published()} lists only published letters, newest first, paged.
   */
  @Test
  public final void queriesKeepTheirOrderAndPaging() {
    LetterStore s = newStore();
    Letter early = published("P1", "2025-10-01T09:00:00");
    Letter middle = Letters.received("P2", LetterType.SUGGESTION, "2025-10-02T09:00:00");
    Letter late = published("P3", "2025-10-03T09:00:00");
    s.insert(late);
    s.insert(early);
    s.insert(middle);
    assertEquals(List.of(early, middle, late), s.all());
    assertEquals(List.of(late, early), s.published(0, 10));
    assertEquals(List.of(late), s.published(0, 1));
    assertEquals(List.of(early), s.published(1, 5));
    assertEquals(2, s.countPublished());
    assertEquals(List.of(middle, late), s.byWriter(early.contact().writerKey(), middle.received()));
  }

  /** A letter the office decides to withhold after publication leaves the public list at once. */
  @Test
  public final void withholdingAfterPublicationTakesTheLetterOffThePublicList() {
    LetterStore s = newStore();
    Letter l = published("S1", "2025-10-09T09:00:00");
    s.insert(l);
    Letter withheld = Letters.apply(l, Transition.decidePublication("c", t("2025-10-16T09:00:00"), false, "涉及个人隐私"));
    s.update(withheld, l.version());
    assertEquals(List.of(), s.published(0, 10));
    assertEquals(0, s.countPublished());
    assertEquals(withheld, s.find("S1").orElseThrow());
  }

  /** Inserting a second letter with a taken id is a conflict. */
  @Test
  public final void insertTwiceIsAConflict() {
    LetterStore s = newStore();
    Letter l = Letters.received("S1", LetterType.HELP, "2025-10-09T09:00:00");
    s.insert(l);
    assertThrows(ConcurrentUpdateException.class, () -> s.insert(l));
    assertEquals(List.of(l), s.all());
  }

  /**
   * An update appends the new history entry; an update from a version that is no longer the stored
   * one is a conflict and changes nothing; an update of an unknown letter says so.
   */
  @Test
  public final void updateAppendsHistoryAndStaleVersionIsAConflict() {
    LetterStore s = newStore();
    Letter l = Letters.received("S1", LetterType.HELP, "2025-10-09T09:00:00");
    s.insert(l);
    Letter accepted = Letters.apply(l, Transition.accept("甲", t("2025-10-09T10:00:00")));
    s.update(accepted, 0);
    Letter stale = Letters.apply(l, Transition.reject("乙", t("2025-10-09T10:01:00"), RejectionReason.SPAM, "广告"));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class, () -> s.update(stale, 0));
    assertEquals(MailboxErrorCode.CONFLICT, e.code());
    assertEquals("S1", e.letterId());
    Letter stored = s.find("S1").orElseThrow();
    assertEquals(accepted, stored);
    assertEquals(1, stored.history().size());
    assertEquals("甲", stored.history().get(0).actor());
    assertThrows(LetterNotFoundException.class,
        () -> s.update(Letters.apply(Letters.received("X", LetterType.HELP, "2025-10-09T09:00:00"),
            Transition.accept("甲", t("2025-10-09T10:00:00"))), 0));
  }

  /**
   * Two operators act on one letter at the same moment, five times over: exactly one wins, the
   * other gets a conflict, and the stored letter is the winner's with exactly one new history entry.
   */
  @Test
  public final void twoOperatorsOnOneLetterOneWinsTheOtherGetsAConflictNothingLost() throws Exception {
    LetterStore s = newStore();
    Mailbox m = Mailbox.builder().store(s).build();
    for (int round = 0; round < 5; round++) {
      String id = "C" + round;
      s.insert(Letters.accepted(id, LetterType.COMPLAINT, "2025-10-09T09:00:00"));
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
          } catch (ExecutionException e) {
            assertTrue(e.getCause() instanceof ConcurrentUpdateException, "got " + e.getCause());
            conflicts++;
          }
        }
        assertEquals(1, ok, "exactly one operator wins");
        assertEquals(1, conflicts, "the other gets a conflict");
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

  /** The operator who lost reloads the letter and acts again; both actions stay in the history. */
  @Test
  public final void theLoserCanReloadAndActAgain() {
    LetterStore s = newStore();
    Mailbox m = Mailbox.builder().store(s).build();
    s.insert(Letters.accepted("S1", LetterType.COMPLAINT, "2025-10-09T09:00:00"));
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
