package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal on a real PostgreSQL by changing only the JDBC URL (and credentials). Like the
 * modules' PostgreSQL tests it fails, never skips, without {@code GOVSITE_TEST_PG_URL}
 * ({@code .ci/postgres-start && source .ci/postgres-env}); it works in a schema of its own, dropped after.
 */
class PortalPostgresTest {
  @TempDir Path data;

  @Test
  void theSamePortalRunsOnPostgreSql() throws Exception {
    String url = System.getenv("GOVSITE_TEST_PG_URL");
    assertNotNull(url, "GOVSITE_TEST_PG_URL is not set: run .ci/postgres-start && source .ci/postgres-env");
    String user = System.getenv().getOrDefault("GOVSITE_TEST_PG_USER", "");
    String password = System.getenv().getOrDefault("GOVSITE_TEST_PG_PASSWORD", "");
    String schema = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      try {
        String portalUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        PortalConfig config = PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_JDBC_URL", portalUrl,
            "GOVSITE_PORTAL_JDBC_USER", user, "GOVSITE_PORTAL_JDBC_PASSWORD", password, "GOVSITE_PORTAL_PORT", "0",
            "GOVSITE_PORTAL_DATA_DIR", data.toString()));
        try (Portal portal = Portal.start(config)) {
          PortalHttp http = new PortalHttp(portal.port());
          assertEquals(200, http.get("/").statusCode());
          assertTrue(http.get("/xinxiang").body().contains("孩子入学需要准备哪些材料"), "seeded into PostgreSQL");
          long before = count(s, schema + ".govsite_letter");
          assertEquals(6, before);
          HttpResponse<String> r = http.post("/xinxiang", Map.of("type", "consultation", "subject", "公交线路咨询",
              "body", "请问县城到乡镇的公交几点发车？", "name", "林某", "phone", "13800138006"));
          assertEquals(200, r.statusCode(), r.body());
          assertEquals(before + 1, count(s, schema + ".govsite_letter"));
          assertEquals(422, http.post("/xinxiang", Map.of("type", "consultation", "subject", "攻府",
              "body", "内容", "name", "林某", "phone", "13800138006")).statusCode());
          assertEquals(before + 1, count(s, schema + ".govsite_letter"));
          assertTrue(count(s, schema + ".portal_article") > 0);
          for (String page : List.of("/editor", "/search?q=" + PortalHttp.enc("网站"))) {
            assertEquals(200, http.get(page).statusCode(), page);
          }
        }
      } finally {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static long count(Statement s, String table) throws Exception {
    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
