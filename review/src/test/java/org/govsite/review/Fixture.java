package org.govsite.review;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.govsite.core.testkit.ManualClock;

/** A clock that moves only when told, and sequential ids: decisions in tests are dated exactly. */
final class Fixture {
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  /** A clock at {@link #START} that moves only when told. */
  static ManualClock clock() {
    return new ManualClock(START);
  }

  static final Actor AUTHOR = Actor.of("编辑小王", "editor");
  static final Actor REVIEWER = Actor.of("科长老李", ReviewStages.REVIEWER);
  static final Actor APPROVER = Actor.of("主任老张", ReviewStages.APPROVER);
  static final Actor SECRECY = Actor.of("保密员老赵", ReviewStages.SECRECY);

  /**
   * A workflow of one portal instance: every workflow a test builds has the same owner, so a new one
   * on the same store is that instance restarted, which takes back its claims' leases at once.
   */
  static ReviewWorkflow.Builder workflow(ReviewStore store, ManualClock clock) {
    AtomicInteger n = new AtomicInteger();
    return ReviewWorkflow.builder().store(store).clock(clock).owner("portal-1").ids(() -> "RV-" + n.incrementAndGet());
  }

  /** A store that passes everything to another; tests override {@link #update} to refuse or die. */
  static class Forwarding implements ReviewStore {
    final ReviewStore real;

    Forwarding(ReviewStore real) {
      this.real = real;
    }

    @Override
    public ReviewItem add(ReviewItem item, ReviewEvent submitted) {
      return real.add(item, submitted);
    }

    @Override
    public ReviewItem update(ReviewItem next, ReviewEvent event) {
      return real.update(next, event);
    }

    @Override
    public java.util.Optional<ReviewItem> find(String id) {
      return real.find(id);
    }

    @Override
    public java.util.List<ReviewEvent> history(String id) {
      return real.history(id);
    }

    @Override
    public java.util.List<ReviewItem> list(ReviewState state) {
      return real.list(state);
    }

    @Override
    public java.util.List<ReviewEvent> events() {
      return real.events();
    }

    @Override
    public boolean lease(String id, long version, String owner, java.time.Instant now, java.time.Instant until) {
      return real.lease(id, version, owner, now, until);
    }
  }

  private Fixture() {}
}
