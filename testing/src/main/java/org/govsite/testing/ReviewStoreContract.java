package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.review.Actor;
import org.govsite.review.Decision;
import org.govsite.review.Draft;
import org.govsite.review.ItemKind;
import org.govsite.review.PublicationListener;
import org.govsite.review.ReviewErrorCode;
import org.govsite.review.ReviewEvent;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewStages;
import org.govsite.review.ReviewState;
import org.govsite.review.ReviewStore;
import org.govsite.review.ReviewWorkflow;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReviewStore} must have (审核存储契约), as JUnit 5 tests: extend this
 * class, return a fresh store from {@link #newStore()}, and run it like any test class (see
 * {@link RequestStoreContract} for an example with {@link DatabaseExtension}).
 *
 * <p>What it checks: an item and its history come back equal in every field, whatever the kind,
 * state and decision, with text beyond the Basic Multilingual Plane and acknowledgements; lists keep
 * the order of adding; a taken id is refused with {@link ReviewErrorCode#ITEM_EXISTS}, an unknown one
 * reported with {@link ReviewErrorCode#ITEM_NOT_FOUND}; a write from a stale version is refused with
 * {@link ReviewErrorCode#ITEM_CHANGED} and writes nothing; the history only grows; of reviewers
 * deciding one item at once exactly one wins; a second store on the same data sees every write;
 * the workflow runs on the store from submission to publication; the claimed states
 * ({@link ReviewState#PUBLISHING}, {@link ReviewState#WITHDRAWING}) are versioned, listed and seen by
 * a second store, so that of actors publishing or withdrawing one item at once exactly one runs the
 * listeners, and a claim a crash left is finished by a new workflow on the same data. Since 0.2, the
 * lease of a claim ({@link ReviewStore#lease}): taken by one owner at a version until it expires,
 * ended by the next write, seen by a second store; a claim a live workflow is finishing is not
 * taken over by another's resumption, and of workflows resuming at once exactly one finishes a claim
 * a crash left. The tests are {@code final}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ReviewStoreContract {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00.123Z");

  /** For subclasses. */
  protected ReviewStoreContract() {}

  /** Returns a new, empty store; called once per test, after the test's extensions ran. */
  protected abstract ReviewStore newStore();

  /**
   * Returns a second store on the same data as {@code store}, as after a restart or from a second
   * portal instance. A store that keeps nothing beyond its own object returns {@code store} itself.
   */
  protected ReviewStore sameData(ReviewStore store) {
    return store;
  }

  private static ReviewItem item(String id, Draft d) {
    return new ReviewItem(id, d, "编辑小王", ReviewState.IN_REVIEW, 0, 1, 0, T0, T0);
  }

  private static ReviewEvent submitted(String id) {
    return new ReviewEvent(id, 0, T0, "编辑小王", Decision.SUBMITTED, 1, "", "", Map.of());
  }

  private static Draft draft(String subject) {
    return Draft.of(ItemKind.ARTICLE, subject, "xwzx", "标题" + subject, "正文" + subject);
  }

  /** The item after one more decision, and that decision's history entry. */
  private static ReviewItem next(ReviewItem i, ReviewState state, int approved) {
    return new ReviewItem(i.id(), i.draft(), i.author(), state, approved, i.round(), i.version() + 1, i.submitted(),
        i.updated().plusSeconds(60));
  }

  private static ReviewEvent entry(ReviewItem after, String actor, Decision d, String stage, String opinion,
      Map<String, String> acks) {
    return new ReviewEvent(after.id(), after.version(), after.updated(), actor, d, after.round(), stage, opinion, acks);
  }

  /** An item with every field filled, long text beyond the BMP and acknowledgements comes back equal, with its history. */
  @Test
  public final void anItemAndItsHistoryComeBackEqual() {
    ReviewStore s = newStore();
    String longId = "RV-" + "甲".repeat(90);
    Draft d = new Draft(ItemKind.ANNUAL_REPORT, "2025年度报告-" + "乙".repeat(150), "ndbg", "关于𠀋村的年度报告\n第二行",
        "正文𠀋".repeat(20_000));
    ReviewItem i = s.add(item(longId, d), submitted(longId));
    assertEquals(item(longId, d), i);
    ReviewItem a = next(i, ReviewState.IN_REVIEW, 1);
    ReviewEvent e1 = entry(a, "科长老李", Decision.APPROVED, "初审", "同意𠀋", Map.of());
    s.update(a, e1);
    ReviewItem b = next(a, ReviewState.PUBLISHED, 2);
    ReviewEvent e2 = entry(b, "保密员老赵", Decision.APPROVED, "终审", "", Map.of("内部资料", "已脱密处理", "personal-data:mobile", "单位电话"));
    assertEquals(b, s.update(b, e2));
    assertEquals(b, s.find(longId).orElseThrow());
    assertEquals(List.of(submitted(longId), e1, e2), s.history(longId));
    assertEquals(Instant.parse("2026-03-02T01:02:00.123Z"), s.find(longId).orElseThrow().updated(), "kept to the millisecond");
  }

  /** Every kind, state and decision survives the round trip. */
  @Test
  public final void everyKindStateAndDecisionComesBack() {
    ReviewStore s = newStore();
    int n = 0;
    for (ItemKind k : ItemKind.values()) {
      for (ReviewState st : ReviewState.values()) {
        String id = "RV-" + n++;
        Draft d = new Draft(k, "s" + n, k == ItemKind.ARTICLE ? "c1" : "", "标题", "");
        ReviewItem i = s.add(item(id, d), submitted(id));
        int decision = 0;
        for (Decision dec : Decision.values()) {
          if (dec == Decision.SUBMITTED) {
            continue;
          }
          ReviewItem after = next(i, st, decision++);
          s.update(after, entry(after, "某人", dec, dec == Decision.APPROVED || dec == Decision.REJECTED ? "复审" : "", "意见", Map.of()));
          i = after;
        }
        assertEquals(i, s.find(id).orElseThrow());
        assertEquals(Decision.values().length, s.history(id).size());
        assertEquals(List.of(Decision.values()), s.history(id).stream().map(ReviewEvent::decision).toList());
      }
    }
  }

  /** An unknown id is empty on find and history, and {@link ReviewErrorCode#ITEM_NOT_FOUND} on update. */
  @Test
  public final void anUnknownIdIsEmptyOrNotFound() {
    ReviewStore s = newStore();
    assertTrue(s.find("nope").isEmpty());
    assertEquals(List.of(), s.history("nope"));
    assertEquals(List.of(), s.events());
    ReviewItem ghost = next(item("nope", draft("x")), ReviewState.IN_REVIEW, 1);
    GovSiteException e = assertThrows(GovSiteException.class,
        () -> s.update(ghost, entry(ghost, "某人", Decision.APPROVED, "初审", "", Map.of())));
    assertEquals(ReviewErrorCode.ITEM_NOT_FOUND, e.code());
    assertEquals(List.of(), s.list(ReviewState.IN_REVIEW));
  }

  /** A second item with a taken id is refused with {@link ReviewErrorCode#ITEM_EXISTS}; the first stays. */
  @Test
  public final void aTakenIdIsRefusedAndTheFirstItemKept() {
    ReviewStore s = newStore();
    ReviewItem first = s.add(item("RV-1", draft("a")), submitted("RV-1"));
    GovSiteException e = assertThrows(GovSiteException.class, () -> s.add(item("RV-1", draft("b")), submitted("RV-1")));
    assertEquals(ReviewErrorCode.ITEM_EXISTS, e.code());
    assertEquals(first, s.find("RV-1").orElseThrow());
    assertEquals(1, s.history("RV-1").size());
  }

  /** A write from a stale version is {@link ReviewErrorCode#ITEM_CHANGED} and writes nothing. */
  @Test
  public final void aStaleWriteIsAConflictAndWritesNothing() {
    ReviewStore s = newStore();
    ReviewItem i = s.add(item("RV-1", draft("a")), submitted("RV-1"));
    ReviewItem a = next(i, ReviewState.IN_REVIEW, 1);
    s.update(a, entry(a, "科长老李", Decision.APPROVED, "初审", "", Map.of()));
    ReviewItem stale = next(i, ReviewState.RETURNED, 0); // made from version 0 again
    GovSiteException e = assertThrows(GovSiteException.class,
        () -> s.update(stale, entry(stale, "另一位科长", Decision.REJECTED, "初审", "退回", Map.of())));
    assertEquals(ReviewErrorCode.ITEM_CHANGED, e.code());
    assertEquals(a, s.find("RV-1").orElseThrow());
    assertEquals(2, s.history("RV-1").size());
    ReviewItem skipping = next(next(a, ReviewState.IN_REVIEW, 2), ReviewState.IN_REVIEW, 2); // two versions ahead
    assertEquals(ReviewErrorCode.ITEM_CHANGED, assertThrows(GovSiteException.class,
        () -> s.update(skipping, entry(skipping, "某人", Decision.APPROVED, "复审", "", Map.of()))).code());
    assertEquals(2, s.history("RV-1").size());
  }

  /** An entry that is not the item's next one, or a new item that is not version 0, is bad input. */
  @Test
  public final void anEntryOutOfStepWithItsItemIsRefused() {
    ReviewStore s = newStore();
    ReviewItem one = new ReviewItem("RV-1", draft("a"), "编辑小王", ReviewState.IN_REVIEW, 0, 1, 1, T0, T0);
    assertThrows(InvalidInputException.class, () -> s.add(one, submitted("RV-1")));
    assertThrows(InvalidInputException.class, () -> s.add(item("RV-1", draft("a")), submitted("RV-2")));
    ReviewItem i = s.add(item("RV-1", draft("a")), submitted("RV-1"));
    ReviewItem a = next(i, ReviewState.IN_REVIEW, 1);
    assertThrows(InvalidInputException.class, () -> s.update(a,
        new ReviewEvent("RV-1", 5, T0, "某人", Decision.APPROVED, 1, "初审", "", Map.of())));
    assertEquals(i, s.find("RV-1").orElseThrow());
  }

  /** Lists keep the order of adding and filter by state; {@code events()} holds every history. */
  @Test
  public final void listsKeepTheOrderOfAddingAndEventsHoldEveryHistory() {
    ReviewStore s = newStore();
    List<ReviewEvent> all = new ArrayList<>();
    for (String id : List.of("RV-c", "RV-a", "RV-b")) {
      s.add(item(id, draft(id)), submitted(id));
      all.add(submitted(id));
    }
    ReviewItem a = next(s.find("RV-a").orElseThrow(), ReviewState.RETURNED, 0);
    ReviewEvent e = entry(a, "科长老李", Decision.REJECTED, "初审", "请修改", Map.of());
    s.update(a, e);
    all.add(2, e);
    assertEquals(List.of("RV-c", "RV-b"), s.list(ReviewState.IN_REVIEW).stream().map(ReviewItem::id).toList());
    assertEquals(List.of(a), s.list(ReviewState.RETURNED));
    assertEquals(List.of(), s.list(ReviewState.PUBLISHED));
    assertEquals(all, s.events());
  }

  /** Reviewers deciding one item at once: exactly one wins, the others get ITEM_CHANGED, one entry is appended. */
  @Test
  public final void ofReviewersDecidingAtOnceExactlyOneWins() throws Exception {
    ReviewStore first = newStore();
    ReviewItem i = first.add(item("RV-1", draft("a")), submitted("RV-1"));
    ReviewStore second = sameData(first);
    int n = 6;
    assertEquals(1, race(n, new CountDownLatch(n - 1), k -> {
      ReviewItem a = next(i, ReviewState.IN_REVIEW, 1);
      return (k % 2 == 0 ? first : second).update(a, entry(a, "科长" + k, Decision.APPROVED, "初审", "", Map.of()));
    }));
    assertEquals(2, first.history("RV-1").size());
    assertEquals(first.history("RV-1"), second.history("RV-1"));
    assertEquals(1, first.find("RV-1").orElseThrow().version());
  }

  /** The workflow runs on the store: three sign-offs publish an item, and a second store on the data sees it. */
  @Test
  public final void theWorkflowPublishesThroughThreeStagesOnThisStore() {
    ReviewStore s = newStore();
    ReviewWorkflow wf = ReviewWorkflow.builder().store(s).clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
    ReviewItem item = wf.submit(Actor.of("编辑小王", "editor"), draft("/xwzx/1.html"));
    item = wf.approve(Actor.of("科长老李", ReviewStages.REVIEWER), item.id(), item.version(), "同意");
    item = wf.reject(Actor.of("主任老张", ReviewStages.APPROVER), item.id(), item.version(), "请补充数据");
    item = wf.resubmit(Actor.of("编辑小王", "editor"), item.id(), item.version(), "标题", "补充后的正文");
    item = wf.approve(Actor.of("科长老李", ReviewStages.REVIEWER), item.id(), item.version(), "同意");
    item = wf.approve(Actor.of("主任老张", ReviewStages.APPROVER), item.id(), item.version(), "同意");
    item = wf.approve(Actor.of("保密员老赵", ReviewStages.SECRECY), item.id(), item.version(), "不涉密");
    assertEquals(ReviewState.PUBLISHED, item.state());
    assertEquals(item, sameData(s).find(item.id()).orElseThrow());
    assertEquals(List.of(Decision.SUBMITTED, Decision.APPROVED, Decision.REJECTED, Decision.RESUBMITTED, Decision.APPROVED,
        Decision.APPROVED, Decision.APPROVED, Decision.PUBLISHED),
        sameData(s).history(item.id()).stream().map(ReviewEvent::decision).toList());
    assertEquals(List.of(0, 0, 0), wf.statistics().stages().stream().map(st -> st.waiting()).toList());
  }

  /** A claim is a versioned write like any other: listed by its state, seen by a second store, refused from a stale version. */
  @Test
  public final void claimedStatesAreVersionedListedAndSeenBySecondStore() {
    ReviewStore s = newStore();
    ReviewItem i = s.add(item("RV-1", draft("a")), submitted("RV-1"));
    ReviewItem claim = next(i, ReviewState.PUBLISHING, 3);
    s.update(claim, entry(claim, "保密员老赵", Decision.APPROVED, "终审", "不涉密", Map.of()));
    ReviewItem rival = next(i, ReviewState.PUBLISHING, 3);
    assertEquals(ReviewErrorCode.ITEM_CHANGED, assertThrows(GovSiteException.class,
        () -> s.update(rival, entry(rival, "保密员老钱", Decision.APPROVED, "终审", "", Map.of()))).code());
    ReviewStore other = sameData(s);
    assertEquals(List.of(claim), other.list(ReviewState.PUBLISHING));
    assertEquals(List.of(), other.list(ReviewState.IN_REVIEW));
    ReviewItem published = next(claim, ReviewState.PUBLISHED, 3);
    other.update(published, entry(published, "保密员老赵", Decision.PUBLISHED, "", "", Map.of()));
    ReviewItem withdrawing = next(published, ReviewState.WITHDRAWING, 3);
    s.update(withdrawing, entry(withdrawing, "主任老张", Decision.WITHDRAWN, "", "数据有误", Map.of()));
    assertEquals(List.of(withdrawing), other.list(ReviewState.WITHDRAWING));
    assertEquals(List.of(), s.list(ReviewState.PUBLISHING));
    assertEquals(List.of(Decision.SUBMITTED, Decision.APPROVED, Decision.PUBLISHED, Decision.WITHDRAWN),
        other.history("RV-1").stream().map(ReviewEvent::decision).toList());
  }

  /**
   * Secrecy reviewers approving the last stage of one item at once, on this store and a second one
   * on the same data, then approvers withdrawing it at once: each time exactly one wins the claim
   * and runs the listeners, the others get ITEM_CHANGED and no listener hears of them. The winner's
   * listener waits until every loser has lost, so before the claim the losers' listeners ran too.
   */
  @Test
  public final void ofActorsPublishingOrWithdrawingAtOnceExactlyOneRunsTheListeners() throws Exception {
    ReviewStore first = newStore();
    ReviewStore second = sameData(first);
    int n = 4;
    List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch[] losersDone = {new CountDownLatch(n - 1)};
    PublicationListener listener = new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        heard.add("published");
        awaitLosers();
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {
        heard.add("withdrawn");
        awaitLosers();
      }

      private void awaitLosers() {
        try {
          losersDone[0].await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    ReviewWorkflow one = ReviewWorkflow.builder().store(first).clock(clock).listener(listener).build();
    ReviewWorkflow two = ReviewWorkflow.builder().store(second).clock(clock).listener(listener).build();
    ReviewItem item = one.submit(Actor.of("编辑小王", "editor"), draft("/xwzx/race.html"));
    item = one.approve(Actor.of("科长老李", ReviewStages.REVIEWER), item.id(), item.version(), "");
    item = one.approve(Actor.of("主任老张", ReviewStages.APPROVER), item.id(), item.version(), "");
    String id = item.id();
    long atLastStage = item.version();
    assertEquals(1, race(n, losersDone[0], k -> (k % 2 == 0 ? one : two).approve(
        Actor.of("保密员" + k, ReviewStages.SECRECY), id, atLastStage, "不涉密")));
    assertEquals(List.of("published"), heard);
    ReviewItem published = second.find(id).orElseThrow();
    assertEquals(ReviewState.PUBLISHED, published.state());
    losersDone[0] = new CountDownLatch(n - 1);
    assertEquals(1, race(n, losersDone[0], k -> (k % 2 == 0 ? one : two).withdraw(
        Actor.of("主任" + k, ReviewStages.APPROVER), id, published.version(), "撤稿" + k)));
    assertEquals(List.of("published", "withdrawn"), heard);
    assertEquals(ReviewState.WITHDRAWN, first.find(id).orElseThrow().state());
    assertEquals(List.of(Decision.SUBMITTED, Decision.APPROVED, Decision.APPROVED, Decision.APPROVED, Decision.PUBLISHED,
        Decision.WITHDRAWN, Decision.TAKEN_DOWN), first.history(id).stream().map(ReviewEvent::decision).toList());
  }

  /** Runs {@code n} decisions at once; each loser must get ITEM_CHANGED and counts down; returns how many won. */
  private static int race(int n, CountDownLatch losersDone, java.util.function.IntFunction<ReviewItem> decide) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<Future<ReviewItem>> results = new ArrayList<>();
    try {
      for (int k = 0; k < n; k++) {
        int actor = k;
        results.add(pool.submit(() -> {
          go.await();
          try {
            return decide.apply(actor);
          } catch (RuntimeException e) {
            losersDone.countDown();
            throw e;
          }
        }));
      }
      go.countDown();
      int won = 0;
      for (Future<ReviewItem> f : results) {
        try {
          f.get(60, TimeUnit.SECONDS);
          won++;
        } catch (ExecutionException e) {
          assertTrue(e.getCause() instanceof GovSiteException g && g.code() == ReviewErrorCode.ITEM_CHANGED, String.valueOf(e.getCause()));
        }
      }
      return won;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The process dies while the listeners run, after the claim: a new workflow on a second store on
   * the same data (a restart) finds the claim, runs the listeners again and writes the outcome.
   */
  @Test
  public final void aClaimACrashLeftIsFinishedByANewWorkflowOnTheSameData() {
    ReviewStore s = newStore();
    List<String> heard = new ArrayList<>();
    ReviewWorkflow crashing = ReviewWorkflow.builder().store(s).clock(Clock.fixed(T0, ZoneOffset.UTC)).listener(new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        heard.add("published before the crash");
        throw new OutOfMemoryError("the process dies"); // not a RuntimeException: no undo, no write-back
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {}
    }).build();
    ReviewItem item = crashing.submit(Actor.of("编辑小王", "editor"), draft("/xwzx/crash.html"));
    item = crashing.approve(Actor.of("科长老李", ReviewStages.REVIEWER), item.id(), item.version(), "");
    item = crashing.approve(Actor.of("主任老张", ReviewStages.APPROVER), item.id(), item.version(), "");
    String id = item.id();
    long v = item.version();
    assertThrows(OutOfMemoryError.class, () -> crashing.approve(Actor.of("保密员老赵", ReviewStages.SECRECY), id, v, "不涉密"));
    ReviewStore restarted = sameData(s);
    assertEquals(ReviewState.PUBLISHING, restarted.find(id).orElseThrow().state(), "the claim is stored");
    ReviewWorkflow after = ReviewWorkflow.builder().store(restarted).clock(Clock.fixed(T0.plusSeconds(600), ZoneOffset.UTC))
        .listener(new PublicationListener() {
          @Override
          public void published(ReviewItem i) {
            heard.add("published " + i.state().code());
          }

          @Override
          public void withdrawn(ReviewItem i, String reason) {
            heard.add("withdrawn");
          }
        }).build();
    List<ReviewItem> resumed = after.resumeInterrupted();
    assertEquals(List.of(id), resumed.stream().map(ReviewItem::id).toList());
    assertEquals(List.of("published before the crash", "published published"), heard);
    assertEquals(ReviewState.PUBLISHED, s.find(id).orElseThrow().state());
    List<ReviewEvent> h = s.history(id);
    assertEquals(Decision.PUBLISHED, h.get(h.size() - 1).decision());
    assertEquals("保密员老赵", h.get(h.size() - 1).actor());
    assertEquals(List.of(), after.resumeInterrupted());
  }

  /**
   * A lease (0.2) is held by one owner at one version until it expires, extended by its owner, seen
   * by a second store on the same data, and ended by the next write of the item.
   */
  @Test
  public final void aLeaseHasOneOwnerUntilItExpiresAndTheNextWriteEndsIt() {
    ReviewStore s = newStore();
    ReviewItem i = s.add(item("RV-1", draft("a")), submitted("RV-1"));
    ReviewItem claim = next(i, ReviewState.PUBLISHING, 3);
    s.update(claim, entry(claim, "保密员老赵", Decision.APPROVED, "终审", "", Map.of()));
    ReviewStore other = sameData(s);
    Instant t = T0.plusSeconds(3600);
    assertTrue(s.lease("RV-1", claim.version(), "portal-a", t, t.plusSeconds(60)));
    assertEquals(false, other.lease("RV-1", claim.version(), "portal-b", t.plusSeconds(1), t.plusSeconds(61)), "held by a");
    assertTrue(other.lease("RV-1", claim.version(), "portal-a", t.plusSeconds(30), t.plusSeconds(90)), "its owner extends it");
    assertEquals(false, s.lease("RV-1", claim.version(), "portal-b", t.plusSeconds(61), t.plusSeconds(120)), "extended to +90");
    assertTrue(s.lease("RV-1", claim.version(), "portal-b", t.plusSeconds(90), t.plusSeconds(150)), "expired: b takes it");
    assertEquals(false, other.lease("RV-1", claim.version(), "portal-a", t.plusSeconds(100), t.plusSeconds(160)));
    assertEquals(false, s.lease("RV-1", claim.version() - 1, "portal-c", t, t.plusSeconds(60)), "a stale version");
    assertEquals(false, s.lease("RV-404", 0, "portal-c", t, t.plusSeconds(60)), "no such item");
    ReviewItem published = next(claim, ReviewState.PUBLISHED, 3);
    other.update(published, entry(published, "保密员老赵", Decision.PUBLISHED, "", "", Map.of()));
    assertTrue(s.lease("RV-1", published.version(), "portal-c", t.plusSeconds(100), t.plusSeconds(160)), "the write ended b's lease");
    assertThrows(InvalidInputException.class, () -> s.lease("RV-1", published.version(), " ", t, t.plusSeconds(1)));
    assertThrows(InvalidInputException.class, () -> s.lease("RV-1", published.version(), "portal-c", t, t));
  }

  /**
   * While one workflow runs the listeners of the claim it won, another workflow on a second store on
   * the same data resumes interrupted claims: it leaves this one alone (its lease is live).
   */
  @Test
  public final void aClaimBeingFinishedIsNotTakenOverByAnotherInstancesResumption() throws Exception {
    ReviewStore first = newStore();
    ReviewStore second = sameData(first);
    List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch inListener = new CountDownLatch(1);
    CountDownLatch resumed = new CountDownLatch(1);
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    ReviewWorkflow a = ReviewWorkflow.builder().store(first).clock(clock).owner("portal-a").listener(new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        heard.add("a");
        inListener.countDown();
        try {
          resumed.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {}
    }).build();
    ReviewWorkflow b = ReviewWorkflow.builder().store(second).clock(clock).owner("portal-b").listener(new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        heard.add("b");
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {}
    }).build();
    ReviewItem item = a.submit(Actor.of("编辑小王", "editor"), draft("/xwzx/lease.html"));
    item = a.approve(Actor.of("科长老李", ReviewStages.REVIEWER), item.id(), item.version(), "");
    item = a.approve(Actor.of("主任老张", ReviewStages.APPROVER), item.id(), item.version(), "");
    String id = item.id();
    long v = item.version();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<ReviewItem> approving = pool.submit(() -> a.approve(Actor.of("保密员老赵", ReviewStages.SECRECY), id, v, "不涉密"));
      assertTrue(inListener.await(30, TimeUnit.SECONDS));
      assertEquals(List.of(), b.resumeInterrupted(), "a holds the lease: b leaves the claim alone");
      resumed.countDown();
      assertEquals(ReviewState.PUBLISHED, approving.get(30, TimeUnit.SECONDS).state());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of("a"), heard);
    assertEquals(1, first.history(id).stream().filter(e -> e.decision() == Decision.PUBLISHED).count());
  }

  /**
   * A claim a crash left (its lease expired) and several instances resuming at once, each on its own
   * store on the same data: exactly one runs the listeners and writes the outcome.
   */
  @Test
  public final void ofInstancesResumingAtOnceExactlyOneFinishesAClaimACrashLeft() throws Exception {
    ReviewStore s = newStore();
    ReviewWorkflow crashing = ReviewWorkflow.builder().store(s).clock(Clock.fixed(T0, ZoneOffset.UTC)).owner("portal-dead")
        .listener(new PublicationListener() {
          @Override
          public void published(ReviewItem item) {
            throw new OutOfMemoryError("the process dies");
          }

          @Override
          public void withdrawn(ReviewItem item, String reason) {}
        }).build();
    ReviewItem item = crashing.submit(Actor.of("编辑小王", "editor"), draft("/xwzx/resume.html"));
    item = crashing.approve(Actor.of("科长老李", ReviewStages.REVIEWER), item.id(), item.version(), "");
    item = crashing.approve(Actor.of("主任老张", ReviewStages.APPROVER), item.id(), item.version(), "");
    String id = item.id();
    long v = item.version();
    assertThrows(OutOfMemoryError.class, () -> crashing.approve(Actor.of("保密员老赵", ReviewStages.SECRECY), id, v, "不涉密"));
    int n = 4;
    List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>());
    Clock later = Clock.fixed(T0.plus(ReviewWorkflow.DEFAULT_LEASE).plusSeconds(1), ZoneOffset.UTC);
    List<ReviewWorkflow> instances = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int me = k;
      instances.add(ReviewWorkflow.builder().store(k == 0 ? s : sameData(s)).clock(later).owner("portal-" + k)
          .listener(new PublicationListener() {
            @Override
            public void published(ReviewItem i) {
              heard.add("portal-" + me);
            }

            @Override
            public void withdrawn(ReviewItem i, String reason) {}
          }).build());
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<Future<List<ReviewItem>>> results = new ArrayList<>();
    try {
      for (ReviewWorkflow w : instances) {
        results.add(pool.submit(() -> {
          go.await();
          return w.resumeInterrupted();
        }));
      }
      go.countDown();
      int finished = 0;
      for (Future<List<ReviewItem>> f : results) {
        finished += f.get(60, TimeUnit.SECONDS).size();
      }
      assertEquals(1, finished, "exactly one instance finished the claim");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, heard.size(), String.valueOf(heard));
    assertEquals(ReviewState.PUBLISHED, s.find(id).orElseThrow().state());
    assertEquals(1, s.history(id).stream().filter(e -> e.decision() == Decision.PUBLISHED).count());
  }
}
