package org.govsite.examples;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.govsite.core.CoreErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The portal's gate for every request (访问控制), before anything reads or screens a body:
 * <ol>
 *   <li>A state-changing request (anything but GET, HEAD, OPTIONS) whose {@code Origin} — or, when
 *       the browser sent none, {@code Referer} — names another site is refused, 403, pages and API.
 *   <li>The staff pages ({@code /editor}…) need a signed-in user: a GET without one is redirected
 *       to {@code /login?next=…}, any other method answers 401.
 *   <li>A page form sent by POST (not {@code /api}) must carry a {@code _csrf} token, else 403: a
 *       forged form changes nothing and is not even screened. A staff action ({@code /editor}…,
 *       {@code /logout}) needs the signed-in session's token; a public form takes it or this
 *       browser's stateless {@link FormTokens} token.
 *   <li>A page form the container cannot read (bad percent-encoding, too many fields, an unknown
 *       charset) answers the portal's Chinese 400 page, never the container's.
 * </ol>
 * The signed-in user is then visible to everything after as the request's {@link Principal} and roles
 * ({@code getUserPrincipal()}, {@code isUserInRole("mailbox")}).
 */
final class Guard implements Filter {
  private final PortalContext ctx;
  private final FormTokens tokens;

  Guard(PortalContext ctx, FormTokens tokens) {
    this.ctx = ctx;
    this.tokens = tokens;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse res = (HttpServletResponse) response;
    String method = req.getMethod().toUpperCase(Locale.ROOT);
    boolean safe = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    String path = req.getRequestURI();
    if (!safe && !sameSite(req)) {
      Refusals.send(ctx, req, res, CoreErrorCode.FORBIDDEN, "请求被拒绝",
          "请求来自其他网站，已拒绝 / refused: the request comes from another site", Duration.ZERO);
      return;
    }
    StaffSession.load(req, ctx.sessions);
    Optional<StaffUser> user = StaffSession.user(req);
    if (isStaffPath(path) && user.isEmpty()) {
      if (safe) {
        String next = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        res.setStatus(303);
        res.setHeader("Location", "/login?next=" + Html.url(next));
        return;
      }
      Refusals.send(ctx, req, res, CoreErrorCode.NOT_SIGNED_IN, "请先登录",
          "请先登录后再操作 / please sign in first", Duration.ZERO);
      return;
    }
    if (!safe && !ApiErrorHandler.isApi(req)) {
      @Nullable String sent;
      try {
        req.setCharacterEncoding(StandardCharsets.UTF_8.name());
        sent = req.getParameter(StaffSession.CSRF); // reads the whole form once: later readers get the parsed one
      } catch (RuntimeException e) {
        if (BodyLimitFilter.formTooLarge(e)) {
          throw e; // BodyLimitFilter answers 413
        }
        Refusals.send(ctx, req, res, CoreErrorCode.INVALID_INPUT, "请求有误",
            "表单内容无法读取（编码有误或字段过多），请返回页面重新填写 / the form could not be read (bad encoding or too many fields)",
            Duration.ZERO);
        return;
      }
      boolean staffForm = isStaffPath(path) || path.equals("/logout");
      if (!StaffSession.csrfValid(req, sent) && (staffForm || !tokens.valid(req, sent))) {
        Refusals.send(ctx, req, res, CoreErrorCode.FORBIDDEN, "页面已过期",
            "表单已过期或来源不明，请返回页面刷新后重新提交 / the form expired or was not sent from this site: reload the page and send it again",
            Duration.ZERO);
        return;
      }
    }
    chain.doFilter(user.isPresent() ? new Signed(req, user.get()) : req, response);
  }

  /** True for the staff pages. */
  static boolean isStaffPath(String path) {
    return path.equals("/editor") || path.startsWith("/editor/");
  }

  /**
   * True when the request names no other site: its {@code Origin} (or, without one, its {@code
   * Referer}) has this request's scheme, host and port, or neither header was sent (a program, not a
   * browser page of another site; the page forms still need their token).
   */
  static boolean sameSite(HttpServletRequest req) {
    @Nullable String origin = req.getHeader("Origin");
    @Nullable String source = origin != null ? origin : req.getHeader("Referer");
    if (source == null) {
      return true;
    }
    try {
      URI u = URI.create(source.strip());
      if (u.getScheme() == null || u.getHost() == null) {
        return false; // "null" (a sandboxed or file page) or garbage: not this site
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
      return scheme.equals(req.getScheme().toLowerCase(Locale.ROOT)) && u.getHost().equalsIgnoreCase(req.getServerName())
          && port == req.getServerPort();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The request as seen after sign-in: its principal and roles are the staff user's. */
  private static final class Signed extends HttpServletRequestWrapper {
    private final StaffUser user;

    Signed(HttpServletRequest req, StaffUser user) {
      super(req);
      this.user = user;
    }

    @Override
    public Principal getUserPrincipal() {
      return user;
    }

    @Override
    public String getRemoteUser() {
      return user.name();
    }

    @Override
    public boolean isUserInRole(String role) {
      try {
        return user.may(StaffRole.ofCode(role));
      } catch (RuntimeException e) {
        return false;
      }
    }
  }
}
