package org.govsite.examples;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.govsite.core.AccessDeniedException;
import org.govsite.core.CoreErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in member of staff and the form token of a session (登录状态与表单令牌): one place that
 * every page and filter asks, so a later action needs one line, {@code StaffSession.require(req, role)}.
 *
 * <p>Sessions are Jetty's servlet sessions (in memory: a restart signs everyone out), opened only by
 * a sign-in. A signed-in session's CSRF token is a synchronizer token: 32 random bytes kept in the
 * session and written into every {@code method="post"} form; a visitor without a session gets a
 * stateless {@link FormTokens} token instead, so showing a public form opens no session.
 */
final class StaffSession {
  /** The form field, and session attribute, holding the token. */
  static final String CSRF = "_csrf";
  private static final String USER = "govsite.staff";
  private static final SecureRandom RANDOM = new SecureRandom();

  private StaffSession() {}

  /** Returns the signed-in user, if any. */
  static Optional<StaffUser> user(HttpServletRequest req) {
    HttpSession s = req.getSession(false);
    return s != null && s.getAttribute(USER) instanceof StaffUser u ? Optional.of(u) : Optional.empty();
  }

  /**
   * Returns the signed-in user when they have the role (or are admin).
   *
   * @throws AccessDeniedException {@code NOT_SIGNED_IN} (401) without a signed-in user, {@code FORBIDDEN}
   *     (403) without the role
   */
  static StaffUser require(HttpServletRequest req, StaffRole role) {
    StaffUser u = user(req).orElseThrow(() -> new AccessDeniedException(CoreErrorCode.NOT_SIGNED_IN,
        "请先登录 / please sign in first"));
    if (!u.may(role)) {
      throw new AccessDeniedException(CoreErrorCode.FORBIDDEN, "您没有“" + role.chinese() + "”权限 / you lack the role "
          + role.code());
    }
    return u;
  }

  /** Signs the user in: a new session id (no fixation), the user and a fresh form token in the session. */
  static void signIn(HttpServletRequest req, StaffUser user) {
    req.getSession(true);
    req.changeSessionId();
    HttpSession s = req.getSession(false);
    s.setAttribute(USER, user);
    s.setAttribute(CSRF, newToken());
  }

  /** Ends the session. */
  static void signOut(HttpServletRequest req) {
    HttpSession s = req.getSession(false);
    if (s != null) {
      s.invalidate();
    }
  }

  /** Returns the signed-in session's form token, if there is such a session (none is opened here). */
  static Optional<String> csrfToken(HttpServletRequest req) {
    HttpSession s = req.getSession(false);
    return s != null && s.getAttribute(CSRF) instanceof String t ? Optional.of(t) : Optional.empty();
  }

  /** Returns true when the sent token is the session's (compared in constant time). */
  static boolean csrfValid(HttpServletRequest req, @Nullable String sent) {
    HttpSession s = req.getSession(false);
    if (s == null || sent == null || !(s.getAttribute(CSRF) instanceof String t)) {
      return false;
    }
    return MessageDigest.isEqual(t.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static String newToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
