package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govsite.interaction.Letter;
import org.govsite.interaction.Submission;
import org.govsite.review.Actor;
import org.govsite.review.Decision;
import org.govsite.review.Draft;
import org.govsite.review.ItemKind;
import org.govsite.review.PublicationListener;
import org.govsite.review.ReviewEvent;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewState;
import org.govsite.review.ReviewWorkflow;
import org.govsite.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal at start finishes what a crash left claimed (R1 finding 6): an article or a letter
 * reply whose last approval was claimed while the process died amid the listeners is published by
 * the next start, a claimed withdrawal is taken down, and the column items are made to match the
 * review store when an undo failed. The crash is a listener throwing an {@link Error} after the
 * portal's own listeners ran part of the way (no undo, no outcome written), then the context is
 * closed and a new one opened on the same data directory.
 */
class ReviewResumeTest {
  @TempDir Path data;

  private PortalContext open() {
    return new PortalContext(PortalConfig.defaults().withPort(0).withDataDir(data));
  }

  /** A workflow on the portal's store whose last listener "kills the process" after the portal's listeners in {@code first}. */
  private static ReviewWorkflow crashingAfter(PortalContext ctx, PublicationListener first) {
    // The portal's own name: the crash is this instance's, so its restart takes the lease back at once.
    return ReviewWorkflow.builder().store(ctx.reviewStore).clock(java.time.Clock.system(PortalContext.BEIJING)).owner(ctx.instance)
        .listener(first).listener(new PublicationListener() {
          @Override
          public void published(ReviewItem item) {
            throw new Crash();
          }

          @Override
          public void withdrawn(ReviewItem item, String reason) {
            throw new Crash();
          }
        }).build();
  }

  /** The last approval is claimed, then the process dies before any of the portal's listeners ran. */
  private static void crashOnLastApproval(PortalContext ctx, ReviewItem item) {
    ReviewWorkflow crashing = crashingAfter(ctx, new PublicationListener() {
      @Override
      public void published(ReviewItem i) {}

      @Override
      public void withdrawn(ReviewItem i, String reason) {}
    });
    assertThrows(Crash.class, () -> crashing.approve(Actor.of("签发人-secrecy", "secrecy"), item.id(), item.version(), "同意"));
  }

  private static ReviewItem atLastStage(PortalContext ctx, Draft draft) {
    ReviewItem item = ctx.review.submit(Actor.of("作者", "mailbox", "editor"), draft);
    item = ctx.review.approve(Actor.of("签发人-reviewer", "reviewer"), item.id(), item.version(), "同意");
    return ctx.review.approve(Actor.of("签发人-approver", "approver"), item.id(), item.version(), "同意");
  }

  private static boolean searchFinds(PortalContext ctx, String q, String id) {
    return ctx.search.search(SearchRequest.builder(q).limit(50).build()).hits().stream().anyMatch(h -> h.id().equals(id));
  }

  private static Decision lastDecision(PortalContext ctx, String id) {
    List<ReviewEvent> h = ctx.review.history(id);
    return h.get(h.size() - 1).decision();
  }

  @Test
  void anArticleClaimedWhenTheProcessDiedIsPublishedAtTheNextStart() {
    String id;
    try (PortalContext ctx = open()) {
      ReviewItem item = atLastStage(ctx, Draft.of(ItemKind.ARTICLE, "resume1", "gzdt", "县政府召开秋收工作会议", "会议部署秋收工作。"));
      id = item.id();
      crashOnLastApproval(ctx, item);
      assertEquals(ReviewState.PUBLISHING, ctx.reviewStore.find(id).orElseThrow().state());
      assertTrue(ctx.tables.article("resume1").isEmpty(), "the crash came before the article was written");
    }
    try (PortalContext ctx = open()) {
      assertEquals(ReviewState.PUBLISHED, ctx.review.find(id).orElseThrow().state());
      assertEquals(Decision.PUBLISHED, lastDecision(ctx, id));
      assertTrue(ctx.tables.article("resume1").isPresent());
      assertTrue(searchFinds(ctx, "秋收工作会议", "resume1"));
    }
  }

  @Test
  void aWithdrawalClaimedWhenTheProcessDiedIsTakenDownAtTheNextStart() {
    String id;
    try (PortalContext ctx = open()) {
      ReviewItem item = atLastStage(ctx, Draft.of(ItemKind.ARTICLE, "resume2", "gzdt", "县政府召开冬修水利会议", "会议部署冬修水利。"));
      ReviewItem published = ctx.review.approve(Actor.of("签发人-secrecy", "secrecy"), item.id(), item.version(), "同意");
      id = published.id();
      assertTrue(searchFinds(ctx, "冬修水利", "resume2"));
      ReviewWorkflow crashing = crashingAfter(ctx, new ReviewPublishing.Articles(ctx));
      assertThrows(Crash.class, () -> crashing.withdraw(Actor.of("主任", "approver"), published.id(), published.version(), "会议延期"));
      assertEquals(ReviewState.WITHDRAWING, ctx.reviewStore.find(id).orElseThrow().state());
    }
    try (PortalContext ctx = open()) {
      assertEquals(ReviewState.WITHDRAWN, ctx.review.find(id).orElseThrow().state());
      assertEquals(Decision.TAKEN_DOWN, lastDecision(ctx, id));
      assertTrue(ctx.tables.article("resume2").isEmpty());
      assertTrue(!searchFinds(ctx, "冬修水利", "resume2"));
    }
  }

  @Test
  void aLetterReplyClaimedWhenTheProcessDiedIsRepliedAndPublishedAtTheNextStart() {
    String id;
    String letterId;
    try (PortalContext ctx = open()) {
      Letter l = ctx.mailbox.submit(new Submission(Seeder.MAILBOX, "consultation", "路灯维修咨询", "请问路灯何时修复？", "林某",
          "13800138006", "", "", "", "web", false), ctx.now().minusMinutes(5));
      letterId = l.id();
      ReviewItem item = atLastStage(ctx, Draft.of(ItemKind.LETTER_REPLY, l.id(), "关于路灯维修的答复", "路灯已于本周修复。"));
      id = item.id();
      crashOnLastApproval(ctx, item);
    }
    try (PortalContext ctx = open()) {
      assertEquals(ReviewState.PUBLISHED, ctx.review.find(id).orElseThrow().state());
      Letter l = ctx.mailbox.find(letterId).orElseThrow();
      assertTrue(l.visibleToPublic() && l.reply().contains("本周修复"), "replied and published by the resumption");
    }
  }

  /** An undo that failed left an article up while its item waits, and another down while its item is published. */
  @Test
  void columnItemsAreMadeToMatchTheReviewAtStart() {
    String waitingId;
    String publishedId;
    try (PortalContext ctx = open()) {
      ReviewItem waiting = atLastStage(ctx, Draft.of(ItemKind.ARTICLE, "stray", "gzdt", "未签发的稿件", "尚未终审。"));
      waitingId = waiting.id();
      ctx.tables.putArticle(ReviewPublishing.article(waiting));
      ReviewItem item = atLastStage(ctx, Draft.of(ItemKind.ARTICLE, "lost", "gzdt", "已签发的稿件", "已经终审。"));
      publishedId = ctx.review.approve(Actor.of("签发人-secrecy", "secrecy"), item.id(), item.version(), "同意").id();
      ctx.tables.removeArticle("lost");
    }
    try (PortalContext ctx = open()) {
      assertEquals(ReviewState.IN_REVIEW, ctx.review.find(waitingId).orElseThrow().state());
      assertTrue(ctx.tables.article("stray").isEmpty(), "not public while it waits for 终审");
      assertEquals(ReviewState.PUBLISHED, ctx.review.find(publishedId).orElseThrow().state());
      assertTrue(ctx.tables.article("lost").isPresent(), "public again, as the review store says");
      assertTrue(searchFinds(ctx, "已签发的稿件", "lost"));
      assertTrue(!searchFinds(ctx, "未签发的稿件", "stray"));
      assertTrue(ctx.tables.articles().size() > 2, "the seeded column items are untouched");
    }
  }

  /** Stands for the process dying: not a RuntimeException, so no undo and no write-back run. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }
}
