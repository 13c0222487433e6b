package org.govsite.examples;

import static org.govsite.examples.Html.esc;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.site.ColumnFreshness;
import org.govsite.core.site.FreshnessVeto;
import org.govsite.core.site.SiteFreshnessVerdict;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.RequestStatus;
import org.govsite.examples.PageServlet.Answer;
import org.govsite.interaction.ChaseItem;
import org.govsite.interaction.Letter;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewStage;
import org.govsite.review.ReviewState;

/**
 * The editors' dashboard (编辑工作台): column freshness and the census verdict, the chase list of
 * letters, the requests' deadlines, the screening queue, the review queue's figures, and the reply
 * forms, whose replies go to review (答复审核中) before anything is public. Only signed-in staff
 * reach it ({@link Guard}); the letters' ids and the reply forms are shown to the mailbox role,
 * the screening queue and the review figures to the reviewing roles.
 */
final class EditorPage {
  /** Letters due within this many working days join the chase list (the mailbox module's warning rung). */
  static final int CHASE_WITHIN_WORKING_DAYS = 5;
  private final PortalContext ctx;
  private final ReviewPages review;
  private final AuthorPages authors;

  EditorPage(PortalContext ctx, ReviewPages review, AuthorPages authors) {
    this.ctx = ctx;
    this.review = review;
    this.authors = authors;
  }

  Answer dashboard(String notice, StaffUser user) {
    LocalDateTime now = ctx.now();
    StringBuilder b = new StringBuilder(notice.isEmpty() ? "" : "<div class=\"ok\" role=\"status\"><p>" + esc(notice) + "</p></div>");
    b.append("<form method=\"post\" action=\"/logout\"><p>当前用户：<strong id=\"staff-user\">").append(esc(user.name()))
        .append("</strong>（").append(esc(String.join("、", user.roles().stream().sorted().map(StaffRole::chinese).toList())))
        .append("）").append(user.may(StaffRole.ADMIN) ? "　<a href=\"/editor/audit\">操作记录</a>" : "")
        .append("　<button type=\"submit\">退出登录</button></p></form>");
    b.append("<nav aria-label=\"工作台\"><ul>").append(review.reviews(user) ? "<li><a href=\"/editor/review\">审核队列</a></li>" : "")
        .append(user.may(StaffRole.EDITOR) ? "<li><a href=\"/editor/article\">撰写稿件</a></li>" : "")
        .append("<li><a href=\"/editor/returned\">退回稿件</a></li></ul></nav>");
    SiteFreshnessVerdict v = ctx.freshness().evaluate(ctx.site.code(), now, ctx.freshnessPolicy);
    b.append("<section aria-labelledby=\"fresh\"><h2 id=\"fresh\">栏目更新情况（").append(esc(v.policyName())).append("）</h2>")
        .append("<p>普查结论：<strong id=\"census-verdict\" class=\"").append(v.passed() ? "green" : "red").append("\">")
        .append(v.passed() ? "合格" : "单项否决：不合格").append("</strong>　首页：").append(esc(v.homePage().status().chinese()))
        .append("</p>");
    for (FreshnessVeto veto : v.failedVetoes()) {
      b.append("<p class=\"red\">").append(esc(veto.code().chinese())).append("：").append(veto.count()).append(" 个栏目（阈值 ")
          .append(veto.threshold()).append("）</p>");
    }
    b.append("<table><caption>各栏目状态</caption><thead><tr><th scope=\"col\">栏目</th><th scope=\"col\">状态</th>")
        .append("<th scope=\"col\">最近发布</th><th scope=\"col\">信息条数</th><th scope=\"col\">超期时间</th></tr></thead><tbody>");
    for (ColumnFreshness c : v.columns()) {
      b.append("<tr><td>").append(esc(c.column().name())).append("</td><td>").append(esc(c.status().chinese())).append("</td><td>")
          .append(c.lastPublished().map(t -> t.format(Pages.DAY)).orElse("—")).append("</td><td>").append(c.itemCount())
          .append("</td><td>").append(c.staleAfter().map(t -> t.format(Pages.DAY)).orElse("—")).append("</td></tr>");
    }
    b.append("</tbody></table></section>");

    boolean mailbox = user.may(StaffRole.MAILBOX);
    if (mailbox) {
      b.append("<section aria-labelledby=\"chase\"><h2 id=\"chase\">催办清单（超期或 ").append(CHASE_WITHIN_WORKING_DAYS)
          .append(" 个工作日内到期的来信）</h2><table><thead><tr><th scope=\"col\">信件</th><th scope=\"col\">承办单位</th>")
          .append("<th scope=\"col\">答复期限</th><th scope=\"col\">剩余工作日</th><th scope=\"col\">预警</th></tr></thead><tbody>");
      for (Map.Entry<String, List<ChaseItem>> e : ctx.mailbox.index().chaseList(now, CHASE_WITHIN_WORKING_DAYS).entrySet()) {
        for (ChaseItem c : e.getValue()) {
          String subject = ctx.mailbox.find(c.letterId()).map(l -> ctx.mailbox.publicView().mask(l.subject())).orElse("");
          b.append("<tr><td>").append(esc(c.letterId())).append(" ").append(esc(subject)).append("</td><td>").append(esc(e.getKey()))
              .append("</td><td>").append(c.deadline()).append("</td><td>").append(c.overdue() ? "已超期" : String.valueOf(c.workingDaysLeft()))
              .append("</td><td class=\"").append(c.alarm().colour()).append("\">").append(esc(c.alarm().chinese())).append("</td></tr>");
        }
      }
      b.append("</tbody></table></section>");
    }

    b.append("<section aria-labelledby=\"reqs\"><h2 id=\"reqs\">依申请公开答复期限</h2><table><thead><tr><th scope=\"col\">编号</th>")
        .append("<th scope=\"col\">收到日期</th><th scope=\"col\">状态</th><th scope=\"col\">答复期限</th><th scope=\"col\">超期</th></tr></thead><tbody>");
    for (DisclosureRequest r : ctx.requests.all()) {
      RequestStatus s = ctx.requestTracker.status(r, ctx.today());
      b.append("<tr><td>").append(esc(r.id())).append("</td><td>").append(r.received()).append("</td><td>")
          .append(FormPages.stateName(s.state())).append("</td><td>").append(s.deadline().map(Object::toString).orElse("待补正"))
          .append("</td><td>").append(s.late() ? "<span class=\"red\">已超期</span>" : "否").append("</td></tr>");
    }
    b.append("</tbody></table></section>");

    if (review.reviews(user)) {
      b.append(review.statistics());
    }
    if (user.may(StaffRole.REVIEWER) || user.may(StaffRole.SECRECY) || mailbox) {
      b.append("<section aria-labelledby=\"queue\"><h2 id=\"queue\">待审核内容（筛查队列）</h2><table><thead><tr>")
          .append("<th scope=\"col\">类别</th><th scope=\"col\">编号</th><th scope=\"col\">摘要</th><th scope=\"col\">筛查意见</th>")
          .append("<th scope=\"col\">时间</th></tr></thead><tbody>");
      for (Tables.Held h : ctx.tables.held()) {
        b.append("<tr><td>").append(esc(h.kind())).append("</td><td>").append(esc(h.reference())).append("</td><td>")
            .append(esc(ctx.mailbox.publicView().mask(h.summary()))).append("</td><td>").append(esc(h.findings())).append("</td><td>")
            .append(h.at().format(Pages.DAY)).append("</td></tr>");
      }
      b.append("</tbody></table></section>");
    }

    if (!mailbox) {
      return Answer.ok(Html.page(ctx, "编辑工作台", b.toString()));
    }
    b.append("<section aria-labelledby=\"todo\"><h2 id=\"todo\">待答复来信</h2>");
    Map<String, ReviewItem> replies = authors.activeReplies();
    for (Letter l : ctx.mailbox.store().all()) {
      if (!AuthorPages.open(l)) {
        continue;
      }
      String legend = esc(l.id()) + " " + esc(ctx.mailbox.publicView().mask(l.subject()));
      Optional<ReviewItem> inReview = Optional.ofNullable(replies.get(l.id()));
      if (inReview.isPresent()) {
        ReviewItem i = inReview.get();
        b.append("<p class=\"in-review\" id=\"in-review-").append(esc(l.id())).append("\">").append(legend).append("：")
            .append(i.state() == ReviewState.RETURNED ? "答复已退回，<a href=\"/editor/returned\">修改后重新送审</a>"
                : "答复审核中（待" + esc(ctx.review.waitingStage(i).map(ReviewStage::name).orElse("")) + "）")
            .append("</p>");
        continue;
      }
      String id = "reply-" + l.id();
      b.append("<form method=\"post\" action=\"/editor/reply\"><fieldset><legend>").append(legend)
          .append("（").append(esc(l.state().chinese())).append("）</legend>")
          .append("<input type=\"hidden\" name=\"id\" value=\"").append(esc(l.id())).append("\">")
          .append(Html.field(id, "答复内容", "<textarea id=\"" + esc(id) + "\" name=\"reply\" rows=\"3\" cols=\"60\" required></textarea>"))
          .append("<p><button type=\"submit\">送审（初审、复审、终审后公开）</button></p></fieldset></form>");
    }
    b.append("</section>");
    return Answer.ok(Html.page(ctx, "编辑工作台", b.toString()));
  }

  /** Sends the reply for review (送审); the letter shows 答复审核中 until every stage has signed it off. */
  Answer submitReply(jakarta.servlet.http.HttpServletRequest req, String id, String reply, StaffUser user) {
    ReviewItem item = authors.submitReply(req, user, id, reply);
    return dashboard("答复已送审：" + id + "（答复审核中，待" + ctx.review.waitingStage(item).map(ReviewStage::name).orElse("")
        + "，各环节签发后公开）", user);
  }
}
