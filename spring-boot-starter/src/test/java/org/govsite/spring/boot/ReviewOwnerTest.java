package org.govsite.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.govsite.review.Actor;
import org.govsite.review.Draft;
import org.govsite.review.ItemKind;
import org.govsite.review.PublicationListener;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewStages;
import org.govsite.review.ReviewState;
import org.govsite.review.ReviewStore;
import org.govsite.review.ReviewWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/**
 * The review workflow's owner (租约持有者) is stable across restarts, so a restarted instance finishes
 * the claim its crash left leased at once; and resumption runs periodically, not only at start.
 */
class ReviewOwnerTest {
  private static final Actor AUTHOR = Actor.of("编辑小王", "editor");
  private static final Actor REVIEWER = Actor.of("科长老李", ReviewStages.REVIEWER);
  private static final Actor APPROVER = Actor.of("主任老张", ReviewStages.APPROVER);
  private static final Actor SECRECY = Actor.of("保密员老赵", ReviewStages.SECRECY);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GovSiteAutoConfiguration.class, GovSiteReviewAutoConfiguration.class));

  /** Stands for the process dying while the listeners run: not a RuntimeException, so nothing is undone. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  /** A store holding an article claimed for publication (PUBLISHING, leased) by {@code owner}, whose process then died. */
  private static ReviewStore crashedClaim(String owner) {
    ReviewStore store = ReviewStore.inMemory();
    ReviewWorkflow before = ReviewWorkflow.builder().store(store).stages(ReviewStages.standard()).owner(owner)
        .listener(new PublicationListener() {
          @Override
          public void published(ReviewItem item) {
            throw new Crash();
          }

          @Override
          public void withdrawn(ReviewItem item, String reason) {}
        }).build();
    ReviewItem item = before.submit(AUTHOR, Draft.of(ItemKind.ARTICLE, "/xwzx/2026/1.html", "xwzx", "县政府召开常务会议", "会议研究了春耕工作。"));
    item = before.approve(REVIEWER, item.id(), item.version(), "");
    item = before.approve(APPROVER, item.id(), item.version(), "");
    long v = item.version();
    String id = item.id();
    assertThatThrownBy(() -> before.approve(SECRECY, id, v, "")).isInstanceOf(Crash.class);
    assertThat(store.list(ReviewState.PUBLISHING)).hasSize(1);
    return store;
  }

  @Test
  void aRestartUnderTheSameOwnerFinishesTheClaimItsCrashLeftLeased() {
    ReviewStore store = crashedClaim("web-1");
    List<String> told = new ArrayList<>();
    PublicationListener site = new PublicationListener() {
      @Override
      public void published(ReviewItem item) {
        told.add(item.id());
      }

      @Override
      public void withdrawn(ReviewItem item, String reason) {}
    };
    runner.withBean(ReviewStore.class, () -> store).withBean(PublicationListener.class, () -> site)
        .withPropertyValues("govsite.review.owner=web-1").run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(ReviewResumption.class);
          assertThat(store.list(ReviewState.PUBLISHING)).isEmpty();
          assertThat(store.list(ReviewState.PUBLISHED)).hasSize(1);
          assertThat(told).hasSize(1);
          assertThat(ctx.getBean(ReviewResumption.class).isRunning()).isTrue();
        });
  }

  @Test
  void anotherOwnerWaitsForTheLeaseAndThePeriodicRunFinishesItLater() {
    ReviewStore store = crashedClaim("web-1");
    runner.withBean(ReviewStore.class, () -> store).withPropertyValues("govsite.review.owner=web-2").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      // The old owner's lease still holds: not finished at start, so a later run must do it.
      assertThat(store.list(ReviewState.PUBLISHING)).hasSize(1);
      assertThat(ctx.getBean(ReviewResumption.class).runOnce()).isZero();
    });
    // After the lease (5 minutes) a periodic run finishes it; a workflow whose clock is past the lease stands for that run.
    ReviewWorkflow later = ReviewWorkflow.builder().store(store).stages(ReviewStages.standard()).owner("web-2")
        .clock(java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(6))).build();
    assertThat(new ReviewResumption(later, java.time.Duration.ofMinutes(1)).runOnce()).isEqualTo(1);
    assertThat(store.list(ReviewState.PUBLISHED)).hasSize(1);
  }

  @Test
  void theDefaultOwnerIsStableAndNamesTheApplication() {
    MockEnvironment env = new MockEnvironment().withProperty("spring.application.name", "county-portal")
        .withProperty("server.port", "8081");
    GovSiteProperties p = new GovSiteProperties();
    String first = GovSiteReviewAutoConfiguration.owner(p, env);
    assertThat(first).isEqualTo(GovSiteReviewAutoConfiguration.owner(new GovSiteProperties(), env)).endsWith(":county-portal:8081");
    p.getReview().setOwner("web-7");
    assertThat(GovSiteReviewAutoConfiguration.owner(p, env)).isEqualTo("web-7");
  }

  @Test
  void aBlankOwnerStopsTheStartNamingTheKey() {
    runner.withBean(ReviewStore.class, ReviewStore::inMemory).withPropertyValues("govsite.review.owner= ").run(ctx ->
        assertThat(ctx).getFailure().rootCause().hasMessageContaining("govsite.review.owner"));
  }
}
