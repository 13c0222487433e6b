package org.govsite.examples;

import static org.govsite.examples.Html.esc;
import static org.govsite.examples.Html.url;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govsite.core.FieldError;
import org.govsite.core.calendar.Deadline;
import org.govsite.core.InvalidInputException;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Channel;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.RequestStatus;
import org.govsite.examples.PageServlet.Answer;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.PublicLetter;
import org.govsite.interaction.Submission;
import org.govsite.interaction.render.PublicLetterRenderer;

/** The residents' forms: 依申请公开, 县长信箱, 我要纠错. Submissions reach here only after screening passed. */
final class FormPages {
  /** The most characters of a disclosure request's content (the request resource's own limit). */
  static final int MAX_REQUEST_CONTENT = 4000;
  private final PortalContext ctx;

  FormPages(PortalContext ctx) {
    this.ctx = ctx;
  }

  Answer requestForm(List<String> errors, String applicant, String content) {
    List<String[]> types = new ArrayList<>();
    for (ApplicantType t : ApplicantType.values()) {
      types.add(new String[] {t.code(), t == ApplicantType.OTHER_ORGANIZATION ? "其他组织" : t.label()});
    }
    String body = (errors.isEmpty() ? "" : Html.errors(errors))
        + "<p>请先阅读<a href=\"/xxgk/guide\">政府信息公开指南</a>。申请提交后，系统按工作日计算答复期限。</p>"
        + "<form method=\"post\" action=\"/ysqgk\"><fieldset><legend>政府信息公开申请</legend>"
        + Html.field("applicant", "申请人类型", Html.select("applicant", types, applicant))
        + Html.field("content", "所需信息的名称、文号或者便于查询的其他特征性描述", Html.area("content", content))
        + "<p><button type=\"submit\">提交申请</button></p></fieldset></form>"
        + "<form method=\"get\" action=\"/ysqgk/status\"><fieldset><legend>查询办理进度</legend>"
        + Html.field("rid", "申请编号", "<input id=\"rid\" name=\"id\" type=\"text\" required>")
        + Html.field("rcode", "查询码", "<input id=\"rcode\" name=\"code\" type=\"text\" required autocomplete=\"off\">")
        + "<p><button type=\"submit\">查询</button></p></fieldset></form>";
    return new Answer(errors.isEmpty() ? 200 : 400, Html.page(ctx, "依申请公开", body));
  }

  Answer submitRequest(String applicant, String content) {
    List<String> errors = new ArrayList<>();
    ApplicantType type = null;
    try {
      type = ApplicantType.fromCode(applicant);
    } catch (RuntimeException e) {
      errors.add("请选择申请人类型");
    }
    if (content.isBlank()) {
      errors.add("请填写所需信息的描述");
    } else if (content.length() > MAX_REQUEST_CONTENT) {
      errors.add("描述不能超过 " + MAX_REQUEST_CONTENT + " 字");
    }
    if (!errors.isEmpty() || type == null) {
      return requestForm(errors, applicant, content);
    }
    LocalDate today = ctx.today();
    DisclosureRequest r = ctx.requests.register(type, Channel.ONLINE, today, content);
    Screening.holdIfReview(ctx, "依申请公开", r.id(), content, Map.of("content", content), ctx.now());
    RequestStatus s = ctx.requestTracker.status(r, today);
    return Answer.ok(Html.page(ctx, "申请已提交", "<div class=\"ok\" role=\"status\"><p>申请编号：<strong id=\"request-id\">"
        + esc(r.id()) + "</strong></p><p>查询码：<strong id=\"request-code\">" + esc(r.queryCode())
        + "</strong>（请妥善保存，凭申请编号和查询码查询办理进度）</p><p>收到日期：" + today + "</p><p>答复期限：<strong id=\"deadline\">"
        + esc(s.deadline().map(Object::toString).orElse("待补正后计算")) + "</strong>" + (s.provisional() ? "（暂定）" : "")
        + "</p></div><p><a id=\"request-status-link\" href=\"/ysqgk/status?id=" + url(r.id()) + "&amp;code="
        + url(r.queryCode()) + "\">查看办理进度</a></p>"));
  }

  Answer requestStatus(String id, String code) {
    // The id and the code together, and one answer for an unknown id and a wrong code: request
    // numbers are sequential, so the number alone must reveal nothing.
    return ctx.requests.find(id, code).map(r -> {
      RequestStatus s = ctx.requestTracker.status(r, ctx.today());
      return Answer.ok(Html.page(ctx, "申请办理进度", "<table><tbody>" + row("申请编号", r.id()) + row("收到日期", r.received())
          + row("办理状态", stateName(s.state())) + row("答复期限", s.deadline().map(Object::toString).orElse("待补正后计算"))
          + row("是否超期", s.late() ? "已超期" : "未超期") + row("办理结果", s.outcome().map(o -> o.label()).orElse("办理中"))
          + "</tbody></table>"));
    }).orElse(new Answer(404, Html.page(ctx, "未找到申请", "<p>申请编号或查询码不正确。</p>")));
  }

  static String stateName(RequestStatus.State s) {
    return switch (s) {
      case OPEN -> "办理中";
      case AWAITING_CORRECTION -> "待补正";
      case IN_CONSULTATION -> "征求意见中";
      case ANSWERED -> "已答复";
      case WITHDRAWN -> "已撤回";
    };
  }

  Answer mailbox(List<String> errors, Map<String, String[]> values) {
    List<String[]> types = new ArrayList<>();
    for (LetterType t : LetterType.values()) {
      types.add(new String[] {t.code(), t.chinese()});
    }
    StringBuilder b = new StringBuilder(errors.isEmpty() ? "" : Html.errors(errors));
    b.append("<form method=\"post\" action=\"/xinxiang\"><fieldset><legend>写信</legend>")
        .append(Html.field("type", "来信类型", Html.select("type", types, v(values, "type"))))
        .append(Html.field("subject", "标题", Html.text("subject", v(values, "subject"), true)))
        .append(Html.field("body", "内容", Html.area("body", v(values, "body"))))
        .append(Html.field("name", "姓名", Html.text("name", v(values, "name"), true)))
        .append(Html.field("phone", "手机或电话", Html.text("phone", v(values, "phone"), false)))
        .append(Html.field("email", "电子邮箱", Html.text("email", v(values, "email"), false)))
        .append("<p><input id=\"keepPrivate\" name=\"keepPrivate\" type=\"checkbox\" value=\"yes\"")
        .append(v(values, "keepPrivate").isEmpty() ? "" : " checked").append("> <label for=\"keepPrivate\" class=\"inline\">不愿公开</label></p>")
        .append("<p><button type=\"submit\">提交来信</button></p></fieldset></form>")
        .append("<form method=\"get\" action=\"/xinxiang/status\"><fieldset><legend>查询来信办理情况</legend>")
        .append(Html.field("lid", "信件编号", "<input id=\"lid\" name=\"id\" type=\"text\" required>"))
        .append(Html.field("code", "查询码", "<input id=\"code\" name=\"code\" type=\"text\" required>"))
        .append("<p><button type=\"submit\">查询</button></p></fieldset></form><h2>已公开的来信和答复</h2>")
        .append("<p><a href=\"/xinxiang/list\">来信答复列表</a></p>");
    for (PublicLetter l : ctx.mailbox.published(1, 20).letters()) {
      b.append(PublicLetterRenderer.html(l));
    }
    return new Answer(errors.isEmpty() ? 200 : 400, Html.page(ctx, "县长信箱", b.toString()));
  }

  /** The public list of answered letters: subject, received and replied days (masked public view). */
  Answer letterList() {
    StringBuilder b = new StringBuilder("<table class=\"letters\"><caption>来信答复列表</caption><thead><tr>"
        + "<th scope=\"col\">标题</th><th scope=\"col\">类型</th><th scope=\"col\">来信日期</th><th scope=\"col\">答复日期</th>"
        + "</tr></thead><tbody>");
    for (PublicLetter l : ctx.mailbox.published(1, 100).letters()) {
      b.append("<tr><td class=\"subject\"><a href=\"/xinxiang/letter?id=").append(url(l.id())).append("\">").append(esc(l.subject()))
          .append("</a></td><td>").append(esc(l.type().chinese())).append("</td><td class=\"received\">").append(l.received())
          .append("</td><td class=\"replied\">").append(l.replied()).append("</td></tr>");
    }
    return Answer.ok(Html.page(ctx, "来信答复列表", b.append("</tbody></table>").toString()));
  }

  private static String v(Map<String, String[]> values, String key) {
    String[] a = values.get(key);
    return a == null || a.length == 0 || a[0] == null ? "" : a[0];
  }

  Answer submitLetter(Map<String, String[]> p) {
    Submission s = new Submission("县长信箱", v(p, "type"), v(p, "subject"), v(p, "body"), v(p, "name"), v(p, "phone"),
        v(p, "email"), "", "", "web", !v(p, "keepPrivate").isEmpty());
    List<FieldError> faults = ctx.mailbox.validate(s);
    if (!faults.isEmpty()) {
      return mailbox(faults.stream().map(f -> Screening.fieldName(f.field()) + "：" + f.message()).toList(), p);
    }
    LocalDateTime now = ctx.now();
    Letter l = ctx.mailbox.submit(s, now);
    boolean held = Screening.holdIfReview(ctx, "县长信箱来信", l.id(), s.subject(),
        Map.of("subject", s.subject(), "body", s.body()), now);
    Deadline d = ctx.mailbox.tracker().deadline(l).deadline();
    return Answer.ok(Html.page(ctx, "来信已收到", "<div class=\"ok\" role=\"status\"><p>信件编号：<strong id=\"letter-id\">"
        + esc(l.id()) + "</strong></p><p>查询码：<strong id=\"query-code\">" + esc(l.queryCode())
        + "</strong>（请妥善保存，凭编号和查询码查询办理情况）</p><p>答复期限：<strong id=\"deadline\">" + d.date() + "</strong>"
        + (d.provisional() ? "（暂定）" : "") + "</p>" + (held ? "<p>您的来信含有需要人工审核的内容，公开前将由工作人员处理。</p>" : "")
        + "</div><p><a id=\"status-link\" href=\"/xinxiang/status?id=" + url(l.id()) + "&amp;code=" + url(l.queryCode())
        + "\">查看办理情况</a></p>"));
  }

  Answer letterStatus(String id, String code) {
    return ctx.mailbox.status(id, code).map(s -> Answer.ok(Html.page(ctx, "来信办理情况", "<table><tbody>"
        + row("信件编号", s.id()) + row("办理状态", s.stateName()) + row("收信时间", s.received().format(Pages.DAY))
        + row("答复期限", s.deadline() + (s.provisional() ? "（暂定）" : "")) + row("答复内容", s.reply().isEmpty() ? "尚未答复" : s.reply())
        + "</tbody></table>")))
        .orElse(new Answer(404, Html.page(ctx, "未找到来信", "<p>信件编号或查询码不正确。</p>")));
  }

  Answer publishedLetter(String id) {
    return ctx.mailbox.find(id).flatMap(l -> ctx.mailbox.publicView().of(l))
        .map(l -> Answer.ok(Html.page(ctx, l.subject(), "<h2>来信与答复</h2>" + PublicLetterRenderer.html(l))))
        .orElse(new Answer(404, Html.page(ctx, "信件未公开", "<p>没有这封已公开的来信。</p>")));
  }

  Answer errorReportForm(String page) {
    return Answer.ok(Html.page(ctx, "我要纠错", "<p>发现本站有错别字、链接错误或信息过期，请告诉我们。</p>"
        + "<form method=\"post\" action=\"/jiucuo\"><fieldset><legend>网站纠错</legend>"
        + Html.field("page", "页面地址", Html.text("page", page, false))
        + Html.field("description", "问题描述", Html.area("description", ""))
        + "<p><button type=\"submit\">提交</button></p></fieldset></form>"));
  }

  Answer submitErrorReport(String page, String description) {
    if (description.isBlank()) {
      throw new InvalidInputException("description", "请填写问题描述");
    }
    if (page.length() > Tables.MAX_REFERENCE) {
      throw new InvalidInputException("page", "页面地址不能超过 " + Tables.MAX_REFERENCE + " 个字符");
    }
    ctx.tables.hold("网民纠错", page.isBlank() ? "/" : page, description, "网民纠错，待核实", ctx.now());
    return Answer.ok(Html.page(ctx, "感谢您的纠错", "<div class=\"ok\" role=\"status\"><p>已收到，我们将尽快核实处理。</p></div>"));
  }

  private static String row(String label, Object value) {
    return "<tr><th scope=\"row\">" + esc(label) + "</th><td>" + esc(value) + "</td></tr>";
  }
}
