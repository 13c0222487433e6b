package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's hardening after the first review of issue 15, over HTTP: lookup throttles keyed by
 * the id as it is looked up and by the client as trusted, the portal's own page for forms the
 * container cannot read, the sign-in throttle counting both keys and logging a lock once, and public
 * forms that open no server session.
 */
class PortalHardeningTest {
  @TempDir static Path data;
  static Portal portal;
  static int port;

  @BeforeAll
  static void start() {
    portal = Portal.start(config(data, Map.of("GOVSITE_PORTAL_LIMITS_LOOKUP_FAILURES_PER_ID", "3",
        "GOVSITE_PORTAL_LIMITS_LOOKUP_PER_MINUTE", "1000")));
    port = portal.port();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  static PortalConfig config(Path dir, Map<String, String> more) {
    Map<String, String> env = new java.util.HashMap<>(Map.of("GOVSITE_PORTAL_PORT", "0", "GOVSITE_PORTAL_DATA_DIR", dir.toString()));
    env.putAll(more);
    return PortalConfig.load(Optional.empty(), env);
  }

  private static HttpResponse<String> send(int port, String method, String path, String contentType, String body,
      Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (!contentType.isEmpty()) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static long count(Path dir, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("portal"), "", "");
         ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  // ---- finding 3: one counter per id, however it is spelled; addresses as trusted ----

  @Test
  void everySpellingOfAnIdSharesItsCounterAndTheLockHoldsForEverySpelling() throws Exception {
    PortalHttp resident = new PortalHttp(port);
    HttpResponse<String> sent = resident.post("/xinxiang", Map.of("type", "consultation", "subject", "路牌缺失",
        "body", "路口路牌缺失。", "name", "孙某", "phone", "13800138021"));
    String id = PortalHttp.byId(sent.body(), "letter-id");
    String code = PortalHttp.byId(sent.body(), "query-code");
    String api = "/api/mailbox/letters/";
    // Three failures, each spelled differently: matrix parameters, percent-encoding, the page's padded query.
    assertEquals(404, resident.get(api + id + ";x=1?code=WRONG1").statusCode());
    assertEquals(404, resident.get(api + "%" + Integer.toHexString(id.charAt(0)).toUpperCase() + id.substring(1)
        + "?code=WRONG2").statusCode());
    assertEquals(404, resident.get("/xinxiang/status?id=" + PortalHttp.enc(" " + id + " ") + "&code=WRONG3").statusCode());
    for (String spelling : List.of(api + id, api + id + ";x=1", api + id + ";jsessionid=1", api + "%58" + id.substring(1),
        "/%61pi/mailbox/letters/" + id, api + id.toLowerCase(java.util.Locale.ROOT))) {
      HttpResponse<String> r = resident.get(spelling + "?code=" + code);
      assertEquals(429, r.statusCode(), spelling + " " + r.body());
    }
    assertEquals(429, resident.get("/xinxiang/status?id=" + PortalHttp.enc(id) + "&code=" + code).statusCode());
  }

  @Test
  void theCanonicalPathIsWhatJaxRsMatches() {
    assertEquals("/api/mailbox/letters/XX1", Throttles.canonicalPath("/api;a=b/mailbox/letters/%58X1;x=1"));
    assertEquals("/api/disclosure/requests/YSQ-2026-000001/", Throttles.canonicalPath("/api/disclosure/requests/YSQ-2026-000001/"));
    assertEquals(null, Throttles.canonicalPath("/api/mailbox/letters/%zz"));
    assertEquals(null, Throttles.canonicalPath("/api/mailbox/letters/%5"));
  }

  @Test
  void ipv6AddressesAreKeyedByTheirSlash64() {
    assertEquals(Throttles.prefixKey("2001:db8:0:1:aaaa::1"), Throttles.prefixKey("2001:db8:0:1:bbbb:cccc:dddd:2"));
    assertEquals(Throttles.prefixKey("[2001:db8:0:1::1]"), Throttles.prefixKey("2001:0db8:0000:0001:ffff::"));
    assertNotEquals(Throttles.prefixKey("2001:db8:0:1::1"), Throttles.prefixKey("2001:db8:0:2::1"));
    assertEquals("203.0.113.7", Throttles.prefixKey("203.0.113.7"));
    assertNotEquals(Throttles.prefixKey("203.0.113.7"), Throttles.prefixKey("203.0.113.8"));
    assertEquals("not-an-address", Throttles.prefixKey("not-an-address"), "a name is never resolved");
  }

  @Test
  void xForwardedForCountsOnlyFromATrustedProxy(@TempDir Path plain, @TempDir Path proxied) throws Exception {
    Map<String, String> four = Map.of("GOVSITE_PORTAL_LIMITS_LOOKUP_PER_MINUTE", "4");
    try (Portal p = Portal.start(config(plain, four))) {
      for (int i = 0; i < 4; i++) {
        send(p.port(), "GET", "/api/disclosure/requests/YSQ-2099-00020" + i, "", "", Map.of("X-Forwarded-For", "198.51.100." + i));
      }
      HttpResponse<String> r = send(p.port(), "GET", "/api/disclosure/requests/YSQ-2099-000210", "", "",
          Map.of("X-Forwarded-For", "198.51.100.99"));
      assertEquals(429, r.statusCode(), "without proxies.trusted the header is ignored: one client");
    }
    Map<String, String> trusted = Map.of("GOVSITE_PORTAL_LIMITS_LOOKUP_PER_MINUTE", "4",
        "GOVSITE_PORTAL_PROXIES_TRUSTED", "127.0.0.1, ::1");
    try (Portal p = Portal.start(config(proxied, trusted))) {
      for (int i = 0; i < 4; i++) {
        send(p.port(), "GET", "/api/disclosure/requests/YSQ-2099-00030" + i, "", "", Map.of("X-Forwarded-For", "198.51.100.1"));
      }
      assertEquals(429, send(p.port(), "GET", "/api/disclosure/requests/YSQ-2099-000310", "", "",
          Map.of("X-Forwarded-For", "198.51.100.1")).statusCode(), "the forwarded client has used its budget");
      assertEquals(404, send(p.port(), "GET", "/api/disclosure/requests/YSQ-2099-000311", "", "",
          Map.of("X-Forwarded-For", "198.51.100.2")).statusCode(), "another forwarded client has its own");
      assertEquals(429, send(p.port(), "GET", "/api/disclosure/requests/YSQ-2099-000312", "", "",
          Map.of("X-Forwarded-For", "198.51.100.1, 127.0.0.1")).statusCode(), "a trusted hop on the right is skipped");
    }
  }

  // ---- finding 4: the portal's page for what the container cannot read ----

  private static void assertPortalPage(HttpResponse<String> r, int status, String where) {
    assertEquals(status, r.statusCode(), where + " " + r.body());
    assertEquals(Optional.of("text/html;charset=utf-8"), r.headers().firstValue("Content-Type").map(s -> s.replace(" ", "")
        .toLowerCase(java.util.Locale.ROOT)), where);
    assertTrue(r.body().contains("lang=\"zh-CN\""), where + " " + r.body());
    for (String leak : List.of("Exception", "org.eclipse", "Jetty", "jetty", "Caused by", "ISO-8859-1")) {
      assertFalse(r.body().contains(leak), where + " names " + leak + ":\n" + r.body());
    }
    assertEquals(Optional.of(SecurityHeaders.CSP), r.headers().firstValue("Content-Security-Policy"), where);
    assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"), where);
    assertEquals(Optional.empty(), r.headers().firstValue("Server"), where);
  }

  @Test
  void aFormTheContainerCannotReadGetsThePortalsChinesePage() throws Exception {
    String form = "application/x-www-form-urlencoded";
    String many = IntStream.range(0, 1_100).mapToObj(i -> "f" + i + "=1").collect(Collectors.joining("&"));
    Map<String, String> bodies = Map.of("a=%zz", form, many, form, "a=1&b=2", form + "; charset=bogus",
        "a=%E4%B8", form, "a=%", form, "--x\r\nbroken", "multipart/form-data; boundary=x");
    for (String path : List.of("/jiucuo", "/xinxiang", "/login", "/editor/reply")) {
      for (Map.Entry<String, String> b : bodies.entrySet()) {
        HttpResponse<String> r = send(port, "POST", path, b.getValue(), b.getKey(), Map.of());
        String where = path + " " + b.getValue() + " " + b.getKey().substring(0, Math.min(20, b.getKey().length()));
        if (path.startsWith("/editor")) {
          assertPortalPage(r, 401, where); // no sign-in: refused before the form is read
        } else if (r.statusCode() == 403) {
          assertPortalPage(r, 403, where); // read, but without a token
        } else {
          assertPortalPage(r, 400, where);
        }
      }
    }
    HttpResponse<String> bad = send(port, "POST", "/jiucuo", form, "a=%zz", Map.of());
    assertPortalPage(bad, 400, "a=%zz");
    assertTrue(bad.body().contains("表单内容无法读取"), bad.body());
    assertPortalPage(send(port, "POST", "/jiucuo", form, many, Map.of()), 400, "1,100 fields");
    assertPortalPage(send(port, "POST", "/jiucuo", form + "; charset=bogus", "a=1", Map.of()), 400, "charset=bogus");
    assertPortalPage(send(port, "POST", "/jiucuo", "multipart/form-data; boundary=x", "--x\r\nbroken", Map.of()), 403,
        "a multipart body: the pages read none of it, so it has no token");
  }

  @Test
  void theContainersOwnErrorsOnPagePathsAreThePortalsPageAndOnTheApiJson() throws Exception {
    PortalHttp h = new PortalHttp(port);
    String token = h.token("/xinxiang");
    for (String method : List.of("PUT", "DELETE", "PATCH")) {
      // With its token the request passes the guard and meets the servlet, which has no such method: Jetty's sendError(405).
      HttpResponse<String> r = h.send(method, "/xinxiang?_csrf=" + token, "text/plain", "x");
      assertPortalPage(r, method.equals("PATCH") ? 501 : 405, method + " /xinxiang"); // HttpServlet knows no PATCH: 501
      assertTrue(r.body().contains("<title>不支持的请求方式") && r.body().contains("method not allowed"), r.body());
    }
    // The JDK client will not send a malformed query: read the answer off the socket.
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.getOutputStream().write("GET /xinxiang/status?id=%zz&code=Y HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(raw.startsWith("HTTP/1.1 400") && raw.contains("lang=\"zh-CN\"") && !raw.contains("Exception")
          && !raw.contains("Server:"), raw);
    }
    HttpResponse<String> api = send(port, "POST", "/api/mailbox/letters", "application/x-www-form-urlencoded", "a=%zz", Map.of());
    assertTrue(api.statusCode() >= 400 && api.statusCode() < 500, api.body());
    assertTrue(api.body().startsWith("{\"code\":"), api.body());
  }

  // ---- finding 7: both keys counted, one log row per lock ----

  @Test
  void everyFailedSignInCountsAgainstTheAddressAndALockIsLoggedOnce(@TempDir Path dir) throws Exception {
    PortalConfig config = config(dir, Map.of("GOVSITE_PORTAL_LIMITS_SIGNIN_FAILURES", "1"));
    PortalHttp.addStaff(config, "victim", "mailbox");
    try (Portal p = Portal.start(config)) {
      PortalHttp h = new PortalHttp(p.port());
      // One failure locks an account; the address may fail 4 times: each of these locks its account and counts once.
      for (String name : List.of("a1", "a2", "a3")) {
        assertEquals(429, h.signIn(name, "wrong password!").statusCode(), name);
      }
      assertEquals(429, h.signIn("a4", "wrong password!").statusCode(), "the fourth failure locks the address");
      HttpResponse<String> victim = h.signIn("victim", PortalHttp.PASSWORD);
      assertEquals(429, victim.statusCode(), "the address is locked: every attempt above was counted against it");
      for (int i = 0; i < 20; i++) {
        assertEquals(429, h.signIn("a1", "wrong password!").statusCode());
      }
    }
    assertEquals(5, count(dir, "SELECT COUNT(*) FROM portal_staff_action WHERE action = 'sign-in-locked'"),
        "four accounts and one address locked: one row each, none for the 21 refused attempts");
    assertEquals(4, count(dir, "SELECT COUNT(*) FROM portal_staff_action WHERE action = 'sign-in-failed'"));
    assertEquals(9, count(dir, "SELECT COUNT(*) FROM portal_staff_action"));
  }

  // ---- finding 8: anonymous forms open no session ----

  @Test
  void aThousandVisitsToAPublicFormOpenNoSession() throws Exception {
    int before = portal.sessionsCreated();
    PortalHttp h = new PortalHttp(port);
    HttpClient bare = HttpClient.newHttpClient();
    for (int i = 0; i < 1_000; i++) {
      // Half like a browser keeping cookies, half like a script that never does.
      HttpResponse<String> r = i % 2 == 0 ? h.get("/xinxiang")
          : bare.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/xinxiang")).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("GOVSITE_SESSION")), r.headers().toString());
    }
    for (String page : List.of("/ysqgk", "/jiucuo", "/login")) {
      h.get(page);
    }
    assertEquals(before, portal.sessionsCreated(), "no server session for a visitor");
    assertTrue(h.sessionId().isEmpty());
  }

  @Test
  void theAnonymousTokenWorksOnlyWithItsOwnBrowsersCookie() throws Exception {
    PortalHttp alice = new PortalHttp(port);
    HttpResponse<String> page = alice.get("/jiucuo");
    String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(FormTokens.COOKIE + "="))
        .findFirst().orElseThrow(() -> new AssertionError(page.headers().toString()));
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: no Secure flag");
    String token = alice.token("/jiucuo");
    assertEquals(token, alice.token("/xinxiang"), "one browser, one token for every public form");
    PortalHttp bob = new PortalHttp(port);
    String bobs = bob.token("/jiucuo");
    assertNotEquals(token, bobs);
    Map<String, String> report = Map.of("page", "/", "description", "首页链接打不开");
    assertEquals(403, bob.postRaw("/jiucuo", withToken(report, token), Map.of()).statusCode(), "Alice's token with Bob's cookie");
    assertEquals(403, new PortalHttp(port).postRaw("/jiucuo", withToken(report, token), Map.of()).statusCode(), "no cookie");
    assertEquals(200, bob.postRaw("/jiucuo", withToken(report, bobs), Map.of()).statusCode());
    assertEquals(200, alice.postRaw("/jiucuo", withToken(report, token), Map.of()).statusCode());
  }

  @Test
  void aStaffActionNeedsTheSessionsTokenNotTheAnonymousOne(@TempDir Path dir) throws Exception {
    PortalConfig config = config(dir, Map.of());
    PortalHttp.addStaff(config, "mail", "mailbox");
    try (Portal p = Portal.start(config)) {
      PortalHttp staff = new PortalHttp(p.port());
      String anonymous = staff.token("/xinxiang");
      assertEquals(303, staff.postRaw("/login", Map.of("username", "mail", "password", PortalHttp.PASSWORD, "_csrf", anonymous,
          "next", "/editor"), Map.of()).statusCode(), "the sign-in form takes the anonymous token");
      assertEquals(1, p.sessionsCreated(), "the sign-in opened the one session");
      String session = staff.token("/editor");
      assertNotEquals(anonymous, session);
      assertEquals(403, staff.postRaw("/logout", Map.of("_csrf", anonymous), Map.of()).statusCode());
      assertEquals(200, staff.get("/editor").statusCode(), "still signed in");
      String first = staff.sessionId().orElseThrow();
      staff.signIn("mail", PortalHttp.PASSWORD);
      assertNotEquals(first, staff.sessionId().orElseThrow(), "a sign-in in a signed-in session changes its id");
      assertEquals(303, staff.postRaw("/logout", Map.of("_csrf", staff.token("/editor")), Map.of()).statusCode());
    }
  }

  private static Map<String, String> withToken(Map<String, String> form, String token) {
    Map<String, String> m = new java.util.HashMap<>(form);
    m.put("_csrf", token);
    return m;
  }
}
