package org.govsite.examples;

import static org.govsite.examples.Html.esc;

import org.govsite.examples.PageServlet.Answer;

/** The staff action log (工作人员操作记录), newest first, for {@link StaffRole#ADMIN} at {@code /editor/audit}. */
final class AuditPage {
  /** The most actions shown. */
  static final int SHOWN = 500;
  private final PortalContext ctx;

  AuditPage(PortalContext ctx) {
    this.ctx = ctx;
  }

  Answer log() {
    StringBuilder b = new StringBuilder("<p>最近 " + SHOWN + " 条操作记录（只增不改）。</p><table><caption>操作记录</caption><thead><tr>"
        + "<th scope=\"col\">时间</th><th scope=\"col\">账号</th><th scope=\"col\">操作</th><th scope=\"col\">对象</th>"
        + "<th scope=\"col\">地址</th></tr></thead><tbody>");
    for (StaffStore.Action a : ctx.staff.actions(SHOWN)) {
      b.append("<tr><td>").append(esc(a.at().toString().replace('T', ' '))).append("</td><td>").append(esc(a.user()))
          .append("</td><td class=\"action\">").append(esc(a.action())).append("</td><td>").append(esc(a.target()))
          .append("</td><td>").append(esc(a.address())).append("</td></tr>");
    }
    return Answer.ok(Html.page(ctx, "操作记录", b.append("</tbody></table>").toString()));
  }
}
