package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.govsite.core.json.GovSiteJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates and encodings at the edge of the portal (issue 14, item 8): out-of-range dates name their
 * field, every JSON endpoint treats a UTF-8 byte order mark alike (removed), and the API and the
 * pages both answer 400 naming {@code q} for a malformed percent-encoded query.
 */
class PortalEdgeInputTest {
  private static final String LETTER = "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\",\"subject\":\"办事咨询\","
      + "\"body\":\"请问营业执照怎么办理\",\"name\":\"某人\",\"phone\":\"13800138004\"}";
  private static final String REQUEST = "{\"applicant\":\"natural-person\",\"channel\":\"online\",\"content\":\"请公开本县2024年财政预算\"}";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir static Path data;
  static Portal portal;

  @BeforeAll
  static void start() {
    portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  record Answer(int status, String type, String body) {
    JsonNode json() throws Exception {
      return GovSiteJson.reader().readTree(body);
    }
  }

  static Answer send(String method, String pathAndQuery, byte[] body) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + pathAndQuery));
    if (body != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static byte[] bom(String json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(json.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static void badInput(Answer a, String field) throws Exception {
    assertEquals(400, a.status(), a.body());
    assertTrue(a.type().startsWith("application/json"), a.type());
    assertEquals("INVALID_INPUT", a.json().path("code").asText(), a.body());
    assertEquals(field, a.json().path("field").asText(), a.body());
  }

  @Test
  void datesOutsideTheRangeNameTheirFieldInQueriesAndBodies() throws Exception {
    for (String asOf : new String[] {"-5000-01-01", "0000-01-01", "1949-09-30", "2100-01-01", "+10000-01-01"}) {
      badInput(send("GET", "/api/disclosure/catalogue/coverage?asOf=" + asOf.replace("+", "%2B"), null), "asOf");
    }
    assertEquals(200, send("GET", "/api/disclosure/catalogue/coverage?asOf=2025-06-30", null).status());
    for (String received : new String[] {"-5000-01-01", "0000-01-01", "1900-01-01"}) {
      badInput(send("POST", "/api/disclosure/requests",
          REQUEST.replace("}", ",\"received\":\"" + received + "\"}").getBytes(StandardCharsets.UTF_8)), "received");
    }
  }

  @Test
  void everyJsonEndpointRemovesAByteOrderMark() throws Exception {
    Answer letter = send("POST", "/api/mailbox/letters", bom(LETTER));
    assertEquals(201, letter.status(), letter.body());
    String id = letter.json().path("id").asText();
    String code = letter.json().path("queryCode").asText();
    Answer status = send("GET", "/api/mailbox/letters/" + id + "?code=" + code, null);
    assertEquals(200, status.status(), status.body());
    assertFalse(status.body().contains("\uFEFF"), status.body());

    Answer check = send("POST", "/api/mailbox/letters/check", bom(LETTER));
    assertEquals(200, check.status(), check.body());
    assertEquals(send("POST", "/api/mailbox/letters/check", LETTER.getBytes(StandardCharsets.UTF_8)).body(), check.body());

    Answer request = send("POST", "/api/disclosure/requests", bom(REQUEST));
    assertEquals(201, request.status(), request.body());
    assertFalse(request.body().contains("\uFEFF"), request.body());
  }

  @Test
  void malformedPercentEncodingIsA400NamingTheParameterOnTheApiAndThePage() throws Exception {
    for (String q : new String[] {"%FF", "%E4%B8", "%C3%28"}) {
      badInput(send("GET", "/api/search?q=" + q, null), "q");
      Answer page = send("GET", "/search?q=" + q, null);
      assertEquals(400, page.status(), page.body());
      assertTrue(page.type().startsWith("text/html"), page.type());
      assertTrue(page.body().contains("输入有误") && page.body().contains("q") && page.body().contains("百分号编码"), page.body());
    }
    assertEquals(200, send("GET", "/api/search?q=%E4%BD%8F%E6%88%BF", null).status());
    assertEquals(200, send("GET", "/search?q=%E4%BD%8F%E6%88%BF", null).status());
  }
}
