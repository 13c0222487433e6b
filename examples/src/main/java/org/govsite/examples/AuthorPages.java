package org.govsite.examples;

import static org.govsite.examples.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govsite.core.ConflictException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.site.Column;
import org.govsite.examples.PageServlet.Answer;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterState;
import org.govsite.review.Decision;
import org.govsite.review.Draft;
import org.govsite.review.ItemKind;
import org.govsite.review.ReviewEvent;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewState;

/**
 * The authors' side of review (送审): writing a column article, sending a letter's reply for
 * review, and the returned items (退回稿件) with the reviewer's opinion, to edit and resubmit.
 */
final class AuthorPages {
  private final PortalContext ctx;
  private final ReviewPages review;

  AuthorPages(PortalContext ctx, ReviewPages review) {
    this.ctx = ctx;
    this.review = review;
  }

  /** The article form: column, title, body. */
  Answer articleForm(String notice) {
    List<String[]> columns = new ArrayList<>();
    for (Column c : ctx.site.columns()) {
      columns.add(new String[] {c.id(), c.name()});
    }
    String body = (notice.isEmpty() ? "" : "<div class=\"ok\" role=\"status\"><p>" + esc(notice) + "</p></div>")
        + "<p><a href=\"/editor\">返回工作台</a>　<a href=\"/editor/returned\">退回稿件</a></p>"
        + "<form method=\"post\" action=\"/editor/article\"><fieldset><legend>栏目稿件（经初审、复审、终审后发布）</legend>"
        + Html.field("column", "栏目", Html.select("column", columns, ""))
        + Html.field("title", "标题", Html.text("title", "", true))
        + Html.field("body", "正文", Html.area("body", ""))
        + "<p><button type=\"submit\">送审</button></p></fieldset></form>";
    return Answer.ok(Html.page(ctx, "撰写稿件", body));
  }

  /** Submits an article for review; it is published into its column when every stage signs it off. */
  Answer submitArticle(HttpServletRequest req) {
    StaffUser u = StaffSession.require(req, StaffRole.EDITOR);
    String column = ReviewPages.param(req, "column");
    if (ctx.site.column(column).isEmpty()) {
      throw new InvalidInputException("column", "没有这个栏目 / no column " + column);
    }
    // The id the article keeps on its page, in search and in the freshness census.
    String id = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
    ReviewItem item = ctx.review.submit(ReviewPages.actor(u), Draft.of(ItemKind.ARTICLE, id, column,
        ReviewPages.param(req, "title"), ReviewPages.param(req, "body")));
    ctx.staff.record(u.name(), "submit-article", item.id(), req.getRemoteAddr(), ctx.now());
    return articleForm("已送审：" + item.draft().title() + "（待初审）");
  }

  /**
   * Sends a letter's reply for review instead of replying: nothing reaches the writer or the
   * public until every stage has signed it off ({@link ReviewPublishing.LetterReplies}).
   * Under a lock across every instance ({@link PortalLocks}): two clerks replying at once, on one
   * instance or two, must not both find the letter without a reply in review.
   */
  ReviewItem submitReply(HttpServletRequest req, StaffUser u, String letterId, String reply) {
    return ctx.locks.with("reply:" + letterId, () -> submitReplyLocked(req, u, letterId, reply));
  }

  private ReviewItem submitReplyLocked(HttpServletRequest req, StaffUser u, String letterId, String reply) {
    if (reply.isBlank()) {
      throw new InvalidInputException("reply", "答复内容不能为空 / the reply is empty");
    }
    Letter l = ctx.mailbox.find(letterId).orElseThrow(() -> new InvalidInputException("id", "没有这封来信 / no such letter: " + letterId));
    if (!open(l)) {
      throw new InvalidInputException("id", "这封来信不在待答复状态 / letter " + letterId + " awaits no reply");
    }
    if (activeReply(letterId).isPresent()) {
      throw new ConflictException(PortalErrorCode.REPLY_IN_REVIEW, "这封来信的答复正在审核或已退回修改 / the reply to " + letterId
          + " is in review or returned to its author");
    }
    String title = "关于“" + ctx.mailbox.publicView().mask(l.subject()) + "”的答复";
    ReviewItem item = ctx.review.submit(ReviewPages.actor(u), Draft.of(ItemKind.LETTER_REPLY, letterId, title, reply));
    ctx.staff.record(u.name(), "submit-reply", letterId, req.getRemoteAddr(), ctx.now());
    return item;
  }

  /** Returns the letter's reply that is in review or returned, if any. */
  java.util.Optional<ReviewItem> activeReply(String letterId) {
    return java.util.Optional.ofNullable(activeReplies().get(letterId));
  }

  /** Returns the replies in review or returned, by letter id (a letter has at most one). */
  java.util.Map<String, ReviewItem> activeReplies() {
    java.util.Map<String, ReviewItem> out = new java.util.HashMap<>();
    for (ReviewState state : new ReviewState[] {ReviewState.IN_REVIEW, ReviewState.RETURNED}) {
      ctx.reviewStore.list(state).stream().filter(i -> i.draft().kind() == ItemKind.LETTER_REPLY)
          .forEach(i -> out.put(i.draft().subjectId(), i));
    }
    return out;
  }

  /** The signed-in user's returned items, each with the opinion and a form to edit and resubmit. */
  Answer returned(StaffUser u, String notice) {
    StringBuilder b = new StringBuilder(notice.isEmpty() ? "" : "<div class=\"ok\" role=\"status\"><p>" + esc(notice) + "</p></div>");
    b.append("<p><a href=\"/editor\">返回工作台</a></p>");
    List<ReviewItem> mine = ctx.reviewStore.list(ReviewState.RETURNED).stream().filter(i -> i.author().equals(u.name())).toList();
    b.append("<p>退回稿件：<span id=\"returned-count\">").append(mine.size()).append("</span> 件</p>");
    for (ReviewItem i : mine) {
      List<ReviewEvent> h = ctx.review.history(i.id());
      ReviewEvent rejection = h.stream().filter(e -> e.decision() == Decision.REJECTED).reduce((x, y) -> y).orElseThrow();
      String id = i.id();
      b.append("<section aria-labelledby=\"h-").append(esc(id)).append("\"><h2 id=\"h-").append(esc(id)).append("\">")
          .append(esc(ReviewPages.kind(i.draft().kind()))).append("：").append(esc(i.draft().title())).append("</h2>")
          .append("<p class=\"red\">").append(esc(rejection.stage())).append("退回（").append(esc(rejection.actor()))
          .append("）：<span class=\"opinion\">").append(esc(rejection.opinion())).append("</span></p>");
      review.history(b, id);
      b.append("<form method=\"post\" action=\"/editor/resubmit/").append(esc(id)).append("\" data-subject=\"")
          .append(esc(i.draft().subjectId())).append("\"><fieldset><legend>修改后重新送审</legend>")
          .append("<input type=\"hidden\" name=\"version\" value=\"").append(i.version()).append("\">")
          .append(Html.field("title-" + id, "标题", "<input id=\"title-" + esc(id) + "\" name=\"title\" type=\"text\" value=\""
              + esc(i.draft().title()) + "\" required>"))
          .append(Html.field("body-" + id, "正文", "<textarea id=\"body-" + esc(id) + "\" name=\"body\" rows=\"6\" cols=\"60\" required>"
              + esc(i.draft().body()) + "</textarea>"))
          .append("<p><button type=\"submit\">重新送审</button></p></fieldset></form></section>");
    }
    return Answer.ok(Html.page(ctx, "退回稿件", b.toString()));
  }

  /** The author resubmits an edited text; review starts again at the first stage. */
  Answer resubmit(HttpServletRequest req, String id) {
    StaffUser u = StaffSession.user(req).orElseThrow();
    ReviewItem item = ctx.review.resubmit(ReviewPages.actor(u), id, ReviewPages.version(req), ReviewPages.param(req, "title"),
        ReviewPages.param(req, "body"));
    ctx.staff.record(u.name(), "resubmit", id, req.getRemoteAddr(), ctx.now());
    return returned(u, "已重新送审：" + item.draft().title() + "（第 " + item.round() + " 轮，待初审）");
  }

  /** Whether the letter may get a reply now. */
  static boolean open(Letter l) {
    return l.state() == LetterState.RECEIVED || l.state() == LetterState.ACCEPTED || l.state() == LetterState.ASSIGNED
        || l.state() == LetterState.EXTENDED;
  }
}
