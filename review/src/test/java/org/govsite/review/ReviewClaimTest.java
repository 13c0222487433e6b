package org.govsite.review;

import static org.govsite.review.Fixture.APPROVER;
import static org.govsite.review.Fixture.AUTHOR;
import static org.govsite.review.Fixture.REVIEWER;
import static org.govsite.review.Fixture.SECRECY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.govsite.core.ConflictException;
import org.govsite.core.GovSiteException;
import org.govsite.core.UnavailableException;
import org.govsite.core.testkit.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Claim before side effects: the last approval and a withdrawal claim the change with a versioned
 * write, only the winner runs the listeners, a failing listener writes the item back with a history
 * entry saying so, and {@link ReviewWorkflow#resumeInterrupted()} finishes what a crash left claimed.
 * The two race tests are the reviewer's reproductions (finding 2): they failed before the claim.
 */
class ReviewClaimTest {
  private final ManualClock clock = Fixture.clock();
  /** What is public, as the listeners made it. */
  private final Set<String> live = new LinkedHashSet<>();
  private final List<String> calls = new ArrayList<>();
  private final PublicationListener site = new PublicationListener() {
    @Override
    public void published(ReviewItem item) {
      calls.add("published " + item.id() + " " + item.state().code());
      live.add(item.id());
    }

    @Override
    public void withdrawn(ReviewItem item, String reason) {
      calls.add("withdrawn " + item.id() + " " + reason);
      live.remove(item.id());
    }
  };

  private static final Draft ARTICLE = Draft.of(ItemKind.ARTICLE, "/xwzx/2026/1.html", "xwzx", "县政府召开常务会议", "会议研究了春耕工作。");

  /** Submits and approves the first two stages: the item waits for 终审. */
  private static ReviewItem atLastStage(ReviewWorkflow w) {
    ReviewItem item = w.submit(AUTHOR, ARTICLE);
    item = w.approve(REVIEWER, item.id(), item.version(), "");
    return w.approve(APPROVER, item.id(), item.version(), "");
  }

  private static List<Decision> decisions(ReviewWorkflow w, String id) {
    return w.history(id).stream().map(ReviewEvent::decision).toList();
  }

  /** A second secrecy reviewer approves the same version while the first one's listeners run. */
  @Test
  void ofTwoLastApprovalsOnOneVersionTheLoserTouchesNothing() {
    ReviewWorkflow[] wf = new ReviewWorkflow[1];
    long[] seen = new long[1];
    List<GovSiteException> loser = new ArrayList<>();
    wf[0] = Fixture.workflow(ReviewStore.inMemory(), clock).listener(site).listener(new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        if (loser.isEmpty()) {
          loser.add(assertThrows(GovSiteException.class,
              () -> wf[0].approve(Actor.of("保密员老钱", ReviewStages.SECRECY), item.id(), seen[0], "不涉密")));
        }
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {}
    }).build();
    ReviewItem item = atLastStage(wf[0]);
    seen[0] = item.version();
    ReviewItem done = wf[0].approve(SECRECY, item.id(), seen[0], "");
    assertEquals(ReviewErrorCode.ITEM_CHANGED, loser.get(0).code());
    assertEquals(ReviewState.PUBLISHED, done.state());
    assertEquals(done, wf[0].find(item.id()).orElseThrow());
    assertEquals(Set.of(item.id()), live, "the store says published, so it is live");
    assertEquals(List.of("published RV-1 published"), calls, "the loser ran no listener");
    assertEquals(List.of(Decision.SUBMITTED, Decision.APPROVED, Decision.APPROVED, Decision.APPROVED, Decision.PUBLISHED),
        decisions(wf[0], item.id()));
  }

  /** A second approver withdraws the same version while the first one's listeners run. */
  @Test
  void ofTwoWithdrawalsOnOneVersionTheLoserTouchesNothing() {
    ReviewWorkflow[] wf = new ReviewWorkflow[1];
    long[] seen = {-1};
    List<GovSiteException> loser = new ArrayList<>();
    wf[0] = Fixture.workflow(ReviewStore.inMemory(), clock).listener(site).listener(new PublicationListener() {
      @Override
      public void published(ReviewItem item) {}

      @Override
      public void withdrawn(ReviewItem item, String reason) {
        if (seen[0] >= 0 && loser.isEmpty()) {
          loser.add(assertThrows(GovSiteException.class,
              () -> wf[0].withdraw(Actor.of("主任老钱", ReviewStages.APPROVER), item.id(), seen[0], "涉密，撤下")));
        }
      }
    }).build();
    ReviewItem item = atLastStage(wf[0]);
    item = wf[0].approve(SECRECY, item.id(), item.version(), "");
    seen[0] = item.version();
    ReviewItem done = wf[0].withdraw(APPROVER, item.id(), seen[0], "涉密");
    assertEquals(ReviewErrorCode.ITEM_CHANGED, loser.get(0).code());
    assertEquals(ReviewState.WITHDRAWN, done.state());
    assertEquals(Set.of(), live, "the store says withdrawn, so nothing is live");
    assertEquals(List.of("published RV-1 published", "withdrawn RV-1 涉密"), calls);
    assertEquals(List.of(ReviewState.WITHDRAWN), wf[0].find(item.id()).stream().map(ReviewItem::state).toList());
  }

  /** While an item is claimed nobody can decide it: no queue lists it, approval and withdrawal are the wrong state. */
  @Test
  void aClaimedItemIsInNoQueueAndTakesNoDecision() {
    ReviewWorkflow[] wf = new ReviewWorkflow[1];
    List<Runnable> checks = new ArrayList<>();
    wf[0] = Fixture.workflow(ReviewStore.inMemory(), clock).listener(new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        ReviewItem claimed = wf[0].find(item.id()).orElseThrow();
        checks.add(() -> {
          assertEquals(ReviewState.PUBLISHING, claimed.state());
          assertEquals(item.version() - 1, claimed.version());
          assertTrue(wf[0].waitingStage(claimed).isEmpty());
          assertEquals(List.of(), wf[0].queue(Actor.of("保密员老钱", ReviewStages.SECRECY)));
        });
        assertEquals(ReviewErrorCode.WRONG_STATE, assertThrows(ConflictException.class,
            () -> wf[0].approve(Actor.of("保密员老钱", ReviewStages.SECRECY), item.id(), claimed.version(), "")).code());
        assertEquals(ReviewErrorCode.WRONG_STATE, assertThrows(ConflictException.class,
            () -> wf[0].withdraw(Actor.of("主任老钱", ReviewStages.APPROVER), item.id(), claimed.version(), "撤")).code());
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {}
    }).build();
    ReviewItem item = atLastStage(wf[0]);
    assertEquals(ReviewState.PUBLISHED, wf[0].approve(SECRECY, item.id(), item.version(), "").state());
    assertEquals(1, checks.size());
    checks.forEach(Runnable::run);
  }

  @Test
  void aFailingListenerUndoesTheOthersAndTheHistorySaysPublicationFailed() {
    boolean[] fail = {true};
    ReviewWorkflow w = Fixture.workflow(ReviewStore.inMemory(), clock).listener(site).listener(new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        if (fail[0]) {
          throw new IllegalStateException("page renderer down");
        }
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {}
    }).build();
    ReviewItem item = atLastStage(w);
    long v = item.version();
    clock.advance(Duration.ofMinutes(5));
    GovSiteException e = assertThrows(GovSiteException.class, () -> w.approve(SECRECY, "RV-1", v, "不涉密"));
    assertEquals(ReviewErrorCode.LISTENER_FAILED, e.code());
    assertEquals(List.of("published RV-1 published", "withdrawn RV-1 " + PublicationListener.UNDONE), calls);
    assertEquals(Set.of(), live);
    ReviewItem back = w.find("RV-1").orElseThrow();
    assertEquals(ReviewState.IN_REVIEW, back.state(), "the store does not say published");
    assertEquals("终审", w.waitingStage(back).orElseThrow().name());
    assertEquals(List.of(back), w.queue(SECRECY));
    List<ReviewEvent> h = w.history("RV-1");
    assertEquals(List.of(Decision.SUBMITTED, Decision.APPROVED, Decision.APPROVED, Decision.APPROVED, Decision.PUBLICATION_FAILED),
        decisions(w, "RV-1"), "the approval stays in the history, followed by its failure");
    assertTrue(h.get(4).opinion().contains("page renderer down"), h.get(4).opinion());
    assertEquals(SECRECY.name(), h.get(4).actor());
    assertEquals(v + 2, back.version());
    fail[0] = false;
    assertEquals(ReviewErrorCode.ITEM_CHANGED, assertThrows(ConflictException.class, () -> w.approve(SECRECY, "RV-1", v, "")).code());
    assertEquals(ReviewState.PUBLISHED, w.approve(SECRECY, "RV-1", back.version(), "").state(), "the decision can be made again");
    assertEquals(Set.of("RV-1"), live);
  }

  @Test
  void aFailingWithdrawalListenerRepublishesTheOthersUnchanged() {
    ReviewWorkflow w = Fixture.workflow(ReviewStore.inMemory(), clock).listener(site).listener(new PublicationListener() {
      @Override
      public void published(ReviewItem item) {}

      @Override
      public void withdrawn(ReviewItem item, String reason) {
        throw new IllegalStateException("index down");
      }
    }).build();
    ReviewItem item = atLastStage(w);
    ReviewItem published = w.approve(SECRECY, item.id(), item.version(), "");
    clock.advance(Duration.ofHours(3));
    long v = published.version();
    assertEquals(ReviewErrorCode.LISTENER_FAILED, assertThrows(GovSiteException.class, () -> w.withdraw(APPROVER, "RV-1", v, "有误")).code());
    assertEquals(List.of("published RV-1 published", "withdrawn RV-1 有误", "published RV-1 published"), calls);
    assertEquals(Set.of("RV-1"), live);
    ReviewItem back = w.find("RV-1").orElseThrow();
    assertEquals(ReviewState.PUBLISHED, back.state());
    assertEquals(published.updated(), back.updated(), "republished as it was, not as a new publication");
    assertEquals(List.of(Decision.WITHDRAWN, Decision.WITHDRAWAL_FAILED), decisions(w, "RV-1").subList(5, 7));
    assertEquals(7, w.history("RV-1").size());
  }

  /** A store whose final write loses (someone else finished the claim): nothing is undone, what they stored stands. */
  @Test
  void losingTheFinalWriteUndoesNothing() {
    ReviewStore real = ReviewStore.inMemory();
    ReviewStore racing = new Fixture.Forwarding(real) {
      @Override
      public ReviewItem update(ReviewItem next, ReviewEvent event) {
        if (next.state() == ReviewState.PUBLISHED) {
          // Another instance resumed the claim first.
          real.update(next, new ReviewEvent(next.id(), next.version(), event.at(), "另一实例", Decision.PUBLISHED, next.round(), "",
              Claims.RESUMED, java.util.Map.of()));
          throw new ConflictException(ReviewErrorCode.ITEM_CHANGED, "someone else came first");
        }
        return real.update(next, event);
      }
    };
    ReviewWorkflow w = Fixture.workflow(racing, clock).listener(site).build();
    ReviewItem item = atLastStage(w);
    ReviewItem done = w.approve(SECRECY, item.id(), item.version(), "");
    assertEquals(ReviewState.PUBLISHED, done.state());
    assertEquals("另一实例", w.history("RV-1").get(4).actor());
    assertEquals(List.of("published RV-1 published"), calls);
    assertEquals(Set.of("RV-1"), live);
  }

  /** The store dies right after the claim: the decision fails, and a new workflow on the same data finishes it. */
  @Test
  void aPublicationInterruptedAfterTheClaimIsFinishedByTheNextWorkflow() {
    ReviewStore real = ReviewStore.inMemory();
    ReviewWorkflow w = Fixture.workflow(new Dying(real), clock).listener(site).build();
    ReviewItem item = atLastStage(w);
    long v = item.version();
    assertEquals(ReviewErrorCode.STORAGE, assertThrows(UnavailableException.class, () -> w.approve(SECRECY, "RV-1", v, "")).code());
    assertEquals(ReviewState.PUBLISHING, real.find("RV-1").orElseThrow().state(), "the claim is stored");
    // A restart: new listeners (nothing public yet in the new process), a new workflow on the same data.
    live.clear();
    clock.advance(Duration.ofMinutes(10));
    ReviewWorkflow after = Fixture.workflow(real, clock).listener(site).build();
    List<ReviewItem> resumed = after.resumeInterrupted();
    assertEquals(List.of(ReviewState.PUBLISHED), resumed.stream().map(ReviewItem::state).toList());
    assertEquals(resumed.get(0), real.find("RV-1").orElseThrow());
    assertEquals(Set.of("RV-1"), live);
    assertEquals(List.of("published RV-1 published", "published RV-1 published"), calls, "told twice: the contract");
    ReviewEvent outcome = after.history("RV-1").get(4);
    assertEquals(Decision.PUBLISHED, outcome.decision());
    assertEquals(Claims.RESUMED, outcome.opinion());
    assertEquals(SECRECY.name(), outcome.actor());
    assertEquals(List.of(), after.resumeInterrupted(), "nothing left to finish");
  }

  @Test
  void aWithdrawalInterruptedAfterTheClaimIsFinishedWithItsReason() {
    ReviewStore real = ReviewStore.inMemory();
    Dying dying = new Dying(real);
    dying.alive = true;
    ReviewWorkflow w = Fixture.workflow(dying, clock).listener(site).build();
    ReviewItem item = atLastStage(w);
    item = w.approve(SECRECY, item.id(), item.version(), "");
    dying.alive = false;
    long v = item.version();
    assertEquals(ReviewErrorCode.STORAGE, assertThrows(UnavailableException.class, () -> w.withdraw(APPROVER, "RV-1", v, "涉密")).code());
    assertEquals(ReviewState.WITHDRAWING, real.find("RV-1").orElseThrow().state());
    ReviewWorkflow after = Fixture.workflow(real, clock).listener(site).build();
    assertEquals(List.of(ReviewState.WITHDRAWN), after.resumeInterrupted().stream().map(ReviewItem::state).toList());
    assertEquals(List.of("published RV-1 published", "withdrawn RV-1 涉密", "withdrawn RV-1 涉密"), calls);
    assertEquals(Decision.TAKEN_DOWN, after.history("RV-1").get(after.history("RV-1").size() - 1).decision());
  }

  /** The process dies while the listeners run (no undo, no write); the next start publishes it fully. */
  @Test
  void aCrashAmidTheListenersIsFinishedAtTheNextStart() {
    ReviewStore store = ReviewStore.inMemory();
    boolean[] crash = {true};
    PublicationListener renderer = new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        if (crash[0]) {
          throw new Crash();
        }
        calls.add("rendered " + item.id());
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {}
    };
    ReviewWorkflow w = Fixture.workflow(store, clock).listener(site).listener(renderer).build();
    ReviewItem item = atLastStage(w);
    long v = item.version();
    assertThrows(Crash.class, () -> w.approve(SECRECY, "RV-1", v, ""));
    assertEquals(ReviewState.PUBLISHING, store.find("RV-1").orElseThrow().state());
    crash[0] = false;
    ReviewWorkflow after = Fixture.workflow(store, clock).listener(site).listener(renderer).build();
    after.resumeInterrupted();
    assertEquals(ReviewState.PUBLISHED, store.find("RV-1").orElseThrow().state());
    assertEquals(List.of("published RV-1 published", "published RV-1 published", "rendered RV-1"), calls);
  }

  /** Resuming when a listener still fails writes the item back like any failure and goes on with the others. */
  @Test
  void aResumptionWhoseListenerStillFailsWritesTheItemBack() {
    ReviewStore real = ReviewStore.inMemory();
    ReviewWorkflow w = Fixture.workflow(new Dying(real), clock).build();
    ReviewItem item = atLastStage(w);
    long v = item.version();
    assertThrows(UnavailableException.class, () -> w.approve(SECRECY, "RV-1", v, ""));
    ReviewWorkflow after = Fixture.workflow(real, clock).listener(site).listener(new PublicationListener() {
      @Override
      public void published(ReviewItem i) {
        throw new IllegalStateException("letter rejected meanwhile");
      }

      @Override
      public void withdrawn(ReviewItem i, String reason) {}
    }).build();
    List<ReviewItem> resumed = after.resumeInterrupted();
    assertEquals(List.of(ReviewState.IN_REVIEW), resumed.stream().map(ReviewItem::state).toList());
    assertEquals(Decision.PUBLICATION_FAILED, after.history("RV-1").get(4).decision());
    assertEquals(Set.of(), live);
  }

  /** Stands for the process dying: not a RuntimeException, so no undo and no write-back run. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  /** A store whose database goes away right after a claim: every outcome write fails (unless {@link #alive}). */
  private static final class Dying extends Fixture.Forwarding {
    boolean alive;

    Dying(ReviewStore real) {
      super(real);
    }

    @Override
    public ReviewItem update(ReviewItem next, ReviewEvent event) {
      boolean outcome = Set.of(Decision.PUBLISHED, Decision.PUBLICATION_FAILED, Decision.TAKEN_DOWN, Decision.WITHDRAWAL_FAILED)
          .contains(event.decision());
      if (!alive && outcome) {
        throw new UnavailableException(ReviewErrorCode.STORAGE, "database gone", new java.sql.SQLException("connection refused"));
      }
      return real.update(next, event);
    }
  }

  /** The ready-made freshness listener keeps the contract: a withdrawal told twice, or after a restart, does nothing more. */
  @Test
  void theFreshnessListenerTakesAWithdrawalTwice() {
    org.govsite.core.identifiers.WebsiteCode code = org.govsite.core.identifiers.WebsiteCode.parse("4300000077");
    org.govsite.core.site.FreshnessTracker tracker = org.govsite.core.site.FreshnessTracker.create()
        .addSite(org.govsite.core.site.Site.builder("某县人民政府", code)
            .column(org.govsite.core.site.Column.of("xwzx", "新闻中心", org.govsite.core.site.ColumnKind.NEWS)).build());
    FreshnessListener l = FreshnessListener.of(tracker, code, java.time.ZoneId.of("Asia/Shanghai"));
    ReviewItem item = new ReviewItem("RV-1", ARTICLE, AUTHOR.name(), ReviewState.PUBLISHED, 3, 1, 4, Fixture.START, Fixture.START);
    l.withdrawn(item, "never published here: a restarted tracker");
    l.published(item);
    l.published(item);
    l.withdrawn(item, "撤稿");
    l.withdrawn(item, "撤稿");
    java.time.LocalDateTime later = java.time.LocalDateTime.of(2026, 3, 9, 9, 0);
    assertEquals(0, tracker.evaluate(code, later, org.govsite.core.site.FreshnessPolicy.national()).columns().get(0).itemCount());
    ReviewItem elsewhere = new ReviewItem("RV-2", Draft.of(ItemKind.ARTICLE, "/x.html", "nosuchcolumn", "标题", ""), AUTHOR.name(),
        ReviewState.PUBLISHED, 3, 1, 4, Fixture.START, Fixture.START);
    assertThrows(org.govsite.core.InvalidInputException.class, () -> l.withdrawn(elsewhere, "未知栏目"), "an unknown column still fails");
  }
}
