package org.govsite.examples;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsite.core.ErrorCategory;
import org.govsite.core.GovSiteException;
import org.govsite.core.TooManyRequestsException;
import org.govsite.core.web.EdgeInput;

/** Routes the HTML pages; each answer is a complete UTF-8 page. */
final class PageServlet extends HttpServlet {
  private final transient PortalContext ctx;
  private final transient Pages pages;
  private final transient ServiceGuides guides;
  private final transient FormPages forms;
  private final transient EditorPage editor;
  private final transient LoginPage login;
  private final transient AuditPage audit;
  private final transient ReviewPages review;
  private final transient AuthorPages authors;
  private final transient FormTokens tokens;
  /** The opening tag of every form sent by POST: the session's {@code _csrf} token follows it. */
  private static final Pattern POST_FORM = Pattern.compile("<form method=\"post\"[^>]*>");

  PageServlet(PortalContext ctx, FormTokens tokens) {
    this.ctx = ctx;
    this.tokens = tokens;
    this.pages = new Pages(ctx);
    this.guides = new ServiceGuides(ctx);
    this.forms = new FormPages(ctx);
    this.review = new ReviewPages(ctx);
    this.authors = new AuthorPages(ctx, review);
    this.editor = new EditorPage(ctx, review, authors);
    this.login = new LoginPage(ctx);
    this.audit = new AuditPage(ctx);
  }

  /** Thrown by a page to answer 303 to a path on this site. */
  static final class Redirect extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Redirect(String path) {
      super(path, null, false, false);
    }
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
    if (path.equals(Html.STYLESHEET)) {
      res.setContentType("text/css;charset=UTF-8");
      res.setHeader("Cache-Control", "max-age=3600");
      res.getOutputStream().write(Html.CSS.getBytes(StandardCharsets.UTF_8));
      return;
    }
    handle(req, res, () -> switch (path) {
      case "/", "/index.html" -> pages.home();
      case "/article" -> pages.article(p(req, "id"));
      case "/column" -> pages.column(p(req, "id"));
      case "/bszn" -> guides.list();
      case "/bszn/guide" -> guides.guide(p(req, "id"));
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
      case "/login" -> login.form(p(req, "next"), java.util.List.of(), "");
      case "/editor" -> editor.dashboard("", StaffSession.user(req).orElseThrow());
      case "/editor/audit" -> {
        StaffSession.require(req, StaffRole.ADMIN);
        yield audit.log();
      }
      case "/editor/review" -> review.queue(review.requireReviewer(req), "");
      case "/editor/returned" -> authors.returned(StaffSession.user(req).orElseThrow(), "");
      case "/editor/article" -> {
        StaffSession.require(req, StaffRole.EDITOR);
        yield authors.articleForm("");
      }
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
      case "/login" -> login.signIn(req, res, p(req, "username"), req.getParameter("password") == null ? ""
          : req.getParameter("password"), p(req, "next"));
      case "/logout" -> login.signOut(req, res);
      case "/editor/reply" -> {
        StaffUser u = StaffSession.require(req, StaffRole.MAILBOX);
        ctx.staff.record(u.name(), "reply", p(req, "id"), req.getRemoteAddr(), ctx.now());
        yield editor.submitReply(req, p(req, "id"), p(req, "reply"), u);
      }
      case "/editor/article" -> authors.submitArticle(req);
      default -> reviewPost(req, path);
    });
  }

  /** The review decisions addressed by item id: {@code /editor/review/{id}}, {@code /editor/withdraw/{id}}, {@code /editor/resubmit/{id}}. */
  private Answer reviewPost(HttpServletRequest req, String path) {
    int slash = path.lastIndexOf('/');
    String id = path.substring(slash + 1);
    if (id.isEmpty()) {
      return notFound();
    }
    return switch (path.substring(0, slash)) {
      case "/editor/review" -> review.decide(req, id);
      case "/editor/withdraw" -> review.withdraw(req, id);
      case "/editor/resubmit" -> authors.resubmit(req, id);
      default -> notFound();
    };
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
    } catch (Redirect r) {
      res.setStatus(303);
      res.setHeader("Location", r.getMessage());
      return;
    } catch (GovSiteException e) {
      ErrorCategory c = e.category();
      // A server fault's message may name tables or hosts: the page shows its category's words only.
      String shown = c.httpStatus() >= 500 ? c.description() : e.getMessage();
      String title = switch (c) {
        case BAD_INPUT -> "输入有误";
        case UNAUTHENTICATED -> "请先登录";
        case FORBIDDEN -> "没有权限";
        case TOO_MANY_REQUESTS -> "请稍后再试";
        default -> c.httpStatus() >= 500 ? "暂时无法办理" : "操作未完成";
      };
      a = new Answer(c.httpStatus(), Html.page(ctx, title, Html.errors(java.util.List.of(shown))
          + (c == ErrorCategory.UNAUTHENTICATED ? "<p><a href=\"/login\">登录</a></p>" : "")));
      if (e instanceof TooManyRequestsException t) {
        res.setHeader("Retry-After", String.valueOf(t.retryAfterSeconds()));
      }
    }
    res.setStatus(a.status());
    res.setContentType("text/html;charset=UTF-8");
    res.getWriter().write(withTokens(req, res, a.html()));
  }

  /**
   * Puts a form token into every POST form of the page: the signed-in session's, else this browser's
   * stateless one ({@link FormTokens}: a cookie, no session).
   */
  private String withTokens(HttpServletRequest req, HttpServletResponse res, String html) {
    Matcher m = POST_FORM.matcher(html);
    if (!m.find()) {
      return html;
    }
    String token = StaffSession.csrfToken(req).orElseGet(() -> tokens.token(req, res));
    String field = "<input type=\"hidden\" name=\"" + StaffSession.CSRF + "\" value=\"" + token + "\">";
    StringBuilder out = new StringBuilder();
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group() + field));
    } while (m.find());
    return m.appendTail(out).toString();
  }
}
