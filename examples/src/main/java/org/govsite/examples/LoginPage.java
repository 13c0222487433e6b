package org.govsite.examples;

import static org.govsite.examples.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.TooManyRequestsException;
import org.govsite.examples.PageServlet.Answer;

/**
 * Staff sign-in and sign-out (工作人员登录): {@code GET /login}, {@code POST /login} with {@code
 * username}, {@code password}, {@code _csrf}; {@code POST /logout}. A failed sign-in says only that
 * the name or password is wrong, whether or not the account exists, and counts towards the account's
 * and the address's throttle (429 with {@code Retry-After} once reached).
 */
final class LoginPage {
  private final PortalContext ctx;

  LoginPage(PortalContext ctx) {
    this.ctx = ctx;
  }

  Answer form(String next, List<String> errors, String username) {
    String hint = ctx.staff.all().isEmpty()
        ? "<p>本站还没有工作人员账号。请在服务器上用 <code>govsite staff add 账号名 --role admin --data 数据目录</code> 添加（停止门户后执行）。</p>"
        : "";
    String body = (errors.isEmpty() ? "" : Html.errors(errors)) + hint
        + "<form method=\"post\" action=\"/login\"><fieldset><legend>工作人员登录</legend>"
        + "<input type=\"hidden\" name=\"next\" value=\"" + esc(safeNext(next)) + "\">"
        + Html.field("username", "账号", "<input id=\"username\" name=\"username\" type=\"text\" value=\"" + esc(username)
            + "\" autocomplete=\"username\" required>")
        + Html.field("password", "密码", "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
        + "<p><button type=\"submit\">登录</button></p></fieldset></form>";
    return new Answer(errors.isEmpty() ? 200 : 401, Html.page(ctx, "工作人员登录", body));
  }

  /**
   * Checks the password; on success a new session and a redirect to {@code next}. A failure counts
   * against the account and the address both; the failure that locks either writes one
   * {@code sign-in-locked} row to the action log, and the requests refused while locked write none
   * (anyone may send them: the log must not grow with them).
   */
  Answer signIn(HttpServletRequest req, HttpServletResponse res, String username, String password, String next) {
    String name = username.strip();
    String account = "account:" + name.toLowerCase(java.util.Locale.ROOT);
    String address = "addr:" + ctx.throttles.clientKey(req);
    Optional<Duration> wait = ctx.throttles.signInAccount.retryAfter(account)
        .or(() -> ctx.throttles.signInAddress.retryAfter(address));
    if (wait.isPresent()) {
      throw tooMany(wait.get());
    }
    // Every attempt costs one bcrypt check, also for a name that cannot exist: the time tells nothing.
    Optional<StaffUser> user = ctx.staff.check(name, password.length() > 200 ? password.substring(0, 200) : password);
    if (user.isEmpty()) {
      String shown = name.isEmpty() ? "-" : name;
      ctx.staff.record(shown, "sign-in-failed", "/login", req.getRemoteAddr(), ctx.now());
      // Both, always: a lazy "account, else address" would not count the attempt that locks the account against the address.
      Optional<Duration> accountLocked = ctx.throttles.signInAccount.record(account);
      Optional<Duration> addressLocked = ctx.throttles.signInAddress.record(address);
      // The attempt that locks gets the full lockout back; one racing in after it gets what is left (no second row).
      if (accountLocked.filter(d -> d.equals(ctx.throttles.signInAccount.lockout())).isPresent()) {
        ctx.staff.record(shown, "sign-in-locked", "account", req.getRemoteAddr(), ctx.now());
      }
      if (addressLocked.filter(d -> d.equals(ctx.throttles.signInAddress.lockout())).isPresent()) {
        ctx.staff.record(shown, "sign-in-locked", "address", req.getRemoteAddr(), ctx.now());
      }
      Optional<Duration> locked = accountLocked.or(() -> addressLocked);
      if (locked.isPresent()) {
        throw tooMany(locked.get());
      }
      return form(next, List.of("账号或密码不正确 / wrong account name or password"), name);
    }
    ctx.throttles.signInAccount.reset(account);
    StaffSession.signIn(req, res, ctx.sessions, user.get());
    ctx.staff.record(user.get().name(), "sign-in", "/login", req.getRemoteAddr(), ctx.now());
    throw new PageServlet.Redirect(safeNext(next));
  }

  Answer signOut(HttpServletRequest req, HttpServletResponse res) {
    StaffSession.user(req).ifPresent(u -> ctx.staff.record(u.name(), "sign-out", "/logout", req.getRemoteAddr(), ctx.now()));
    StaffSession.signOut(req, res, ctx.sessions);
    throw new PageServlet.Redirect("/login");
  }

  private static TooManyRequestsException tooMany(Duration wait) {
    return new TooManyRequestsException(CoreErrorCode.TOO_MANY_REQUESTS,
        "登录失败次数过多，请 " + Refusals.seconds(wait) + " 秒后再试 / too many failed sign-ins: try again in "
            + Refusals.seconds(wait) + " seconds", wait);
  }

  /** Keeps only a path on this site ({@code /editor…}); anything else (another host, {@code //x}, a scheme) goes to {@code /editor}. */
  static String safeNext(String next) {
    if (next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") && next.length() <= 500
        && next.chars().noneMatch(c -> c < 0x20 || c == '\\')) {
      return next;
    }
    return "/editor";
  }
}
