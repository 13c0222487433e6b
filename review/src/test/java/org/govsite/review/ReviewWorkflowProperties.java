package org.govsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.govsite.core.GovSiteException;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.Screener;
import org.govsite.core.testkit.ManualClock;

/**
 * Random sequences of actions by random actors: nothing is published without every stage approved
 * in order by distinct non-author holders of the stage's role; a refused action changes nothing; the
 * history is append-only and records exactly the decisions that succeeded (a publication or
 * withdrawal followed by its outcome); statistics agree with a naive replay of the history. Some
 * steps meet trouble while the listeners run: a rival makes the same decision on the same version
 * (it must be refused and change nothing), or a listener fails (the item goes back where it stood);
 * after every step what the listeners made public is exactly the set of published items.
 */
class ReviewWorkflowProperties {
  private static final Screener SCREENER = Screener.standard();
  private static final ReviewStages STAGES = ReviewStages.standard();

  /** The people: some hold one role, some several, one holds every role and writes too. */
  private static final List<Actor> PEOPLE = List.of(
      Actor.of("甲", ReviewStages.REVIEWER), Actor.of("乙", ReviewStages.APPROVER), Actor.of("丙", ReviewStages.SECRECY),
      Actor.of("丁", ReviewStages.REVIEWER, ReviewStages.APPROVER), Actor.of("戊", ReviewStages.APPROVER, ReviewStages.SECRECY),
      Actor.of("己", ReviewStages.REVIEWER, ReviewStages.APPROVER, ReviewStages.SECRECY, "editor"), Actor.of("庚", "editor"));

  enum Kind { SUBMIT, APPROVE, APPROVE_ACKNOWLEDGING, REJECT, RESUBMIT, WITHDRAW }

  /** What happens while the listeners of a step run. */
  enum Trouble { NONE, RIVAL, LISTENER_FAILS }

  record Step(Kind kind, int actor, int item, int minutes, boolean flagged, boolean staleVersion, Trouble trouble) {}

  @Provide
  Arbitrary<List<Step>> scripts() {
    Arbitrary<Step> step = Combinators.combine(
        // Weighted towards approvals, so that scripts publish and withdraw often (the coverage check below).
        Arbitraries.frequency(Tuple.of(2, Kind.SUBMIT), Tuple.of(3, Kind.APPROVE), Tuple.of(6, Kind.APPROVE_ACKNOWLEDGING),
            Tuple.of(1, Kind.REJECT), Tuple.of(1, Kind.RESUBMIT), Tuple.of(1, Kind.WITHDRAW)),
        Arbitraries.integers().between(0, PEOPLE.size() - 1),
        Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 600),
        Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 9).map(i -> i == 0),
        Arbitraries.frequency(Tuple.of(2, Trouble.NONE), Tuple.of(1, Trouble.RIVAL), Tuple.of(1, Trouble.LISTENER_FAILS)))
        .as(Step::new);
    return step.list().ofMinSize(20).ofMaxSize(80);
  }

  @Property(tries = 200)
  void onlyFullySignedItemsArePublishedAndTheHistoryRecordsExactlyTheDecisions(@ForAll("scripts") List<Step> script) {
    ManualClock clock = Fixture.clock();
    List<String> published = new ArrayList<>();
    Set<String> live = new HashSet<>();
    Step[] current = new Step[1];
    long[] seenVersion = new long[1];
    List<GovSiteException> rivals = new ArrayList<>();
    ReviewWorkflow[] self = new ReviewWorkflow[1];
    ReviewWorkflow wf = Fixture.workflow(ReviewStore.inMemory(), clock).screener(SCREENER)
        .listener(new PublicationListener() {
          @Override
          public void published(ReviewItem item) {
            assertEquals(ReviewState.PUBLISHED, item.state());
            published.add(item.id());
            live.add(item.id());
          }

          @Override
          public void withdrawn(ReviewItem item, String reason) {
            live.remove(item.id());
          }
        })
        .listener(new PublicationListener() {
          @Override
          public void published(ReviewItem item) {
            trouble(item);
          }

          @Override
          public void withdrawn(ReviewItem item, String reason) {
            trouble(item);
          }

          /** Once per step: a rival decides the same on the version the actor saw, or this listener fails. */
          private void trouble(ReviewItem item) {
            Step s = current[0];
            if (s == null || s.trouble() == Trouble.NONE) {
              return;
            }
            current[0] = null;
            if (s.trouble() == Trouble.LISTENER_FAILS) {
              throw new IllegalStateException("listener down");
            }
            Actor rival = PEOPLE.get((s.actor() + 1) % PEOPLE.size());
            try {
              if (s.kind() == Kind.WITHDRAW) {
                self[0].withdraw(rival, item.id(), seenVersion[0], "内容有误");
              } else {
                self[0].approve(rival, item.id(), seenVersion[0], "同意", acknowledgeAll(self[0], item.id()));
              }
              throw new AssertionError("a rival deciding a claimed item was not refused");
            } catch (GovSiteException e) {
              rivals.add(e);
            }
          }
        }).build();
    self[0] = wf;
    List<String> ids = new ArrayList<>();
    Map<String, List<ReviewEvent>> seen = new HashMap<>();
    int[] decided = new int[STAGES.size()];
    int expectedPublications = 0;
    for (Step s : script) {
      clock.advance(Duration.ofMinutes(s.minutes()));
      Actor actor = PEOPLE.get(s.actor());
      String id = ids.isEmpty() ? "none" : ids.get(Math.max(0, ids.size() - 1 - s.item())); // mostly the latest items
      ReviewItem before = wf.find(id).orElse(null);
      long version = before == null ? 0 : before.version() + (s.staleVersion() ? -1 : 0);
      String text = s.flagged() ? "请参阅内部资料第" + s.minutes() + "号" : "春耕工作进展顺利" + s.minutes();
      current[0] = s;
      seenVersion[0] = version;
      int rivalsBefore = rivals.size();
      ReviewItem after;
      try {
        after = switch (s.kind()) {
          case SUBMIT -> wf.submit(actor, Draft.of(ItemKind.ARTICLE, "a" + ids.size(), "c1", "动态", text));
          case APPROVE -> wf.approve(actor, id, version, "同意");
          case APPROVE_ACKNOWLEDGING -> wf.approve(actor, id, version, "同意", acknowledgeAll(wf, id));
          case REJECT -> wf.reject(actor, id, version, "请修改");
          case RESUBMIT -> wf.resubmit(actor, id, version, "动态", text);
          case WITHDRAW -> wf.withdraw(actor, id, version, "内容有误");
        };
      } catch (GovSiteException e) {
        net.jqwik.api.statistics.Statistics.label("refused").collect(e.code());
        if (e.code() == ReviewErrorCode.LISTENER_FAILED) {
          // The claim and its failure are in the history; the item stands where it stood.
          ReviewItem back = wf.find(id).orElseThrow();
          assertEquals(before.state(), back.state());
          assertEquals(before.approvedStages(), back.approvedStages());
          List<ReviewEvent> history = wf.history(id);
          assertEquals(seen.get(id), history.subList(0, history.size() - 2), "append-only");
          assertEquals(expected(s.kind()), history.get(history.size() - 2).decision());
          assertEquals(before.state() == ReviewState.PUBLISHED ? Decision.WITHDRAWAL_FAILED : Decision.PUBLICATION_FAILED,
              history.get(history.size() - 1).decision());
          countDecision(decided, history.get(history.size() - 2));
          seen.put(id, history);
        } else if (before != null) {
          // A refused action changes nothing.
          assertEquals(before, wf.find(id).orElseThrow(), s + ": " + e.getMessage());
          assertEquals(seen.get(id), wf.history(id));
        }
        assertLiveIsWhatIsPublished(wf, ids, live);
        continue;
      }
      if (s.kind() == Kind.SUBMIT) {
        ids.add(after.id());
        seen.put(after.id(), List.of());
      }
      List<ReviewEvent> history = wf.history(after.id());
      List<ReviewEvent> earlier = seen.get(after.id());
      boolean claimed = after.state() == ReviewState.PUBLISHED || after.state() == ReviewState.WITHDRAWN;
      assertEquals(earlier.size() + (claimed ? 2 : 1), history.size(), "one entry per decision, and a claim's outcome");
      assertEquals(earlier, history.subList(0, earlier.size()), "append-only");
      ReviewEvent decision = history.get(earlier.size());
      ReviewEvent last = history.get(history.size() - 1);
      assertEquals(actor.name(), decision.actor());
      assertEquals(actor.name(), last.actor());
      assertEquals(expected(s.kind()), decision.decision());
      if (claimed) {
        assertEquals(after.state() == ReviewState.PUBLISHED ? Decision.PUBLISHED : Decision.TAKEN_DOWN, last.decision());
      }
      assertEquals(after.version(), last.seq());
      seen.put(after.id(), history);
      countDecision(decided, decision);
      if (after.state() == ReviewState.PUBLISHED) {
        expectedPublications++;
        assertFullySigned(wf, after, history);
      }
      if (rivals.size() > rivalsBefore) {
        // The rival was refused on the version the actor saw, and the outcome is the actor's.
        assertEquals(ReviewErrorCode.ITEM_CHANGED, rivals.get(rivals.size() - 1).code());
        net.jqwik.api.statistics.Statistics.label("rival refused").collect(true);
      }
      assertLiveIsWhatIsPublished(wf, ids, live);
    }
    net.jqwik.api.statistics.Statistics.label("published").collect(expectedPublications > 0);
    net.jqwik.api.statistics.Statistics.label("published").coverage(c -> c.check(true).percentage(p -> p >= 10));
    for (String id : ids) {
      ReviewItem item = wf.find(id).orElseThrow();
      List<ReviewEvent> history = wf.history(id);
      assertEquals(item.version(), history.size() - 1);
      assertTrue(!item.state().claimed(), "no claim is left behind");
      assertOnePersonOneStage(item, history);
      if (item.state() == ReviewState.PUBLISHED || item.state() == ReviewState.WITHDRAWN) {
        assertTrue(published.contains(id));
      }
    }
    assertStatisticsMatchANaiveReplay(wf, ids, decided);
  }

  private static void countDecision(int[] decided, ReviewEvent decision) {
    if (decision.decision() == Decision.APPROVED || decision.decision() == Decision.REJECTED) {
      decided[STAGES.indexOf(decision.stage())]++;
    }
  }

  private static void assertLiveIsWhatIsPublished(ReviewWorkflow wf, List<String> ids, Set<String> live) {
    Set<String> publishedNow = new HashSet<>();
    for (String id : ids) {
      if (wf.find(id).orElseThrow().state() == ReviewState.PUBLISHED) {
        publishedNow.add(id);
      }
    }
    assertEquals(publishedNow, live, "public is exactly what the store says is published");
  }

  private static Map<String, String> acknowledgeAll(ReviewWorkflow wf, String id) {
    Map<String, String> acks = new TreeMap<>();
    // A secrecy reviewer acknowledges; at another stage acknowledgements are refused (tested apart).
    if (wf.find(id).flatMap(wf::waitingStage).filter(ReviewStage::secrecyReview).isPresent()) {
      for (Finding f : wf.reviewFindings(id)) {
        acks.put(f.rule(), "已核实可公开");
      }
    }
    return acks;
  }

  private static Decision expected(Kind k) {
    return switch (k) {
      case SUBMIT -> Decision.SUBMITTED;
      case APPROVE, APPROVE_ACKNOWLEDGING -> Decision.APPROVED;
      case REJECT -> Decision.REJECTED;
      case RESUBMIT -> Decision.RESUBMITTED;
      case WITHDRAW -> Decision.WITHDRAWN;
    };
  }

  private static void assertFullySigned(ReviewWorkflow wf, ReviewItem item, List<ReviewEvent> history) {
    // An approval whose publication failed does not count: the item waited for that stage again.
    List<ReviewEvent> approvals = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      ReviewEvent e = history.get(i);
      boolean failed = i + 1 < history.size() && history.get(i + 1).decision() == Decision.PUBLICATION_FAILED;
      if (e.round() == item.round() && e.decision() == Decision.APPROVED && !failed) {
        approvals.add(e);
      }
    }
    assertEquals(STAGES.stages().stream().map(ReviewStage::name).toList(), approvals.stream().map(ReviewEvent::stage).toList(),
        "every stage approved, in order, in the round that published it");
    Set<String> signers = new HashSet<>();
    for (int i = 0; i < approvals.size(); i++) {
      ReviewEvent a = approvals.get(i);
      assertTrue(signers.add(a.actor()), "distinct signers");
      assertTrue(!a.actor().equals(item.author()), "not the author");
      String role = STAGES.get(i).role();
      assertTrue(PEOPLE.stream().anyMatch(p -> p.name().equals(a.actor()) && p.has(role)), a.actor() + " holds " + role);
    }
    Set<String> rules = new HashSet<>();
    wf.reviewFindings(item.id()).forEach(f -> rules.add(f.rule()));
    assertTrue(approvals.get(STAGES.size() - 1).acknowledgements().keySet().containsAll(rules), "review findings acknowledged");
  }

  private static void assertOnePersonOneStage(ReviewItem item, List<ReviewEvent> history) {
    Map<String, Set<String>> stagesByActor = new HashMap<>();
    for (ReviewEvent e : history) {
      if (e.decision() == Decision.APPROVED || e.decision() == Decision.REJECTED) {
        assertTrue(!e.actor().equals(item.author()));
        stagesByActor.computeIfAbsent(e.actor(), k -> new HashSet<>()).add(e.stage());
      }
    }
    stagesByActor.forEach((actor, stages) -> assertEquals(1, stages.size(), actor + " decided " + stages));
  }

  /** Replays each history naively into a state and a stage, and counts. */
  private static void assertStatisticsMatchANaiveReplay(ReviewWorkflow wf, List<String> ids, int[] decided) {
    int[] waiting = new int[STAGES.size()];
    int[] decisions = new int[STAGES.size()];
    String oldest = null;
    java.time.Instant oldestSince = null;
    for (String id : ids) {
      String state = "";
      int stage = 0;
      java.time.Instant since = null;
      for (ReviewEvent e : wf.history(id)) {
        since = e.at();
        switch (e.decision()) {
          case SUBMITTED, RESUBMITTED -> {
            state = "in-review";
            stage = 0;
          }
          case APPROVED -> {
            decisions[STAGES.indexOf(e.stage())]++;
            stage++;
            state = stage == STAGES.size() ? "publishing" : "in-review";
          }
          case REJECTED -> {
            decisions[STAGES.indexOf(e.stage())]++;
            state = "returned";
          }
          case PUBLISHED, WITHDRAWAL_FAILED -> state = "published";
          case PUBLICATION_FAILED -> {
            // Waits for the last stage again, since the approval that failed to publish.
            stage--;
            state = "in-review";
            since = wf.history(id).get((int) e.seq() - 1).at();
          }
          case WITHDRAWN -> state = "withdrawing";
          case TAKEN_DOWN -> state = "withdrawn";
        }
      }
      assertEquals(state, wf.find(id).orElseThrow().state().code());
      if (state.equals("in-review")) {
        waiting[stage]++;
        if (oldestSince == null || since.isBefore(oldestSince)) {
          oldest = id;
          oldestSince = since;
        }
      }
    }
    QueueStatistics s = wf.statistics();
    for (int i = 0; i < STAGES.size(); i++) {
      assertEquals(waiting[i], s.stages().get(i).waiting(), "waiting at " + i);
      assertEquals(decisions[i], s.stages().get(i).decisions(), "decisions at " + i);
      assertEquals(decided[i], decisions[i]);
    }
    if (oldest == null) {
      assertTrue(s.oldestItemId().isEmpty());
    } else {
      assertEquals(Duration.between(oldestSince, s.at()), s.oldestWaiting());
      assertEquals(oldestSince, wf.find(s.oldestItemId().orElseThrow()).orElseThrow().updated());
    }
  }
}
