package org.govsite.examples;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govsite.core.ErrorCategory;
import org.govsite.core.GovSiteException;
import org.govsite.core.web.EdgeInput;

/** Routes the HTML pages; each answer is a complete UTF-8 page. */
final class PageServlet extends HttpServlet {
  private final transient PortalContext ctx;
  private final transient Pages pages;
  private final transient FormPages forms;
  private final transient EditorPage editor;

  PageServlet(PortalContext ctx) {
    this.ctx = ctx;
    this.pages = new Pages(ctx);
    this.forms = new FormPages(ctx);
    this.editor = new EditorPage(ctx);
  }

  /** A page's answer: status and HTML. */
  record Answer(int status, String html) {
    static Answer ok(String html) {
      return new Answer(200, html);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getRequestURI();
    handle(req, res, () -> switch (path) {
      case "/", "/index.html" -> pages.home();
      case "/article" -> pages.article(p(req, "id"));
      case "/column" -> pages.column(p(req, "id"));
      case "/xxgk" -> pages.catalogue(p(req, "topic"), p(req, "organ"), p(req, "year"));
      case "/xxgk/entry" -> pages.entry(p(req, "id"));
      case "/xxgk/guide" -> pages.guide();
      case "/search" -> pages.search(p(req, "q"), p(req, "kind"), p(req, "column"), p(req, "year"));
      case "/ysqgk" -> forms.requestForm(java.util.List.of(), "", "");
      case "/ysqgk/status" -> forms.requestStatus(p(req, "id"), p(req, "code"));
      case "/xinxiang" -> forms.mailbox(java.util.List.of(), java.util.Map.of());
      case "/xinxiang/status" -> forms.letterStatus(p(req, "id"), p(req, "code"));
      case "/xinxiang/letter" -> forms.publishedLetter(p(req, "id"));
      case "/xinxiang/list" -> forms.letterList();
      case "/jiucuo" -> forms.errorReportForm(p(req, "page"));
      case "/editor" -> editor.dashboard("");
      default -> notFound();
    });
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getRequestURI();
    handle(req, res, () -> switch (path) {
      case "/ysqgk" -> forms.submitRequest(p(req, "applicant"), p(req, "content"));
      case "/xinxiang" -> forms.submitLetter(req.getParameterMap());
      case "/jiucuo" -> forms.submitErrorReport(p(req, "page"), p(req, "description"));
      case "/editor/reply" -> editor.replyAndPublish(p(req, "id"), p(req, "reply"));
      default -> notFound();
    });
  }

  private Answer notFound() {
    return new Answer(404, Html.page(ctx, "页面不存在", "<p>您访问的页面不存在。<a href=\"/\">返回首页</a></p>"));
  }

  private static String p(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    return v == null ? "" : v.strip();
  }

  private interface Page {
    Answer render();
  }

  private void handle(HttpServletRequest req, HttpServletResponse res, Page page) throws IOException {
    Answer a;
    try {
      // The API's rule for a malformed query (EdgeInput): 400 naming the parameter, here as a page.
      EdgeInput.checkQuery(req.getQueryString());
      a = page.render();
    } catch (GovSiteException e) {
      ErrorCategory c = e.category();
      // A server fault's message may name tables or hosts: the page shows its category's words only.
      String shown = c.httpStatus() >= 500 ? c.description() : e.getMessage();
      String title = c == ErrorCategory.BAD_INPUT ? "输入有误" : c.httpStatus() >= 500 ? "暂时无法办理" : "操作未完成";
      a = new Answer(c.httpStatus(), Html.page(ctx, title, Html.errors(java.util.List.of(shown))));
    }
    res.setStatus(a.status());
    res.setContentType("text/html;charset=UTF-8");
    res.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'");
    res.getWriter().write(a.html());
  }
}
