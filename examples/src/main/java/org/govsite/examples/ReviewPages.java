package org.govsite.examples;

import static org.govsite.examples.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.AccessDeniedException;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.InvalidInputException;
import org.govsite.core.screening.Finding;
import org.govsite.examples.PageServlet.Answer;
import org.govsite.review.Actor;
import org.govsite.review.Decision;
import org.govsite.review.ItemKind;
import org.govsite.review.QueueStatistics;
import org.govsite.review.ReviewEvent;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewStage;
import org.govsite.review.ReviewState;
import org.govsite.review.StageStatistics;

/**
 * The review pages (审核): the queue of the signed-in reviewer's stage with each item's text,
 * findings and history, the decision, withdrawal (撤稿) of published items, and the queue
 * statistics the dashboard shows. Who may decide what is the review module's rule
 * ({@link org.govsite.review.ReviewWorkflow}); the pages only check that a reviewing role is held.
 */
final class ReviewPages {
  /** The form field prefix of an acknowledgement: {@code ack:} and the finding's rule. */
  static final String ACK = "ack:";
  private final PortalContext ctx;

  ReviewPages(PortalContext ctx) {
    this.ctx = ctx;
  }

  /** Returns the actor the review module sees: the user's name and every portal role they may act in. */
  static Actor actor(StaffUser user) {
    List<String> roles = new ArrayList<>();
    for (StaffRole r : StaffRole.values()) {
      if (user.may(r)) {
        roles.add(r.code());
      }
    }
    return Actor.of(user, roles);
  }

  /** Returns whether the user holds a role of some review stage. */
  boolean reviews(StaffUser user) {
    Actor a = actor(user);
    return ctx.review.stages().stages().stream().anyMatch(s -> a.has(s.role()));
  }

  /** The signed-in user when they hold a reviewing role; else 401 or 403. */
  StaffUser requireReviewer(HttpServletRequest req) {
    StaffUser u = StaffSession.user(req).orElseThrow(() -> new AccessDeniedException(CoreErrorCode.NOT_SIGNED_IN,
        "请先登录 / please sign in first"));
    if (!reviews(u)) {
      throw new AccessDeniedException(CoreErrorCode.FORBIDDEN, "您没有审核权限（初审、审核签发或保密审查） / you hold no review role");
    }
    return u;
  }

  /** The queue of the user's stages, and the published items an approver may withdraw. */
  Answer queue(StaffUser user, String notice) {
    Actor actor = actor(user);
    List<ReviewItem> items = ctx.review.queue(actor);
    StringBuilder b = new StringBuilder(notice.isEmpty() ? "" : "<div class=\"ok\" role=\"status\"><p>" + esc(notice) + "</p></div>");
    b.append("<p>当前用户：<strong id=\"staff-user\">").append(esc(user.name())).append("</strong>　<a href=\"/editor\">返回工作台</a></p>");
    b.append("<p>待您审核：<span id=\"queue-size\">").append(items.size()).append("</span> 件</p>");
    for (ReviewItem i : items) {
      item(b, i);
    }
    if (actor.has(org.govsite.review.ReviewStages.APPROVER)) {
      b.append("<section aria-labelledby=\"published\"><h2 id=\"published\">已发布稿件（撤稿）</h2>");
      for (ReviewItem i : ctx.reviewStore.list(ReviewState.PUBLISHED)) {
        String id = "withdraw-" + i.id();
        b.append("<form method=\"post\" action=\"/editor/withdraw/").append(esc(i.id())).append("\" data-subject=\"")
            .append(esc(i.draft().subjectId())).append("\"><fieldset><legend>").append(esc(kind(i.draft().kind()))).append("：")
            .append(esc(publicText(i.draft().title()))).append("</legend><input type=\"hidden\" name=\"version\" value=\"")
            .append(i.version()).append("\">")
            .append(Html.field(id, "撤稿理由", "<input id=\"" + esc(id) + "\" name=\"reason\" type=\"text\" required>"))
            .append("<p><button type=\"submit\">撤稿</button></p></fieldset></form>");
      }
      b.append("</section>");
    }
    return Answer.ok(Html.page(ctx, "审核队列", b.toString()));
  }

  private void item(StringBuilder b, ReviewItem i) {
    ReviewStage stage = ctx.review.waitingStage(i).orElseThrow();
    String id = i.id();
    b.append("<section class=\"review-item\" aria-labelledby=\"h-").append(esc(id)).append("\"><h2 id=\"h-").append(esc(id))
        .append("\">").append(esc(kind(i.draft().kind()))).append("：").append(esc(i.draft().title())).append("</h2><p>待")
        .append("<strong class=\"stage\">").append(esc(stage.name())).append("</strong>").append(stage.secrecyReview() ? "（含保密审查）" : "")
        .append("　送审人：").append(esc(i.author())).append("　第 ").append(i.round()).append(" 轮　送审时间：")
        .append(esc(LocalDateTime.ofInstant(i.submitted(), PortalContext.BEIJING).withNano(0))).append("</p>");
    if (i.draft().kind() == ItemKind.LETTER_REPLY) {
      ctx.mailbox.find(i.draft().subjectId()).ifPresent(l -> b.append("<p>来信（").append(esc(l.id())).append("）：")
          .append(esc(ctx.mailbox.publicView().mask(l.subject()))).append("——").append(esc(ctx.mailbox.publicView().mask(l.body())))
          .append("</p>"));
    } else if (i.draft().hasColumn()) {
      b.append("<p>栏目：").append(esc(ctx.site.column(i.draft().columnId()).map(c -> c.name()).orElse(i.draft().columnId())))
          .append("</p>");
    }
    b.append("<blockquote class=\"text\">").append(esc(i.draft().body())).append("</blockquote>");
    List<Finding> findings = ctx.review.reviewFindings(id);
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    findings.forEach(f -> byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f));
    if (!byRule.isEmpty()) {
      b.append("<p class=\"yellow\">筛查发现 ").append(byRule.size()).append(" 类待审查内容")
          .append(stage.secrecyReview() ? "，须逐项写明可以发布的理由：" : "，由保密审查逐项确认：").append("</p><ul class=\"findings\">");
      for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
        Finding f = e.getValue().get(0);
        b.append("<li>").append(esc(Screening.categoryName(f.category().id()))).append("：“").append(esc(f.displayText()))
            .append("”").append(e.getValue().size() > 1 ? "等 " + e.getValue().size() + " 处" : "").append("</li>");
      }
      b.append("</ul>");
    }
    history(b, id);
    b.append("<form method=\"post\" action=\"/editor/review/").append(esc(id)).append("\" id=\"review-").append(esc(id))
        .append("\" data-subject=\"").append(esc(i.draft().subjectId())).append("\"><fieldset><legend>").append(esc(stage.name()))
        .append("意见</legend><input type=\"hidden\" name=\"version\" value=\"").append(i.version()).append("\">");
    if (stage.secrecyReview()) {
      int n = 0;
      for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
        String fid = "ack-" + id + "-" + n++;
        b.append(Html.field(fid, "确认理由：" + Screening.categoryName(e.getValue().get(0).category().id()) + "“"
            + e.getValue().get(0).displayText() + "”", "<input id=\"" + esc(fid) + "\" class=\"ack\" name=\"" + esc(ACK + e.getKey())
            + "\" type=\"text\">"));
      }
    }
    b.append("<p><input type=\"radio\" name=\"decision\" value=\"approve\" id=\"approve-").append(esc(id)).append("\" checked>")
        .append("<label class=\"inline\" for=\"approve-").append(esc(id)).append("\">通过</label> <input type=\"radio\" name=\"decision\" ")
        .append("value=\"reject\" id=\"reject-").append(esc(id)).append("\"><label class=\"inline\" for=\"reject-").append(esc(id))
        .append("\">退回</label></p>")
        .append(Html.field("opinion-" + id, "审核意见（退回时必填）", "<textarea id=\"opinion-" + esc(id)
            + "\" name=\"opinion\" rows=\"2\" cols=\"60\"></textarea>"))
        .append("<p><button type=\"submit\">提交审核意见</button></p></fieldset></form></section>");
  }

  /** Appends the item's history table (who, when, stage, decision, opinion, acknowledgements). */
  void history(StringBuilder b, String id) {
    b.append("<table class=\"history\"><caption>审核记录</caption><thead><tr><th scope=\"col\">时间</th><th scope=\"col\">人员</th>")
        .append("<th scope=\"col\">环节</th><th scope=\"col\">操作</th><th scope=\"col\">意见</th></tr></thead><tbody>");
    for (ReviewEvent e : ctx.review.history(id)) {
      StringBuilder acks = new StringBuilder();
      e.acknowledgements().forEach((rule, reason) -> acks.append("；确认“").append(rule).append("”：").append(reason));
      b.append("<tr><td>").append(esc(LocalDateTime.ofInstant(e.at(), PortalContext.BEIJING).withNano(0))).append("</td><td>")
          .append(esc(e.actor())).append("</td><td>").append(esc(e.stage())).append("</td><td>").append(decision(e.decision()))
          .append("</td><td>").append(esc(publicText(e.opinion()) + acks)).append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  /** Decides the item: approve (with the acknowledgements) or reject; every decision goes to the staff log. */
  Answer decide(HttpServletRequest req, String id) {
    StaffUser u = requireReviewer(req);
    String decision = param(req, "decision");
    String opinion = param(req, "opinion");
    long version = version(req);
    Actor actor = actor(u);
    ReviewItem done;
    if (decision.equals("approve")) {
      Map<String, String> acks = new LinkedHashMap<>();
      req.getParameterMap().forEach((k, v) -> {
        if (k.startsWith(ACK) && v.length > 0 && !v[0].isBlank()) {
          acks.put(k.substring(ACK.length()), v[0].strip());
        }
      });
      done = ctx.review.approve(actor, id, version, opinion, acks);
    } else if (decision.equals("reject")) {
      done = ctx.review.reject(actor, id, version, opinion);
    } else {
      throw new InvalidInputException("decision", "请选择通过或退回 / decision must be approve or reject");
    }
    ctx.staff.record(u.name(), "review-" + decision, id, req.getRemoteAddr(), ctx.now());
    String what = switch (done.state()) {
      case PUBLISHED -> "已签发，稿件已发布";
      case RETURNED -> "已退回作者";
      default -> "已通过，转" + ctx.review.waitingStage(done).map(ReviewStage::name).orElse("下一环节");
    };
    return queue(u, what + "：" + publicText(done.draft().title()));
  }

  /** Takes a published item down (撤稿): role approver, a reason; the listeners remove it everywhere. */
  Answer withdraw(HttpServletRequest req, String id) {
    StaffUser u = StaffSession.require(req, StaffRole.APPROVER);
    ReviewItem done = ctx.review.withdraw(actor(u), id, version(req), param(req, "reason"));
    ctx.staff.record(u.name(), "withdraw", id, req.getRemoteAddr(), ctx.now());
    return queue(u, "已撤稿：" + publicText(done.draft().title()));
  }

  /** The queue figures for the dashboard: waiting, decisions and time per stage, the oldest item. */
  String statistics() {
    QueueStatistics s = ctx.review.statistics();
    StringBuilder b = new StringBuilder("<section aria-labelledby=\"review-stats\"><h2 id=\"review-stats\">审核队列</h2>")
        .append("<p><a href=\"/editor/review\">进入审核队列</a>　待审合计：<span id=\"review-waiting\">").append(s.waiting())
        .append("</span> 件　等待最久：").append(s.oldestItemId().isPresent() ? duration(s.oldestWaiting()) : "—").append("</p>")
        .append("<table><thead><tr><th scope=\"col\">环节</th><th scope=\"col\">待审</th><th scope=\"col\">已审</th>")
        .append("<th scope=\"col\">用时中位数</th><th scope=\"col\">平均用时</th></tr></thead><tbody>");
    for (StageStatistics st : s.stages()) {
      b.append("<tr><td>").append(esc(st.stage())).append("</td><td id=\"waiting-").append(esc(st.stage())).append("\">")
          .append(st.waiting()).append("</td><td>").append(st.decisions()).append("</td><td>").append(duration(st.medianTime()))
          .append("</td><td>").append(duration(st.meanTime())).append("</td></tr>");
    }
    return b.append("</tbody></table></section>").toString();
  }

  static String duration(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + " 分钟";
    }
    return minutes < 24 * 60 ? d.toHours() + " 小时 " + d.toMinutesPart() + " 分钟" : d.toDays() + " 天 " + d.toHoursPart() + " 小时";
  }

  static String kind(ItemKind kind) {
    return switch (kind) {
      case ARTICLE -> "栏目稿件";
      case LETTER_REPLY -> "来信答复";
      case CATALOGUE_ENTRY -> "公开目录信息";
      case ANNUAL_REPORT -> "年度报告";
    };
  }

  static String decision(Decision d) {
    return switch (d) {
      case SUBMITTED -> "送审";
      case APPROVED -> "通过";
      case REJECTED -> "退回";
      case RESUBMITTED -> "重新送审";
      case WITHDRAWN -> "撤稿";
      case PUBLISHED -> "发布完成";
      case PUBLICATION_FAILED -> "发布失败，已恢复待终审";
      case TAKEN_DOWN -> "撤稿完成";
      case WITHDRAWAL_FAILED -> "撤稿失败，已恢复发布";
    };
  }

  /** A staff page shows personal data masked too (a title, an opinion may quote a letter). */
  private String publicText(String s) {
    return ctx.mailbox.publicView().mask(s);
  }

  static long version(HttpServletRequest req) {
    try {
      return Long.parseLong(param(req, "version"));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("version", "缺少稿件版本 / version must be the number the page showed");
    }
  }

  static String param(HttpServletRequest req, String name) {
    return Optional.ofNullable(req.getParameter(name)).map(String::strip).orElse("");
  }
}
