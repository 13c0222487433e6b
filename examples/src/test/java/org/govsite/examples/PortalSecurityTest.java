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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Staff sign-in, roles, CSRF, foreign origins, the headers and the throttles, over HTTP (issue 15):
 * what a resident's browser, a member of staff and another web site each can and cannot do.
 */
class PortalSecurityTest {
  private static final String EVIL = "http://evil.example";
  private static final String LETTER = "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\",\"subject\":\"公交咨询\","
      + "\"body\":\"请问几点发车？\",\"name\":\"林某\",\"phone\":\"13800138006\"}";
  @TempDir static Path data;
  static Portal portal;
  static int port;

  @BeforeAll
  static void start() {
    PortalConfig config = PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_PORT", "0",
        "GOVSITE_PORTAL_DATA_DIR", data.toString(), "GOVSITE_PORTAL_LIMITS_SIGNIN_FAILURES", "3",
        "GOVSITE_PORTAL_LIMITS_LOOKUP_FAILURES_PER_ID", "3", "GOVSITE_PORTAL_LIMITS_LOOKUP_PER_MINUTE", "1000"));
    PortalHttp.addStaff(config, "mail", "mailbox");
    PortalHttp.addStaff(config, "writer", "editor");
    PortalHttp.addStaff(config, "root", "admin");
    PortalHttp.addStaff(config, "victim", "mailbox");
    portal = Portal.start(config);
    port = portal.port();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static PortalHttp http() {
    return new PortalHttp(port);
  }

  private static long count(String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("portal"), "", "");
         ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String pendingLetterId() throws Exception {
    PortalHttp resident = http();
    HttpResponse<String> sent = resident.post("/xinxiang", Map.of("type", "consultation", "subject", "路灯不亮",
        "body", "小区门口路灯坏了一个月。", "name", "赵某", "phone", "13800138011"));
    assertEquals(200, sent.statusCode(), sent.body());
    return PortalHttp.byId(sent.body(), "letter-id");
  }

  @Test
  void withoutASessionStaffPagesRedirectAndStaffPostsAnswer401() throws Exception {
    PortalHttp anonymous = http();
    HttpResponse<String> r = anonymous.get("/editor?tab=1");
    assertEquals(303, r.statusCode());
    assertEquals("/login?next=" + PortalHttp.enc("/editor?tab=1"), r.headers().firstValue("Location").orElse(""));
    assertEquals(303, anonymous.get("/editor/audit").statusCode());
    HttpResponse<String> post = anonymous.postRaw("/editor/reply", Map.of("id", "X", "reply", "答复"), Map.of());
    assertEquals(401, post.statusCode());
    assertTrue(post.body().contains("请先登录"), post.body());
  }

  @Test
  void signInChangesTheSessionIdSetsStrictCookiesAndSignOutEndsIt() throws Exception {
    PortalHttp staff = http();
    String token = staff.token("/login");
    assertEquals(Optional.empty(), staff.sessionId(), "showing the sign-in form opens no session");
    HttpResponse<String> in = staff.postRaw("/login", Map.of("username", "mail", "password", PortalHttp.PASSWORD,
        "_csrf", token, "next", "/editor"), Map.of());
    assertEquals(303, in.statusCode(), in.body());
    assertEquals("/editor", in.headers().firstValue("Location").orElse(""));
    String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GOVSITE_SESSION=")).findFirst()
        .orElseThrow(() -> new AssertionError(in.headers().toString()));
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: no Secure flag (set over HTTPS)");
    String before = staff.sessionId().orElseThrow();
    assertEquals(303, staff.signIn("mail", PortalHttp.PASSWORD).statusCode());
    assertNotEquals(before, staff.sessionId().orElseThrow(), "a new session id at sign-in");
    HttpResponse<String> editor = staff.get("/editor");
    assertEquals(200, editor.statusCode());
    assertEquals("mail", PortalHttp.byId(editor.body(), "staff-user"));

    assertEquals(303, staff.post("/logout", Map.of()).statusCode());
    assertEquals(303, staff.get("/editor").statusCode(), "signed out");
  }

  @Test
  void nextMayOnlyBeAPathOnThisSite() throws Exception {
    for (String next : List.of("//evil.example/x", "http://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
      PortalHttp staff = http();
      HttpResponse<String> r = staff.post("/login", Map.of("username", "mail", "password", PortalHttp.PASSWORD, "next", next));
      assertEquals("/editor", r.headers().firstValue("Location").orElse(""), next);
    }
  }

  @Test
  void aWrongPasswordAndAMissingAccountGetTheSameAnswerAndTheAccountLocksAfterTheLimit() throws Exception {
    PortalHttp a = http();
    HttpResponse<String> wrong = a.signIn("victim", "not the password");
    HttpResponse<String> missing = a.signIn("nobody-here", "not the password");
    assertEquals(401, wrong.statusCode());
    assertEquals(401, missing.statusCode());
    assertTrue(wrong.body().contains("账号或密码不正确"), wrong.body());
    assertEquals(wrong.body().replace("victim", "X").replaceAll("value=\"[^\"]{20,}\"", ""),
        missing.body().replace("nobody-here", "X").replaceAll("value=\"[^\"]{20,}\"", ""), "nothing tells them apart");
    a.signIn("victim", "still not it");
    HttpResponse<String> locked = a.signIn("victim", "third time");
    assertEquals(429, locked.statusCode(), locked.body());
    long retry = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retry > 0 && retry <= 15 * 60, String.valueOf(retry));
    assertTrue(locked.body().contains("登录失败次数过多") && locked.body().contains("too many failed sign-ins"), locked.body());
    assertEquals(429, http().signIn("victim", PortalHttp.PASSWORD).statusCode(), "locked even with the right password");
  }

  @Test
  void eachActionChecksItsRoleOnTheServer() throws Exception {
    String id = pendingLetterId();
    PortalHttp writer = http();
    assertEquals(303, writer.signIn("writer", PortalHttp.PASSWORD).statusCode());
    String dashboard = writer.get("/editor").body();
    assertFalse(dashboard.contains(id) || dashboard.contains("/editor/reply"), "no pending letter ids without the mailbox role");
    HttpResponse<String> reply = writer.post("/editor/reply", Map.of("id", id, "reply", "答复"));
    assertEquals(403, reply.statusCode());
    assertTrue(org.apache.commons.text.StringEscapeUtils.unescapeHtml4(reply.body()).contains("您没有“信箱办理”权限"), reply.body());
    assertTrue(reply.body().contains("<title>没有权限"), reply.body());
    assertEquals(403, writer.get("/editor/audit").statusCode());

    PortalHttp mail = http();
    mail.signIn("mail", PortalHttp.PASSWORD);
    assertTrue(mail.get("/editor").body().contains(id));
    HttpResponse<String> ok = mail.post("/editor/reply", Map.of("id", id, "reply", "已通知路灯管理所维修。"));
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(403, mail.get("/editor/audit").statusCode());

    PortalHttp root = http();
    root.signIn("root", PortalHttp.PASSWORD);
    String audit = root.get("/editor/audit").body();
    for (String s : List.of(">mail<", ">reply<", ">" + id + "<", ">sign-in<", "127.0.0.1")) {
      assertTrue(audit.contains(s), s + " in\n" + audit);
    }
  }

  @Test
  void aFormWithoutOrWithAWrongTokenIsRefusedAndNothingIsStoredOrQueued() throws Exception {
    long letters = count("govsite_letter");
    long held = count("portal_held");
    PortalHttp forger = http();
    Map<String, String> review = Map.of("type", "consultation", "subject", "工作秘密可否查询",
        "body", "请问工作秘密能否公开？", "name", "赵某", "phone", "13800138012");
    HttpResponse<String> none = forger.postRaw("/xinxiang", review, Map.of());
    assertEquals(403, none.statusCode());
    assertTrue(none.body().contains("表单已过期") && none.body().contains("lang=\"zh-CN\""), none.body());
    forger.token("/xinxiang");
    Map<String, String> wrong = new java.util.HashMap<>(review);
    wrong.put("_csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertEquals(403, forger.postRaw("/xinxiang", wrong, Map.of()).statusCode());
    assertEquals(403, forger.postRaw("/ysqgk", Map.of("applicant", "natural-person", "content", "工作秘密"), Map.of()).statusCode());
    assertEquals(403, forger.postRaw("/jiucuo", Map.of("description", "链接打不开"), Map.of()).statusCode());
    assertEquals(letters, count("govsite_letter"), "no letter stored");
    assertEquals(held, count("portal_held"), "nothing screened into the queue");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/xinxiang", "/ysqgk", "/jiucuo", "/login", "/logout", "/editor/reply"})
  void aFormPostedFromAnotherSiteIsRefusedEvenWithAToken(String path) throws Exception {
    PortalHttp staff = http();
    staff.signIn("root", PortalHttp.PASSWORD);
    String token = staff.token(path.startsWith("/editor") || path.equals("/logout") ? "/editor" : path);
    long letters = count("govsite_letter");
    for (Map<String, String> headers : List.of(Map.of("Origin", EVIL), Map.of("Referer", EVIL + "/page.html"),
        Map.of("Origin", "null"), Map.of("Origin", "http://localhost:" + (port + 1)))) {
      HttpResponse<String> r = staff.postRaw(path, Map.of("_csrf", token, "type", "consultation", "subject", "伪造",
          "body", "伪造的来信", "name", "某人", "applicant", "natural-person", "content", "伪造", "description", "伪造",
          "id", "X", "reply", "伪造"), headers);
      assertEquals(403, r.statusCode(), headers + " " + r.body());
      assertTrue(r.body().contains("请求来自其他网站"), r.body());
    }
    assertEquals(letters, count("govsite_letter"));
    assertEquals(200, staff.get("/editor").statusCode(), "still signed in: the forged logout did nothing");
  }

  private static HttpResponse<String> api(String method, String path, String json, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void anApiPostFromAnotherSiteIsRefusedWithTheJsonBody() throws Exception {
    long letters = count("govsite_letter");
    for (String path : List.of("/api/mailbox/letters", "/api/mailbox/letters/check", "/api/disclosure/requests")) {
      HttpResponse<String> r = api("POST", path, LETTER, Map.of("Origin", EVIL));
      assertEquals(403, r.statusCode(), r.body());
      assertTrue(r.body().startsWith("{\"code\":\"FORBIDDEN\""), r.body());
    }
    assertEquals(letters, count("govsite_letter"));
    assertEquals(201, api("POST", "/api/mailbox/letters", LETTER, Map.of("Origin", "http://localhost:" + port)).statusCode(),
        "this site's own origin passes");
    assertEquals(201, api("POST", "/api/mailbox/letters", LETTER, Map.of()).statusCode(), "a program sends no origin");
  }

  @Test
  void everyAnswerCarriesTheHeadersAndNoServerName() throws Exception {
    PortalHttp h = http();
    List<HttpResponse<String>> answers = List.of(h.get("/"), h.get("/site.css"), h.get("/no-such-page"), h.get("/editor"),
        h.get("/api/disclosure/catalogue"), h.get("/api/no-such-thing"), h.get("/xinxiang/status?id=X&code=Y"),
        api("DELETE", "/api/mailbox/letters", "{}", Map.of()),
        h.postRaw("/xinxiang", Map.of("subject", "x".repeat(300_000)), Map.of()));
    for (HttpResponse<String> r : answers) {
      String where = r.request().uri() + " " + r.statusCode();
      assertEquals(Optional.of(SecurityHeaders.CSP), r.headers().firstValue("Content-Security-Policy"), where);
      assertTrue(SecurityHeaders.CSP.startsWith("default-src 'self'; frame-ancestors 'none'"));
      assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"), where);
      assertEquals(Optional.of("same-origin"), r.headers().firstValue("Referrer-Policy"), where);
      assertEquals(Optional.empty(), r.headers().firstValue("Server"), where);
      assertFalse(r.body().contains("Jetty") || r.body().contains("12.0."), where + " " + r.body());
    }
    // A URI Jetty refuses before any handler (the JDK client will not even send one): read off the socket.
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.getOutputStream().write("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
      assertTrue(raw.contains("X-Content-Type-Options: nosniff") && !raw.contains("Server:"), raw);
    }
    assertTrue(h.get("/").body().contains("<link rel=\"stylesheet\" href=\"/site.css\">"));
    assertFalse(h.get("/xinxiang").body().contains("style="), "no inline style: the policy allows none");
    HttpResponse<String> large = answers.get(answers.size() - 1);
    assertEquals(413, large.statusCode());
    assertTrue(large.body().contains("内容过长") && large.body().contains("lang=\"zh-CN\""), large.body());
  }

  @Test
  void failedLookupsLockTheIdOnPagesAndApi() throws Exception {
    PortalHttp resident = http();
    HttpResponse<String> sent = resident.post("/xinxiang", Map.of("type", "consultation", "subject", "井盖丢失",
        "body", "路口井盖丢失。", "name", "钱某", "phone", "13800138013"));
    String id = PortalHttp.byId(sent.body(), "letter-id");
    String code = PortalHttp.byId(sent.body(), "query-code");
    assertEquals(200, resident.get("/xinxiang/status?id=" + PortalHttp.enc(id) + "&code=" + code).statusCode());
    for (int i = 0; i < 2; i++) {
      assertEquals(404, resident.get("/xinxiang/status?id=" + PortalHttp.enc(id) + "&code=WRONG" + i).statusCode());
    }
    assertEquals(404, resident.get("/api/mailbox/letters/" + PortalHttp.enc(id) + "?code=WRONG").statusCode());
    HttpResponse<String> page = resident.get("/xinxiang/status?id=" + PortalHttp.enc(id) + "&code=" + code);
    assertEquals(429, page.statusCode(), "locked: even the right code waits");
    assertTrue(page.body().contains("尝试次数过多") && page.body().contains("lang=\"zh-CN\""), page.body());
    assertTrue(Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow()) > 0);
    HttpResponse<String> json = resident.get("/api/mailbox/letters/" + PortalHttp.enc(id) + "?code=" + code);
    assertEquals(429, json.statusCode());
    assertTrue(json.body().startsWith("{\"code\":\"TOO_MANY_REQUESTS\""), json.body());
    assertTrue(json.headers().firstValue("Retry-After").isPresent());

    String request = "YSQ-2099-000001";
    for (int i = 0; i < 3; i++) {
      resident.get(i % 2 == 0 ? "/ysqgk/status?id=" + request : "/api/disclosure/requests/" + request);
    }
    assertEquals(429, resident.get("/api/disclosure/requests/" + request).statusCode());
    assertEquals(429, resident.get("/ysqgk/status?id=" + request).statusCode());
  }

  @Test
  void lookupsPerAddressAreLimited(@TempDir Path other) throws Exception {
    PortalConfig config = PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_PORT", "0",
        "GOVSITE_PORTAL_DATA_DIR", other.toString(), "GOVSITE_PORTAL_LIMITS_LOOKUP_PER_MINUTE", "4"));
    try (Portal p = Portal.start(config)) {
      PortalHttp h = new PortalHttp(p.port());
      for (int i = 0; i < 4; i++) {
        assertEquals(404, h.get("/api/disclosure/requests/YSQ-2099-00010" + i).statusCode());
      }
      HttpResponse<String> r = h.get("/xinxiang/status?id=X&code=Y");
      assertEquals(429, r.statusCode());
      long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retry > 0 && retry <= 60, String.valueOf(retry));
      assertEquals(200, h.get("/").statusCode(), "other pages are not throttled");
    }
  }
}
