package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one error model over real HTTP (issue 13): every failure of every module's REST resources,
 * and of the container around them, answers {@code application/json} with
 * {@code {"code", "message", "field"?, "errors"?}}, the right status, and never a Java class name.
 */
class PortalErrorModelTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // What must never reach a caller: Java packages, exception class names, Jetty's HTML page.
  private static final Pattern LEAK = Pattern.compile("org\\.govsite|com\\.fasterxml|org\\.glassfish|org\\.eclipse|java\\.|jakarta\\."
      + "|Exception|<html|\\tat ");
  private static final String LETTER = "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\",\"subject\":\"办事咨询\","
      + "\"body\":\"请问营业执照怎么办理\",\"name\":\"某人\",\"phone\":\"13800138004\"}";

  @TempDir static Path data;
  static Portal portal;
  // A client per request: several answers here (413, a malformed form) make Jetty close the
  // connection, and a pooled client would send the next POST on it and read no bytes.
  static HttpClient client() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @BeforeAll
  static void start() {
    portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  /** A parsed error answer. */
  record Answer(int status, String contentType, String raw, JsonNode body) {
    String code() {
      return body.path("code").asText();
    }

    String field() {
      return body.path("field").asText();
    }

    List<String> errorFields() {
      List<String> fields = new ArrayList<>();
      body.path("errors").forEach(e -> fields.add(e.path("field").asText()));
      return fields;
    }
  }

  static Answer send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + path))
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8") // a browser's: must not get HTML from the API
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> r = client().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String type = r.headers().firstValue("Content-Type").orElse("");
    return new Answer(r.statusCode(), type, r.body(), r.body().isEmpty() ? JSON.createObjectNode() : parse(r.body(), path));
  }

  private static JsonNode parse(String body, String path) throws IOException {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(path + " did not answer JSON:\n" + body, e);
    }
  }

  /** Asserts the one body: status, JSON, code, a bilingual message, no leak. */
  static Answer error(Answer a, int status, String code) {
    assertEquals(status, a.status(), a.raw());
    assertTrue(a.contentType().startsWith("application/json"), a.contentType() + ": " + a.raw());
    assertEquals(code, a.code(), a.raw());
    assertTrue(a.body().path("message").asText().contains("/ "), "a bilingual message: " + a.raw());
    assertFalse(LEAK.matcher(a.raw()).find(), "no class name, no stack, no HTML: " + a.raw());
    return a;
  }

  static Answer postJson(String path, String json) throws IOException, InterruptedException {
    return send("POST", path, "application/json", json);
  }

  @Test
  void anUnknownLetterIs404() throws Exception {
    error(send("GET", "/api/mailbox/letters/XX-0000?code=123456", null, null), 404, "LETTER_NOT_FOUND");
    error(send("GET", "/api/disclosure/requests/YSQ-1999-000001", null, null), 404, "REQUEST_NOT_FOUND");
    error(send("GET", "/api/disclosure/catalogue/entries/000000000-2099-99999", null, null), 404, "ENTRY_NOT_FOUND");
  }

  @Test
  void malformedJsonIsA400NamingTheBody() throws Exception {
    Answer a = error(postJson("/api/mailbox/letters", "{\"subject\": \"办事\", "), 400, "INVALID_INPUT");
    assertEquals("body", a.field());
    error(postJson("/api/disclosure/requests", "not json at all"), 400, "INVALID_INPUT");
  }

  @Test
  void aWrongJsonTypeIsA400NamingThePath() throws Exception {
    Answer a = error(postJson("/api/mailbox/letters", LETTER.replace("\"办事咨询\"", "{\"a\": 1}")), 400, "INVALID_INPUT");
    assertEquals("subject", a.field());
    assertTrue(a.body().path("message").asText().contains("expected text"), a.raw());
    Answer b = error(postJson("/api/mailbox/letters", LETTER.replace("\"keepPrivate\"", "x")
        .replace("}", ",\"keepPrivate\":[1]}")), 400, "INVALID_INPUT");
    assertEquals("keepPrivate", b.field());
  }

  @Test
  void anUnknownCodeIsA400NamingTheField() throws Exception {
    Answer a = error(postJson("/api/disclosure/requests", "{\"applicant\":\"person\",\"channel\":\"online\",\"content\":\"请公开\"}"),
        400, "INVALID_INPUT");
    assertEquals("applicant", a.field());
    assertEquals(List.of("applicant"), a.errorFields());
    Answer b = error(send("GET", "/api/disclosure/catalogue?mode=sometimes", null, null), 400, "INVALID_INPUT");
    assertEquals("mode", b.field());
    Answer c = error(send("GET", "/api/search?q=x&kind=poster", null, null), 400, "INVALID_INPUT");
    assertEquals("kind", c.field());
  }

  @Test
  void aBadQueryParameterIsA400NamingIt() throws Exception {
    Answer a = error(send("GET", "/api/disclosure/catalogue?year=abc", null, null), 400, "INVALID_INPUT");
    assertEquals("year", a.field());
    assertEquals(List.of("year"), a.errorFields());
    Answer page = error(send("GET", "/api/mailbox/published?page=first", null, null), 400, "INVALID_INPUT");
    assertEquals("page", page.field());
    Answer limit = error(send("GET", "/api/search?q=x&limit=many", null, null), 400, "INVALID_INPUT");
    assertEquals("limit", limit.field());
  }

  @Test
  void beanValidationFailuresAre400WithEveryFieldError() throws Exception {
    Answer year = error(send("GET", "/api/disclosure/catalogue?year=99", null, null), 400, "INVALID_INPUT");
    assertEquals("year", year.field());
    assertTrue(year.body().path("errors").get(0).path("message").asText().contains("must be at least 1000"), year.raw());
    Answer request = error(postJson("/api/disclosure/requests",
        "{\"applicant\":\"business\",\"channel\":\"carrier pigeon\",\"content\":\"" + "长".repeat(4001) + "\"}"), 400, "INVALID_INPUT");
    assertEquals(List.of("content"), request.errorFields());
    // The channel is an enum code, looked up (and refused with the accepted codes) by Codes.byName.
    Answer channel = error(postJson("/api/disclosure/requests",
        "{\"applicant\":\"business\",\"channel\":\"carrier pigeon\",\"content\":\"请公开\"}"), 400, "INVALID_INPUT");
    assertEquals("channel", channel.field());
    // A letter is checked by its mailbox's SubmissionRules (the one definition of its limits), not by annotations.
    Answer letter = error(postJson("/api/mailbox/letters", "{}"), 400, "INVALID_SUBMISSION");
    assertTrue(letter.errorFields().containsAll(List.of("body", "mailbox", "subject", "type")), letter.raw());
  }

  @Test
  void aSubmissionTheMailboxRulesRefuseListsItsFields() throws Exception {
    // The pattern Bean Validation checks lets it through; the GB 11643 check digit does not.
    Answer a = error(postJson("/api/mailbox/letters", LETTER.replace("}", ",\"idNumber\":\"110101199003071235\"}")),
        400, "INVALID_SUBMISSION");
    assertEquals(List.of("idNumber"), a.errorFields());
    assertEquals("idNumber", a.field());
  }

  @Test
  void aWrongContentTypeIs415() throws Exception {
    error(send("POST", "/api/mailbox/letters", "text/plain", LETTER), 415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aFailureBeforeJerseyRunsAnswersJsonToo() throws Exception {
    // The screening filter reads the form before any resource: Jetty refuses the broken encoding there.
    error(send("POST", "/api/mailbox/letters", "application/x-www-form-urlencoded", "subject=%zz"), 400, "INVALID_INPUT");
  }

  @Test
  void aTooLargeBodyIs413() throws Exception {
    error(postJson("/api/mailbox/letters", "{\"body\":\"" + "长".repeat(100_000) + "\"}"), 413, "TOO_LARGE");
  }

  @Test
  void screeningRejectionsKeepTheirFieldsInsideTheOneShape() throws Exception {
    Answer a = error(postJson("/api/mailbox/letters", LETTER.replace("办事咨询", "攻府")), 422, "CONTENT_REJECTED");
    assertEquals("block", a.body().path("verdict").asText());
    JsonNode finding = a.body().path("findings").get(0);
    assertEquals("subject", finding.path("field").asText());
    assertEquals("政府", finding.path("suggestion").asText());
    assertEquals("“标题”中的“攻府”：严重表述错误，应为“政府”", finding.path("message").asText());
    assertEquals(List.of("subject"), a.errorFields());
  }

  @Test
  void unmatchedApiPathsAndMethodsAnswerJson() throws Exception {
    error(send("GET", "/api/no-such-thing", null, null), 404, "NOT_FOUND");
    error(send("GET", "/api", null, null), 404, "NOT_FOUND");
    error(send("GET", "/api/mailbox/letters/a/b/c", null, null), 404, "NOT_FOUND");
    error(send("DELETE", "/api/mailbox/published", null, null), 405, "METHOD_NOT_ALLOWED");
    error(send("PUT", "/api/search", "application/json", "{}"), 405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void aUriTheServerRefusesIsA400InJson() throws Exception {
    // Raw HTTP: the JDK client will not send such URIs; Jetty refuses them before any servlet runs.
    for (String path : new String[] {"/api/%zz", "/api/a%2Fb", "/api/mailbox/letters/%00"}) {
      String raw;
      try (java.net.Socket socket = new java.net.Socket("localhost", portal.port())) {
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      int status = Integer.parseInt(raw.substring(9, 12));
      String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
      String type = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
          .map(l -> l.substring(13).strip()).findFirst().orElse("");
      String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
      error(new Answer(status, type, body, parse(body, path)), 400, "INVALID_INPUT");
    }
  }

  @Test
  void thePagesKeepTheirHtml() throws Exception {
    HttpResponse<String> r = client().send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + "/no-such-page"))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
  }
}
