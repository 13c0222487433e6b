package org.govsite.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.screening.Screener;
import org.govsite.disclosure.Catalogue;
import org.govsite.disclosure.IndexNumberAllocator;
import org.govsite.disclosure.JdbcRequestStore;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Mailbox;
import org.govsite.review.ReviewWorkflow;
import org.govsite.search.SiteSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The example on H2: the starter's beans from settings alone, the page, health and metrics over HTTP. */
@SpringBootTest(classes = GovSiteBootExample.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleApplicationTest {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
  }

  @Test
  void everyGovSiteBeanComesFromTheStarterAndTheCatalogueFromTheApplication() {
    for (Class<?> type : new Class<?>[] {WorkingDayCalendar.class, Screener.class, Mailbox.class, JdbcLetterStore.class,
        JdbcRequestStore.class, IndexNumberAllocator.class, SiteSearch.class, ReviewWorkflow.class}) {
      assertThat(context.getBeanNamesForType(type)).as(type.getSimpleName()).hasSize(1);
    }
    assertThat(context.getBean(Catalogue.class).entries()).hasSize(2);
  }

  @Test
  void thePageSearchesTheCatalogueIndexedAtStart() throws Exception {
    HttpResponse<String> page = get("/?q=" + URLEncoder.encode("营业执照", StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("搜索结果（1）").contains("某县人民政府办公室关于优化营业执照办理流程的通知");
    assertThat(get("/?q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8)).body()).doesNotContain("<script>")
        .contains("&lt;script&gt;");
  }

  @Test
  void aBlockedFormIsRefusedBeforeAnyResource() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/mailbox/letters"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("subject=" + URLEncoder.encode("攻府", StandardCharsets.UTF_8))));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(GovSiteJson.reader().readTree(r.body()).path("code").asText()).isEqualTo("CONTENT_REJECTED");
  }

  @Test
  void healthHasGovSitesIndicators() throws Exception {
    HttpResponse<String> r = get("/actuator/health");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode components = GovSiteJson.reader().readTree(r.body()).path("components");
    assertThat(components.path("govsite-database").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("govsite-search").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("govsite-search").path("details").path("documents").asLong()).isGreaterThanOrEqualTo(2);
    // UP, or WARNING from 20 December until next year's notice is bundled: either way the site serves.
    assertThat(components.path("govsite-calendar").path("status").asText()).isIn("UP", "WARNING");
  }

  @Test
  void theMetricsAreRegistered() throws Exception {
    send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/mailbox/letters"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"攻府\"}", StandardCharsets.UTF_8)));
    JsonNode names = GovSiteJson.reader().readTree(get("/actuator/metrics").body()).path("names");
    assertThat(names.toString()).contains("govsite.screening.blocks", "govsite.disclosure.requests.due.soon",
        "govsite.review.waiting", "govsite.review.decisions");
    JsonNode blocks = GovSiteJson.reader().readTree(get("/actuator/metrics/govsite.screening.blocks").body());
    assertThat(blocks.path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1.0);
  }

  private HttpResponse<String> submit(String method, String type, byte[] body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/mailbox/letters"))
        .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static String code(HttpResponse<String> r) throws Exception {
    return GovSiteJson.reader().readTree(r.body()).path("code").asText();
  }

  @Test
  void jsonInTheCharsetItDeclaresIsScreenedAndAnUnknownCharsetRefused() throws Exception {
    java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
    HttpResponse<String> r = submit("POST", "application/json;charset=GBK", "{\"subject\":\"攻府\"}".getBytes(gbk));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(code(r)).isEqualTo("CONTENT_REJECTED");
    r = submit("POST", "application/json;charset=x-no-such-charset", "{\"subject\":\"攻府\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(code(r)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    // Not JSON at all: refused, not passed on unscreened.
    r = submit("POST", "application/json", "subject=攻府".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(code(r)).isEqualTo("INVALID_INPUT");
    assertThat(GovSiteJson.reader().readTree(r.body()).path("field").asText()).isEqualTo("body");
  }

  @Test
  void formBodiesAreScreenedOnEveryMethodWithABody() throws Exception {
    byte[] form = ("subject=" + URLEncoder.encode("攻府", StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
      HttpResponse<String> r = submit(method, "application/x-www-form-urlencoded", form);
      assertThat(r.statusCode()).as(method).isEqualTo(422);
      assertThat(code(r)).as(method).isEqualTo("CONTENT_REJECTED");
    }
  }

  @Test
  void multipartIsRefusedOnTheScreenedPaths() throws Exception {
    String body = "--b\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\n攻府\r\n--b--\r\n";
    HttpResponse<String> r = submit("POST", "multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(code(r)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aQueryOverTheLimitIs400NamingQ() throws Exception {
    HttpResponse<String> r = get("/?q=" + "a".repeat(SiteSearch.DEFAULT_MAX_QUERY_LENGTH + 1));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = GovSiteJson.reader().readTree(r.body());
    assertThat(body.path("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(body.path("field").asText()).isEqualTo("q");
  }
}
