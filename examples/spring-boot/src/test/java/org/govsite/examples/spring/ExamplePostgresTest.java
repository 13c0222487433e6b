package org.govsite.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.govsite.core.json.GovSiteJson;
import org.govsite.testing.DatabaseExtension;
import org.govsite.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same example on a real PostgreSQL by its data source settings alone, in a fresh schema from
 * govsite-testing's {@link DatabaseExtension}. Like every PostgreSQL test it fails, never skips,
 * without {@code GOVSITE_TEST_PG_*}.
 */
@SpringBootTest(classes = GovSiteBootExample.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // closed before the extension drops the schema
class ExamplePostgresTest {
  @RegisterExtension
  static final DatabaseExtension PG = DatabaseExtension.postgres();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void dataSource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PG.database().url());
    registry.add("spring.datasource.username", () -> PG.database().user());
    registry.add("spring.datasource.password", () -> PG.database().password());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void lettersAndRequestsLandInPostgreSql(TestDatabase pg) throws Exception {
    HttpResponse<String> letter = post("/api/mailbox/letters", "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\","
        + "\"subject\":\"公交线路咨询\",\"body\":\"请问县城到乡镇的公交几点发车？\",\"name\":\"林某\",\"phone\":\"13800138006\"}");
    assertThat(letter.statusCode()).as(letter.body()).isEqualTo(201);
    HttpResponse<String> request = post("/api/disclosure/requests",
        "{\"applicant\":\"natural-person\",\"channel\":\"online\",\"content\":\"申请公开本县2025年道路养护资金使用情况\"}");
    assertThat(request.statusCode()).as(request.body()).isEqualTo(201);
    assertThat(post("/api/mailbox/letters", "{\"subject\":\"攻府\"}").statusCode()).isEqualTo(422);
    try (Connection c = pg.connect(); Statement s = c.createStatement()) {
      assertThat(count(s, pg.schema() + ".govsite_letter")).isEqualTo(1);
      String id = GovSiteJson.reader().readTree(request.body()).path("id").asText();
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + pg.schema() + ".govsite_request WHERE id = '" + id + "'")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1);
      }
    }
    HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode db = GovSiteJson.reader().readTree(health.body()).path("components");
    assertThat(db.path("govsite-database").path("status").asText()).isEqualTo("UP");
    assertThat(db.path("db").path("details").path("database").asText()).isEqualTo("PostgreSQL");
  }

  private static long count(Statement s, String table) throws Exception {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
