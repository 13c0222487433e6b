package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.testing.DatabaseExtension;
import org.govsite.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal on a real PostgreSQL by changing only the JDBC URL (and credentials), in a fresh
 * schema from govsite-testing's {@link DatabaseExtension}, dropped afterwards. Like every
 * PostgreSQL test it fails, never skips, without {@code GOVSITE_TEST_PG_*}
 * ({@code .ci/postgres-start && source .ci/postgres-env}).
 */
class PortalPostgresTest {
  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.postgres();

  @TempDir Path data;

  @Test
  void theSamePortalRunsOnPostgreSql(TestDatabase pg) throws Exception {
    // The URL names the fresh schema as currentSchema: the portal's tables land in it.
    PortalConfig config = PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_JDBC_URL", pg.url(),
        "GOVSITE_PORTAL_JDBC_USER", pg.user(), "GOVSITE_PORTAL_JDBC_PASSWORD", pg.password(), "GOVSITE_PORTAL_PORT", "0",
        "GOVSITE_PORTAL_DATA_DIR", data.toString()));
    PortalHttp.addStaff(config, "admin", "admin"); // the staff tables live in PostgreSQL too
    try (Portal portal = Portal.start(config); Connection c = pg.connect(); Statement s = c.createStatement()) {
      PortalHttp http = new PortalHttp(portal.port());
      assertEquals(200, http.get("/").statusCode());
      assertTrue(http.get("/xinxiang").body().contains("孩子入学需要准备哪些材料"), "seeded into PostgreSQL");
      String letters = pg.schema() + ".govsite_letter";
      long before = count(s, letters);
      assertEquals(6, before);
      HttpResponse<String> r = http.post("/xinxiang", Map.of("type", "consultation", "subject", "公交线路咨询",
          "body", "请问县城到乡镇的公交几点发车？", "name", "林某", "phone", "13800138006"));
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(before + 1, count(s, letters));
      assertEquals(422, http.post("/xinxiang", Map.of("type", "consultation", "subject", "攻府",
          "body", "内容", "name", "林某", "phone", "13800138006")).statusCode());
      assertEquals(before + 1, count(s, letters));
      assertTrue(count(s, pg.schema() + ".portal_article") > 0);
      assertEquals(1, count(s, pg.schema() + ".portal_staff"));
      assertEquals(303, http.signIn("admin", PortalHttp.PASSWORD).statusCode());
      assertTrue(count(s, pg.schema() + ".portal_staff_action") >= 1, "the sign-in is recorded");
      for (String page : List.of("/editor", "/editor/audit", "/search?q=" + PortalHttp.enc("网站"))) {
        assertEquals(200, http.get(page).statusCode(), page);
      }
    }
  }

  @Test
  void theReviewRunsOnPostgreSqlAndAPublishedArticleSurvivesARestart(TestDatabase pg) throws Exception {
    PortalConfig config = PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_JDBC_URL", pg.url(),
        "GOVSITE_PORTAL_JDBC_USER", pg.user(), "GOVSITE_PORTAL_JDBC_PASSWORD", pg.password(), "GOVSITE_PORTAL_PORT", "0",
        "GOVSITE_PORTAL_DATA_DIR", data.toString()));
    for (String[] who : new String[][] {{"mail", "mailbox"}, {"writer", "editor"}, {"head", "reviewer"}, {"office", "approver"},
        {"secret", "secrecy"}}) {
      PortalHttp.addStaff(config, who[0], who[1]);
    }
    String title = "县政府召开秋粮收购工作会议";
    String letterId;
    try (Portal portal = Portal.start(config)) {
      int port = portal.port();
      letterId = PortalReviewTest.letter(port, "秋粮收购价格咨询");
      PortalReviewTest.reply(ReviewFlow.signedIn(port, "mail"), letterId, "收购价格见县粮食局公告。");
      assertEquals(200, ReviewFlow.signedIn(port, "writer").post("/editor/article", Map.of("column", "gzdt", "title", title,
          "body", "会议部署秋粮收购工作。")).statusCode());
      String article = PortalReviewTest.articleId(ReviewFlow.queue(ReviewFlow.signedIn(port, "head")), title);
      for (String subject : List.of(letterId, article)) {
        for (String who : List.of("head", "office", "secret")) {
          ReviewFlow.approveOk(ReviewFlow.signedIn(port, who), subject);
        }
      }
      PortalHttp visitor = new PortalHttp(port);
      assertTrue(visitor.get("/").body().contains(title));
      assertEquals(200, visitor.get("/xinxiang/letter?id=" + letterId).statusCode());
      try (Connection c = pg.connect(); Statement s = c.createStatement()) {
        assertEquals(2, count(s, pg.schema() + ".govsite_review_item"), "the review keeps its items in PostgreSQL");
        assertEquals(10, count(s, pg.schema() + ".govsite_review_event"), "two submissions, six sign-offs and two publications");
      }
    }
    try (Portal again = Portal.start(config)) {
      PortalHttp visitor = new PortalHttp(again.port());
      assertTrue(visitor.get("/").body().contains(title), "the published article survives the restart");
      assertTrue(visitor.get("/search?q=" + PortalHttp.enc("秋粮收购工作")).body().contains(title), "and is found");
      assertEquals(200, visitor.get("/xinxiang/letter?id=" + letterId).statusCode());
      assertTrue(PortalReviewTest.columnRow(ReviewFlow.signedIn(again.port(), "office"), "工作动态")[2]
          .equals(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()), "the census remembers it");
    }
  }

  private static long count(Statement s, String table) throws Exception {
    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
