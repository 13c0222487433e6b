package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.govsite.core.json.GovSiteJson;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint reads at most {@code limits.body.bytes}: 413 naming the limit, JSON for the API, the portal's page for forms. */
class PortalBodyLimitTest {
  private static final long LIMIT = 2000;
  private static final String LETTER = "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\",\"subject\":\"办事咨询\","
      + "\"body\":\"请问营业执照怎么办理\",\"name\":\"某人\",\"phone\":\"13800138004\"}";
  static Path data;
  static Portal portal;

  @BeforeAll
  static void start() throws Exception {
    data = Files.createTempDirectory("govsite-limit");
    Path config = data.resolve("portal.properties");
    Files.writeString(config, "port=0\ndata.dir=" + data.resolve("data").toString().replace('\\', '/') + "\nlimits.body.bytes=" + LIMIT + "\n");
    portal = Portal.start(PortalConfig.load(Optional.of(config), Map.of()));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + path))
        .header("Content-Type", type).POST(body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String big() {
    return "长".repeat((int) LIMIT);
  }

  private static void assertJson413(HttpResponse<String> r) throws Exception {
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    JsonNode body = GovSiteJson.reader().readTree(r.body());
    assertEquals("TOO_LARGE", body.path("code").asText());
    assertTrue(body.path("message").asText().contains("超过上限 2000 字节")
        && body.path("message").asText().contains("limit of 2000 bytes (limits.body.bytes)"), r.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/mailbox/letters", "/api/disclosure/requests", "/api/mailbox/letters/check"})
  void anApiBodyOverTheLimitIs413WithTheOneJsonBody(String path) throws Exception {
    assertJson413(post(path, "application/json", HttpRequest.BodyPublishers.ofString("{\"body\":\"" + big() + "\"}")));
  }

  @Test
  void aBodySentWithoutALengthIsHeldToTheLimitToo() throws Exception {
    byte[] json = ("{\"body\":\"" + big() + "\"}").getBytes(StandardCharsets.UTF_8);
    assertJson413(post("/api/mailbox/letters", "application/json", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))));
  }

  @Test
  void aBodyUnderTheLimitIsServed() throws Exception {
    assertEquals(201, post("/api/mailbox/letters", "application/json", HttpRequest.BodyPublishers.ofString(LETTER)).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/xinxiang", "/ysqgk", "/jiucuo"})
  void aFormOverTheLimitGetsThePortalsOwnPage(String path) throws Exception {
    HttpResponse<String> r = post(path, "application/x-www-form-urlencoded",
        HttpRequest.BodyPublishers.ofString("subject=" + "x".repeat((int) LIMIT)));
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
    assertTrue(r.body().contains("请求内容超过上限 2000 字节") && r.body().contains("lang=\"zh-CN\""), r.body());
  }

  @Test
  void aFormSentWithoutALengthGetsThePortalsOwnPageToo() throws Exception {
    byte[] form = ("subject=" + "x".repeat((int) LIMIT)).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = post("/xinxiang", "application/x-www-form-urlencoded",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form)));
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(r.body().contains("请求内容超过上限 2000 字节") && r.body().contains("lang=\"zh-CN\""), r.body());
  }

  @Test
  void aBadLimitNamesTheSetting() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_LIMITS_BODY_BYTES", "many")));
    assertEquals("limits.body.bytes", e.field());
    assertEquals("limits.body.bytes", assertThrows(InvalidInputException.class,
        () -> PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_LIMITS_BODY_BYTES", "0"))).field());
    assertEquals(PortalConfig.DEFAULT_BODY_LIMIT_BYTES, PortalConfig.defaults().bodyLimitBytes());
  }
}
