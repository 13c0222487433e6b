package org.govsite.examples;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govsite.core.AccessDeniedException;
import org.govsite.core.CoreErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in member of staff and the form token of a session (登录状态与表单令牌): one place that
 * every page and filter asks, so a later action needs one line, {@code StaffSession.require(req, role)}.
 *
 * <p>Sessions live in the database ({@link StaffSessions}), opened only by a sign-in, so every portal
 * on the database shares them. The {@link Guard} reads the request's session once, before anything
 * else, and keeps it on the request; everything after asks here. A signed-in session's CSRF token is a
 * synchronizer token: 32 random bytes kept with the session and written into every {@code
 * method="post"} form; a visitor without a session gets a stateless {@link FormTokens} token instead,
 * so showing a public form opens no session.
 */
final class StaffSession {
  /** The form field holding the token. */
  static final String CSRF = "_csrf";
  /** The session cookie. */
  static final String COOKIE = "GOVSITE_SESSION";
  private static final String ATTRIBUTE = "govsite.session";
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private StaffSession() {}

  /** Reads the request's session from the store and keeps it on the request (the {@link Guard}, once per request). */
  static void load(HttpServletRequest req, StaffSessions store) {
    cookie(req).flatMap(store::find).ifPresent(s -> req.setAttribute(ATTRIBUTE, s));
  }

  private static Optional<StaffSessions.Session> session(HttpServletRequest req) {
    return req.getAttribute(ATTRIBUTE) instanceof StaffSessions.Session s ? Optional.of(s) : Optional.empty();
  }

  private static Optional<String> cookie(HttpServletRequest req) {
    Cookie[] cookies = req.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals(COOKIE) && VALUE.matcher(c.getValue()).matches()) {
          return Optional.of(c.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the signed-in user, if any. */
  static Optional<StaffUser> user(HttpServletRequest req) {
    return session(req).map(StaffSessions.Session::user);
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

  /** Signs the user in: a new session (a signed-in one ends: no fixation) with a fresh form token, and its cookie. */
  static void signIn(HttpServletRequest req, HttpServletResponse res, StaffSessions store, StaffUser user) {
    StaffSessions.Opened opened = store.open(user, session(req));
    req.setAttribute(ATTRIBUTE, opened.session());
    // Written by hand, as FormTokens' cookie: SameSite in one line. No Max-Age: gone when the browser closes.
    res.addHeader("Set-Cookie", COOKIE + "=" + opened.cookie() + "; Path=/; HttpOnly; SameSite=Strict"
        + (req.isSecure() ? "; Secure" : ""));
  }

  /** Ends the session on every instance and clears the cookie. */
  static void signOut(HttpServletRequest req, HttpServletResponse res, StaffSessions store) {
    session(req).ifPresent(s -> {
      store.close(s);
      req.removeAttribute(ATTRIBUTE);
      res.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (req.isSecure() ? "; Secure" : ""));
    });
  }

  /** Returns the signed-in session's form token, if there is such a session (none is opened here). */
  static Optional<String> csrfToken(HttpServletRequest req) {
    return session(req).map(StaffSessions.Session::csrf);
  }

  /** Returns true when the sent token is the session's (compared in constant time). */
  static boolean csrfValid(HttpServletRequest req, @Nullable String sent) {
    Optional<String> t = csrfToken(req);
    return sent != null && t.isPresent()
        && MessageDigest.isEqual(t.get().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }
}
