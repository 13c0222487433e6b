package org.govsite.examples;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.web.AttemptLimiter;
import org.jspecify.annotations.Nullable;

/**
 * The portal's throttles (访问频率限制), one {@link AttemptLimiter} each, all keyed by the client's
 * address as the connection shows it (a proxy in front must pass the real address on, or every
 * resident shares one budget):
 * <ul>
 *   <li>sign-in: failures per account and per address ({@code limits.signin.failures} in 15
 *       minutes per account, four times that per address), locked 15 minutes;
 *   <li>status lookups ({@code /xinxiang/status}, {@code /ysqgk/status}, {@code GET
 *       /api/mailbox/letters/{id}}, {@code GET /api/disclosure/requests/{id}}): every lookup per
 *       address ({@code limits.lookup.per.minute}), and failed lookups per id ({@code
 *       limits.lookup.failures.per.id} in 10 minutes, then 10 minutes locked), so a query code cannot
 *       be guessed by trying many, from one address or many.
 * </ul>
 * As a filter it guards the lookups: a locked address or id answers 429 with {@code Retry-After}
 * before the store is read.
 */
final class Throttles implements Filter {
  static final Duration SIGN_IN_WINDOW = Duration.ofMinutes(15);
  static final Duration LOOKUP_ID_WINDOW = Duration.ofMinutes(10);
  private static final Pattern API_LOOKUP = Pattern.compile("/api/(mailbox/letters|disclosure/requests)/([^/]+)(/.*)?");

  final AttemptLimiter signInAccount;
  final AttemptLimiter signInAddress;
  final AttemptLimiter lookupAddress;
  final AttemptLimiter lookupId;
  private final PortalContext ctx;

  Throttles(PortalContext ctx) {
    this.ctx = ctx;
    PortalConfig c = ctx.config;
    this.signInAccount = AttemptLimiter.builder().maxAttempts(c.signInFailures()).window(SIGN_IN_WINDOW)
        .lockout(SIGN_IN_WINDOW).build();
    this.signInAddress = AttemptLimiter.builder().maxAttempts(c.signInFailures() * 4).window(SIGN_IN_WINDOW)
        .lockout(SIGN_IN_WINDOW).build();
    this.lookupAddress = AttemptLimiter.builder().maxAttempts(c.lookupsPerMinute()).window(Duration.ofMinutes(1))
        .lockout(Duration.ofMinutes(1)).build();
    this.lookupId = AttemptLimiter.builder().maxAttempts(c.lookupFailuresPerId()).window(LOOKUP_ID_WINDOW)
        .lockout(LOOKUP_ID_WINDOW).build();
  }

  /** The bilingual message of a 429. */
  static String message(Duration wait) {
    long s = Refusals.seconds(wait);
    return "尝试次数过多，请 " + s + " 秒后再试 / too many attempts: try again in " + s + " seconds";
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse res = (HttpServletResponse) response;
    @Nullable String id = lookupId(req);
    if (id == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = "addr:" + req.getRemoteAddr();
    String key = "id:" + id;
    Optional<Duration> wait = lookupId.retryAfter(key).or(() -> lookupAddress.retryAfter(address));
    if (wait.isPresent()) {
      Refusals.send(ctx, req, res, CoreErrorCode.TOO_MANY_REQUESTS, "查询过于频繁", message(wait.get()), wait.get());
      return;
    }
    lookupAddress.record(address);
    chain.doFilter(request, response);
    int status = res.getStatus();
    if (status >= 400 && status < 500) {
      lookupId.record(key); // a wrong id or code: counts towards locking this id
    }
  }

  /** Returns the id a status lookup names, or null when the request is no lookup. */
  static @Nullable String lookupId(HttpServletRequest req) {
    if (!"GET".equalsIgnoreCase(req.getMethod()) && !"HEAD".equalsIgnoreCase(req.getMethod())) {
      return null;
    }
    String path = req.getRequestURI();
    if (path.equals("/xinxiang/status") || path.equals("/ysqgk/status")) {
      String id = req.getParameter("id");
      return id == null ? "" : id.strip();
    }
    Matcher m = API_LOOKUP.matcher(path);
    return m.matches() ? m.group(2) : null;
  }
}
