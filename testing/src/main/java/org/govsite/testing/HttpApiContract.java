package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.json.GovSiteJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * GovSite's REST API over real HTTP (接口契约), for any host that serves it: the portal (Jetty and
 * Jersey), the Spring Boot starter, or a vendor's own container. Extend it, return the host's base
 * URI, and every test runs against it: the same paths, the same JSON bodies, and core's one error
 * body {@code {code, message, field?, errors?}} with the same statuses and codes, never a Java name.
 *
 * <p>The host must serve the mailbox, disclosure-request, catalogue and search resources under
 * {@code /api}, screen JSON bodies with the default dictionary, and refuse bodies over 256 KiB.
 * Requests are sent without an {@code Origin} header and with a browser's {@code Accept}, as a
 * page's script would send them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class HttpApiContract {
  /** A letter every mailbox accepts. */
  protected static final String LETTER = "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\",\"subject\":\"办事咨询\","
      + "\"body\":\"请问营业执照怎么办理\",\"name\":\"某人\",\"phone\":\"13800138004\"}";
  /** A disclosure request every host accepts. */
  protected static final String REQUEST = "{\"applicant\":\"natural-person\",\"channel\":\"online\","
      + "\"content\":\"申请公开本县2025年道路养护资金使用情况\"}";
  // What must never reach a caller: Java packages, exception class names, a container's HTML page.
  private static final Pattern LEAK = Pattern.compile("org\\.govsite|com\\.fasterxml|org\\.glassfish|org\\.eclipse"
      + "|org\\.springframework|org\\.apache|java\\.|jakarta\\.|Exception|<html|\\tat ");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Creates the contract. */
  protected HttpApiContract() {}

  /** Returns the host's base URI, e.g. {@code http://localhost:8080}, without a trailing slash. */
  protected abstract URI baseUri();

  /**
   * An answer: status, content type, the raw body and the body parsed as JSON (an empty object when empty).
   *
   * @param status the HTTP status
   * @param contentType the Content-Type header, "" when absent
   * @param raw the body as text
   * @param json the body as JSON
   */
  protected record Answer(int status, String contentType, String raw, JsonNode json) {
    /** Returns the error body's code. */
    public String code() {
      return json.path("code").asText();
    }

    /** Returns the error body's field, "" when none. */
    public String field() {
      return json.path("field").asText();
    }

    /** Returns the fields of the error body's {@code errors}, in order. */
    public List<String> errorFields() {
      List<String> fields = new ArrayList<>();
      json.path("errors").forEach(e -> fields.add(e.path("field").asText()));
      return fields;
    }
  }

  /** Sends a request; a new client each time, since some answers (413) close the connection. */
  protected Answer send(String method, String path, @Nullable String contentType, @Nullable String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUri() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String raw = r.body();
    JsonNode json;
    try {
      json = raw.isEmpty() ? GovSiteJson.reader().createObjectNode() : GovSiteJson.reader().readTree(raw);
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " did not answer JSON (" + r.statusCode() + "):\n" + raw, e);
    }
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), raw, json);
  }

  /** GETs a path. */
  protected Answer get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, null);
  }

  /** POSTs JSON to a path. */
  protected Answer postJson(String path, String json) throws IOException, InterruptedException {
    return send("POST", path, "application/json", json);
  }

  /** Asserts a JSON answer with this status. */
  protected static Answer ok(Answer a, int status) {
    assertEquals(status, a.status(), a.raw());
    assertTrue(a.contentType().startsWith("application/json"), a.contentType() + ": " + a.raw());
    return a;
  }

  /** Asserts core's error body: the status, JSON, the code, a bilingual message, and no leak. */
  protected static Answer error(Answer a, int status, String code) {
    ok(a, status);
    assertEquals(code, a.code(), a.raw());
    assertTrue(a.json().path("message").asText().contains("/ "), "a bilingual message: " + a.raw());
    assertFalse(LEAK.matcher(a.raw()).find(), "no class name, no stack, no HTML: " + a.raw());
    return a;
  }

  @Test
  public final void aLetterIsReceivedAndItsStatusFoundWithItsCode() throws Exception {
    Answer receipt = ok(postJson("/api/mailbox/letters", LETTER.replace("办事咨询", "办事咨询 " + System.nanoTime())), 201);
    String id = receipt.json().path("id").asText();
    String code = receipt.json().path("queryCode").asText();
    assertFalse(id.isEmpty(), receipt.raw());
    assertFalse(code.isEmpty(), receipt.raw());
    assertTrue(DAY.matcher(receipt.json().path("deadline").asText()).matches(), receipt.raw());
    assertTrue(receipt.json().path("possibleDuplicate").isBoolean(), receipt.raw());
    Answer status = ok(get("/api/mailbox/letters/" + enc(id) + "?code=" + enc(code)), 200);
    assertEquals(id, status.json().path("id").asText(), status.raw());
    assertTrue(DAY.matcher(status.json().path("deadline").asText()).matches(), "a LocalDate as yyyy-mm-dd: " + status.raw());
    error(get("/api/mailbox/letters/" + enc(id) + "?code=000000"), 404, "LETTER_NOT_FOUND");
  }

  @Test
  public final void aDisclosureRequestIsRegisteredAndItsStatusFound() throws Exception {
    Answer receipt = ok(postJson("/api/disclosure/requests", REQUEST), 201);
    String id = receipt.json().path("id").asText();
    String code = receipt.json().path("queryCode").asText();
    assertTrue(id.startsWith("YSQ-"), receipt.raw());
    assertTrue(DAY.matcher(receipt.json().path("deadline").asText()).matches(), receipt.raw());
    Answer status = ok(get("/api/disclosure/requests/" + enc(id) + "?code=" + enc(code)), 200);
    assertEquals(id, status.json().path("id").asText(), status.raw());
    assertEquals("open", status.json().path("state").asText(), status.raw());
  }

  @Test
  public final void theCatalogueSearchAndPublishedLettersAnswerTheirShapes() throws Exception {
    assertTrue(ok(get("/api/disclosure/catalogue"), 200).json().isArray());
    Answer search = ok(get("/api/search?q=" + enc("营业执照")), 200);
    assertTrue(search.json().path("total").isIntegralNumber(), search.raw());
    assertTrue(search.json().path("hits").isArray(), search.raw());
    assertTrue(ok(get("/api/search/suggest?q=" + enc("营业")), 200).json().path("suggestions").isArray());
    Answer published = ok(get("/api/mailbox/published?page=1&size=5"), 200);
    assertEquals(1, published.json().path("page").asInt(), published.raw());
    assertTrue(published.json().path("letters").isArray(), published.raw());
  }

  @Test
  public final void unknownThingsAre404() throws Exception {
    error(get("/api/mailbox/letters/XX-0000?code=123456"), 404, "LETTER_NOT_FOUND");
    error(get("/api/disclosure/requests/YSQ-1999-000001"), 404, "REQUEST_NOT_FOUND");
    error(get("/api/disclosure/catalogue/entries/000000000-2099-99999"), 404, "ENTRY_NOT_FOUND");
  }

  @Test
  public final void malformedJsonIsA400NamingTheBody() throws Exception {
    assertEquals("body", error(postJson("/api/mailbox/letters", "{\"subject\": \"办事\", "), 400, "INVALID_INPUT").field());
    error(postJson("/api/disclosure/requests", "not json at all"), 400, "INVALID_INPUT");
  }

  @Test
  public final void jsonIsReadWithGovSitesOneConfiguration() throws Exception {
    // GovSite's reader is strict: an unknown property is a 400 naming it, not silently dropped.
    Answer a = error(postJson("/api/mailbox/letters", LETTER.replace("}", ",\"nickname\":\"x\"}")), 400, "INVALID_INPUT");
    assertEquals("nickname", a.field(), a.raw());
    Answer b = error(postJson("/api/mailbox/letters", LETTER.replace("\"办事咨询\"", "{\"a\": 1}")), 400, "INVALID_INPUT");
    assertEquals("subject", b.field(), b.raw());
  }

  @Test
  public final void badCodesAndQueryParametersAre400NamingThem() throws Exception {
    Answer applicant = error(postJson("/api/disclosure/requests", "{\"applicant\":\"person\",\"channel\":\"online\",\"content\":\"请公开\"}"),
        400, "INVALID_INPUT");
    assertEquals(List.of("applicant"), applicant.errorFields());
    assertEquals("year", error(get("/api/disclosure/catalogue?year=abc"), 400, "INVALID_INPUT").field());
    assertEquals("year", error(get("/api/disclosure/catalogue?year=99"), 400, "INVALID_INPUT").field());
    assertEquals("mode", error(get("/api/disclosure/catalogue?mode=sometimes"), 400, "INVALID_INPUT").field());
    assertEquals("page", error(get("/api/mailbox/published?page=first"), 400, "INVALID_INPUT").field());
    assertEquals("limit", error(get("/api/search?q=x&limit=many"), 400, "INVALID_INPUT").field());
    assertEquals("kind", error(get("/api/search?q=x&kind=poster"), 400, "INVALID_INPUT").field());
  }

  @Test
  public final void anInvalidSubmissionListsEveryField() throws Exception {
    Answer a = error(postJson("/api/mailbox/letters", "{}"), 400, "INVALID_SUBMISSION");
    assertTrue(a.errorFields().containsAll(List.of("body", "mailbox", "subject", "type")), a.raw());
  }

  @Test
  public final void aWrongContentTypeIs415() throws Exception {
    error(send("POST", "/api/mailbox/letters", "text/plain", LETTER), 415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  public final void aTooLargeBodyIs413() throws Exception {
    error(postJson("/api/mailbox/letters", "{\"body\":\"" + "长".repeat(100_000) + "\"}"), 413, "TOO_LARGE");
  }

  @Test
  public final void aBlockedSubmissionIs422WithItsFindings() throws Exception {
    Answer a = error(postJson("/api/mailbox/letters", LETTER.replace("办事咨询", "攻府")), 422, "CONTENT_REJECTED");
    assertEquals("block", a.json().path("verdict").asText(), a.raw());
    JsonNode finding = a.json().path("findings").get(0);
    assertEquals("subject", finding.path("field").asText(), a.raw());
    assertEquals("政府", finding.path("suggestion").asText(), a.raw());
    assertEquals(List.of("subject"), a.errorFields());
    // Escaped in the JSON, the same text is still found.
    error(postJson("/api/mailbox/letters", LETTER.replace("办事咨询", "\\u653b\\u5e9c")), 422, "CONTENT_REJECTED");
  }

  @Test
  public final void unmatchedPathsAndMethodsAnswerTheErrorBody() throws Exception {
    error(get("/api/no-such-thing"), 404, "NOT_FOUND");
    error(get("/api/mailbox/letters/a/b/c"), 404, "NOT_FOUND");
    error(send("DELETE", "/api/mailbox/published", null, null), 405, "METHOD_NOT_ALLOWED");
    error(send("PUT", "/api/search", "application/json", "{}"), 405, "METHOD_NOT_ALLOWED");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
