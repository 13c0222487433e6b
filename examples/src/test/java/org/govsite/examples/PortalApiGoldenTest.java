package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the REST bodies the portal answers (docs/disclosure.md, docs/mailbox.md, docs/search.md)
 * character for character: field names, nesting, order, dates as ISO-8601 strings, Optional as
 * its value or null. The catalogue and search data are seeded with fixed dates; the mailbox is
 * seeded relative to today and its ids and query codes are random by design, so those are replaced by
 * placeholders of the same form before comparing.
 */
class PortalApiGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  @TempDir static Path data;
  static Portal portal;
  static PortalHttp http;

  @BeforeAll
  static void start() {
    portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data));
    http = new PortalHttp(portal.port());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static void assertBody(String golden, HttpResponse<String> r, int status, boolean datedByToday) throws Exception {
    assertEquals(status, r.statusCode(), r.uri() + ":\n" + r.body());
    String body = r.body().replaceAll("XX\\d{8}-[0-9A-Z]{8}", "XX00000000-ID").replaceAll("\"queryCode\":\"[0-9A-Z]{10}\"", "\"queryCode\":\"QUERYCODE10\"");
    if (datedByToday) {
      body = body.replaceAll("\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\"", "\"yyyy-mm-ddThh:mm:ss\"")
          .replaceAll("\"\\d{4}-\\d{2}-\\d{2}\"", "\"yyyy-mm-dd\"");
    }
    Path file = GOLDEN.resolve(golden);
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), body, r.uri() + " differs from " + file);
  }

  @Test
  void catalogueBodiesAreUnchanged() throws Exception {
    assertBody("api-catalogue-2007.json", http.get("/api/disclosure/catalogue?year=2007"), 200, false);
    assertBody("api-catalogue-entry.json", http.get("/api/disclosure/catalogue/entries/43112300X/2007-00001"), 200, false);
    assertBody("api-catalogue-coverage.json", http.get("/api/disclosure/catalogue/coverage?asOf=2025-12-31"), 200, false);
  }

  @Test
  void mailboxBodiesAreUnchanged() throws Exception {
    assertBody("api-mailbox-published.json", http.get("/api/mailbox/published?page=1&size=3"), 200, true);
    HttpResponse<String> receipt = http.postJson("/api/mailbox/letters", "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\","
        + "\"subject\":\"办事咨询\",\"body\":\"请问营业执照怎么办理\",\"name\":\"某人\",\"phone\":\"13800138004\"}");
    JsonNode r = new ObjectMapper().readTree(receipt.body());
    assertBody("api-mailbox-receipt.json", receipt, 201, true);
    String code = r.get("queryCode").asText();
    assertBody("api-mailbox-status.json", http.get("/api/mailbox/letters/" + r.get("id").asText() + "?code=" + code), 200, true);
  }

  @Test
  void searchBodiesAreUnchanged() throws Exception {
    assertBody("api-search.json", http.get("/api/search?q=" + PortalHttp.enc("应急预案") + "&limit=3"), 200, false);
    assertBody("api-search-suggest.json", http.get("/api/search/suggest?q=" + PortalHttp.enc("应急")), 200, false);
  }
}
