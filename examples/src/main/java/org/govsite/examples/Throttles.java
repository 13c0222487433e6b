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
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.web.AttemptLimiter;
import org.jspecify.annotations.Nullable;

/**
 * The portal's throttles (访问频率限制), one {@link Limiter} each: the sign-in limits and the failed
 * lookups per id in the database ({@link SharedLimiter}: they hold across every instance on it), the
 * lookups per address in this JVM ({@link AttemptLimiter}: with several instances behind a load
 * balancer an address gets that many per instance):
 * <ul>
 *   <li>sign-in: every attempt while failing counts against the account and the address ({@code
 *       limits.signin.failures} in 15 minutes per account, four times that per address), locked 15 minutes;
 *   <li>status lookups ({@code /xinxiang/status}, {@code /ysqgk/status}, {@code GET
 *       /api/mailbox/letters/{id}}, {@code GET /api/disclosure/requests/{id}}): every lookup per
 *       address ({@code limits.lookup.per.minute}), and failed lookups per id ({@code
 *       limits.lookup.failures.per.id} in 10 minutes, then 10 minutes locked), so a query code cannot
 *       be guessed by trying many, from one address or many.
 * </ul>
 * An id is keyed as the page or JAX-RS will look it up: percent-decoded, without matrix parameters
 * ({@code ;x=1}), trimmed and upper-cased, so every spelling that reaches one letter or request
 * shares its counter. An address is keyed as {@link #clientKey}: IPv4 whole, IPv6 by its /64 (one
 * household or host gets a whole /64), and {@code X-Forwarded-For} only from a trusted proxy ({@code
 * proxies.trusted}; none by default, so a client cannot pick its own address).
 * As a filter it guards the lookups: a locked address or id answers 429 with {@code Retry-After}
 * before the store is read.
 */
final class Throttles implements Filter {
  static final Duration SIGN_IN_WINDOW = Duration.ofMinutes(15);
  static final Duration LOOKUP_ID_WINDOW = Duration.ofMinutes(10);
  private static final Pattern API_LOOKUP = Pattern.compile("/api/(mailbox/letters|disclosure/requests)/([^/]+)(/.*)?");
  /** An IP literal (v4 or v6, with an optional zone): only these are parsed, so no name is ever resolved. */
  private static final Pattern IP_LITERAL = Pattern.compile(
      "[0-9]{1,3}(\\.[0-9]{1,3}){3}|\\[?[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(%[0-9A-Za-z]+)?]?");

  final Limiter signInAccount;
  final Limiter signInAddress;
  final Limiter lookupAddress;
  final Limiter lookupId;
  private final PortalContext ctx;
  private final Set<String> trustedProxies;

  Throttles(PortalContext ctx, DataSource pool) {
    this.ctx = ctx;
    PortalConfig c = ctx.config;
    this.trustedProxies = c.trustedProxies().stream().map(Throttles::canonicalAddress).collect(Collectors.toUnmodifiableSet());
    // The guessing limits are counted in the database, across every instance; the per-address rate
    // of lookups in each instance (a write per lookup is not worth it: see docs/portal.md).
    SharedLimiter.createTable(pool);
    this.signInAccount = new SharedLimiter(pool, "signin-account", c.signInFailures(), SIGN_IN_WINDOW, SIGN_IN_WINDOW);
    this.signInAddress = new SharedLimiter(pool, "signin-address", c.signInFailures() * 4, SIGN_IN_WINDOW, SIGN_IN_WINDOW);
    this.lookupAddress = Limiter.local(AttemptLimiter.builder().maxAttempts(c.lookupsPerMinute()).window(Duration.ofMinutes(1))
        .lockout(Duration.ofMinutes(1)).build());
    this.lookupId = new SharedLimiter(pool, "lookup-id", c.lookupFailuresPerId(), LOOKUP_ID_WINDOW, LOOKUP_ID_WINDOW);
  }

  /** The longest a shared counter matters: its window or its lockout (for {@link SharedLimiter#purge}). */
  static final Duration LONGEST_KEEP = SIGN_IN_WINDOW.compareTo(LOOKUP_ID_WINDOW) > 0 ? SIGN_IN_WINDOW : LOOKUP_ID_WINDOW;

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
    String address = "addr:" + clientKey(req);
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

  /**
   * Returns the id a status lookup names, as the key of its counter (decoded, without matrix
   * parameters, trimmed, upper-cased), or null when the request is no lookup.
   */
  static @Nullable String lookupId(HttpServletRequest req) {
    if (!"GET".equalsIgnoreCase(req.getMethod()) && !"HEAD".equalsIgnoreCase(req.getMethod())) {
      return null;
    }
    @Nullable String path = canonicalPath(req.getRequestURI());
    if (path == null) {
      return null; // not decodable: Jetty or the page answers 400 before any store is read
    }
    if (path.equals("/xinxiang/status") || path.equals("/ysqgk/status")) {
      String id;
      try {
        id = req.getParameter("id");
      } catch (RuntimeException e) {
        return null; // a malformed query: the page answers 400 (EdgeInput) without a lookup
      }
      return id == null ? "" : idKey(id);
    }
    Matcher m = API_LOOKUP.matcher(path);
    return m.matches() ? idKey(m.group(2)) : null;
  }

  private static String idKey(String id) {
    return id.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the path as JAX-RS matches it: each segment without its matrix parameters ({@code ;x=1})
   * and percent-decoded (UTF-8), or null when a segment does not decode.
   */
  static @Nullable String canonicalPath(String rawPath) {
    StringBuilder out = new StringBuilder();
    String[] segments = rawPath.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      int semicolon = segment.indexOf(';');
      @Nullable String decoded = decode(semicolon < 0 ? segment : segment.substring(0, semicolon));
      if (decoded == null) {
        return null;
      }
      out.append(i == 0 ? "" : "/").append(decoded);
    }
    return out.toString();
  }

  /** A path segment percent-decoded as JAX-RS decodes it (a plus stays a plus); null when malformed. */
  private static @Nullable String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  /**
   * Returns the key of the client's address: the connection's address, or — only when that is a
   * trusted proxy — the nearest address in {@code X-Forwarded-For} that is not one; an IPv6 address
   * by its /64 ({@code 2001:db8:0:1::/64}), since one host may use any address of its /64.
   */
  String clientKey(HttpServletRequest req) {
    String address = canonicalAddress(req.getRemoteAddr());
    if (trustedProxies.contains(address)) {
      List<String> hops = new ArrayList<>();
      for (java.util.Enumeration<String> e = req.getHeaders("X-Forwarded-For"); e != null && e.hasMoreElements(); ) {
        for (String hop : e.nextElement().split(",")) {
          if (!hop.isBlank()) {
            hops.add(canonicalAddress(hop.strip()));
          }
        }
      }
      for (int i = hops.size() - 1; i >= 0 && trustedProxies.contains(address); i--) {
        address = hops.get(i); // right to left: the first hop no trusted proxy vouches for
      }
    }
    return prefixKey(address);
  }

  /** Returns the address as one spelling (IPv6 shortened the JDK's way), or as given when it is no IP literal. */
  static String canonicalAddress(String address) {
    String a = address.strip();
    if (!IP_LITERAL.matcher(a).matches()) {
      return a;
    }
    try {
      return InetAddress.getByName(a.startsWith("[") ? a.substring(1, a.length() - 1) : a).getHostAddress();
    } catch (UnknownHostException | RuntimeException e) {
      return a;
    }
  }

  /** Returns an IPv4 address as it is and an IPv6 one as its /64 prefix. */
  static String prefixKey(String address) {
    if (!IP_LITERAL.matcher(address).matches() || address.indexOf(':') < 0) {
      return address;
    }
    try {
      InetAddress a = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
      if (!(a instanceof Inet6Address)) {
        return a.getHostAddress();
      }
      byte[] b = Arrays.copyOf(a.getAddress(), 16);
      Arrays.fill(b, 8, 16, (byte) 0);
      return InetAddress.getByAddress(b).getHostAddress() + "/64";
    } catch (UnknownHostException | RuntimeException e) {
      return address;
    }
  }
}
