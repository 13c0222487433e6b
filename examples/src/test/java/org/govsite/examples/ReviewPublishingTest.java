package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.govsite.core.GovSiteException;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterState;
import org.govsite.interaction.RejectionReason;
import org.govsite.interaction.Submission;
import org.govsite.interaction.Transition;
import org.govsite.review.Actor;
import org.govsite.review.Draft;
import org.govsite.review.ItemKind;
import org.govsite.review.PublicationListener;
import org.govsite.review.ReviewErrorCode;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewState;
import org.govsite.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's publication listeners under the review module's undo rule: told twice, told to undo
 * ({@link PublicationListener#UNDONE}), told again; and a real listener failure that leaves the
 * item waiting for its last stage.
 */
class ReviewPublishingTest {
  @TempDir Path data;
  PortalContext ctx;

  @BeforeEach
  void open() {
    ctx = new PortalContext(PortalConfig.defaults().withPort(0).withDataDir(data));
  }

  @AfterEach
  void close() {
    ctx.close();
  }

  private Letter letter(String subject) {
    return ctx.mailbox.submit(new Submission(Seeder.MAILBOX, "consultation", subject, "请问" + subject + "？", "林某",
        "13800138006", "", "", "", "web", false), ctx.now().minusMinutes(5));
  }

  private ReviewItem published(Draft draft) {
    ReviewItem item = ctx.review.submit(Actor.of("作者", "mailbox", "editor"), draft);
    for (String role : new String[] {"reviewer", "approver", "secrecy"}) {
      item = ctx.review.approve(Actor.of("签发人-" + role, role), item.id(), item.version(), "同意");
    }
    return item;
  }

  private boolean searchFinds(String q, String id) {
    return ctx.search.search(SearchRequest.builder(q).limit(50).build()).hits().stream().anyMatch(h -> h.id().equals(id));
  }

  @Test
  void aLetterReplyToldTwiceUndoneAndToldAgainEndsPublishedOnce() {
    Letter l = letter("公交换乘咨询");
    ReviewItem item = published(Draft.of(ItemKind.LETTER_REPLY, l.id(), "关于公交换乘的答复", "可在汽车站换乘。"));
    assertEquals(ReviewState.PUBLISHED, item.state());
    Letter now = ctx.mailbox.find(l.id()).orElseThrow();
    assertTrue(now.visibleToPublic() && now.state() == LetterState.PUBLISHED && now.reply().contains("汽车站"));
    PublicationListener letters = new ReviewPublishing.LetterReplies(ctx);
    letters.published(item); // told twice: nothing is done again
    assertEquals(now.version(), ctx.mailbox.find(l.id()).orElseThrow().version());
    letters.withdrawn(item, PublicationListener.UNDONE);
    assertFalse(ctx.mailbox.find(l.id()).orElseThrow().visibleToPublic(), "an undo takes it down");
    assertFalse(searchFinds("公交换乘", l.id()));
    letters.published(item);
    assertTrue(ctx.mailbox.find(l.id()).orElseThrow().visibleToPublic(), "published again by deciding to publish");
    assertTrue(searchFinds("公交换乘", l.id()));
  }

  @Test
  void anArticleToldTwiceIsStoredOnceAndAnUndoRemovesIt() {
    ReviewItem item = published(Draft.of(ItemKind.ARTICLE, "rtest1", "gzdt", "县政府召开防汛工作会议", "会议部署防汛工作。"));
    PublicationListener articles = new ReviewPublishing.Articles(ctx);
    articles.published(item);
    assertEquals(1, ctx.tables.articles().stream().filter(a -> a.id().equals("rtest1")).count());
    assertTrue(searchFinds("防汛工作会议", "rtest1"));
    articles.withdrawn(item, PublicationListener.UNDONE);
    assertTrue(ctx.tables.article("rtest1").isEmpty());
    assertFalse(searchFinds("防汛工作会议", "rtest1"));
  }

  @Test
  void aLetterRejectedMeanwhileFailsThePublicationAndTheItemStillWaits() {
    Letter l = letter("广告推销");
    ReviewItem item = ctx.review.submit(Actor.of("作者", "mailbox"), Draft.of(ItemKind.LETTER_REPLY, l.id(), "答复", "已收到。"));
    item = ctx.review.approve(Actor.of("甲", "reviewer"), item.id(), item.version(), "");
    ReviewItem waiting = ctx.review.approve(Actor.of("乙", "approver"), item.id(), item.version(), "");
    ctx.mailbox.act(l.id(), l.version(), Transition.reject("受理员", ctx.now(), RejectionReason.SPAM, "与政务无关"));
    GovSiteException e = assertThrows(GovSiteException.class,
        () -> ctx.review.approve(Actor.of("丙", "secrecy"), waiting.id(), waiting.version(), "同意"));
    assertEquals(ReviewErrorCode.LISTENER_FAILED, e.code());
    assertEquals(ReviewState.IN_REVIEW, ctx.review.find(item.id()).orElseThrow().state(), "still waits for 终审");
    assertFalse(ctx.mailbox.find(l.id()).orElseThrow().visibleToPublic());
  }
}
