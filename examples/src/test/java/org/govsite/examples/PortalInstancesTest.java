package org.govsite.examples;

import static org.govsite.examples.PortalReviewTest.reply;
import static org.govsite.examples.ReviewFlow.approveOk;
import static org.govsite.examples.ReviewFlow.find;
import static org.govsite.examples.ReviewFlow.queue;
import static org.govsite.examples.ReviewFlow.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govsite.review.Actor;
import org.govsite.review.Draft;
import org.govsite.review.ItemKind;
import org.govsite.review.PublicationListener;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewStages;
import org.govsite.review.ReviewState;
import org.govsite.review.ReviewStore;
import org.govsite.review.ReviewWorkflow;
import org.govsite.testing.DatabaseExtension;
import org.govsite.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two portal instances on one PostgreSQL database (多实例部署), each with a data directory of its own,
 * behind an imagined load balancer without sticky sessions: the test's browser ({@link PortalHttp#at})
 * sends each request to whichever instance the step names. Both are real portals (Jetty, Jersey, the
 * stores, an embedded search index each) started at once in this JVM; they share nothing but the
 * database, which is what two processes would share (every lock between them is PostgreSQL's).
 * Never skipped: without {@code GOVSITE_TEST_PG_*} it fails, like every PostgreSQL test.
 */
class PortalInstancesTest {
  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.postgres();

  @TempDir Path dataA;
  @TempDir Path dataB;

  private static PortalConfig config(TestDatabase pg, Path data) {
    return PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_JDBC_URL", pg.url(),
        "GOVSITE_PORTAL_JDBC_USER", pg.user(), "GOVSITE_PORTAL_JDBC_PASSWORD", pg.password(), "GOVSITE_PORTAL_PORT", "0",
        "GOVSITE_PORTAL_DATA_DIR", data.toString()));
  }

  /** Starts both portals at once (seeding, tables, index builds and resumptions race as they would). */
  private static List<Portal> startBoth(PortalConfig a, PortalConfig b) throws Exception {
    List<Portal> out = new ArrayList<>();
    for (Portal p : all(List.<Callable<Portal>>of(() -> Portal.start(a), () -> Portal.start(b)))) {
      out.add(p);
    }
    return out;
  }

  private static <T> List<T> all(List<Callable<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      List<Future<T>> fs = pool.invokeAll(work, 300, TimeUnit.SECONDS);
      List<T> out = new ArrayList<>();
      for (Future<T> f : fs) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean finds(PortalHttp h, String q, String url) throws Exception {
    HttpResponse<String> r = h.get("/search?q=" + PortalHttp.enc(q));
    assertEquals(200, r.statusCode(), r.body());
    return r.body().contains(url);
  }

  @Test
  void twoPortalsOnOneDatabaseActAsOne(TestDatabase pg) throws Exception {
    PortalConfig ca = config(pg, dataA);
    PortalConfig cb = config(pg, dataB);
    for (String[] who : new String[][] {{"mail", "mailbox"}, {"head", "reviewer"}, {"office", "approver"}, {"secret", "secrecy"},
        {"guess", "mailbox"}}) {
      PortalHttp.addStaff(ca, who[0], who[1]);
    }
    List<Portal> both = startBoth(ca, cb);
    try (Portal a = both.get(0); Portal b = both.get(1); Connection c = pg.connect(); Statement s = c.createStatement()) {
      int pa = a.port();
      int pb = b.port();
      assertEquals(6, count(s, pg.schema() + ".govsite_letter"), "seeded once, though both started on an empty database");
      assertEquals(10, count(s, pg.schema() + ".portal_article"));

      // A letter submitted on A is tracked on B by its query code.
      PortalHttp resident = new PortalHttp(pa);
      HttpResponse<String> sent = resident.post("/xinxiang", Map.of("type", "consultation", "subject", "跨实例路灯报修进度",
          "body", "请问东街路灯报修后多久维修？", "name", "周某", "phone", "13800138021"));
      assertEquals(200, sent.statusCode(), sent.body());
      String letter = PortalHttp.byId(sent.body(), "letter-id");
      String code = PortalHttp.byId(sent.body(), "query-code");
      HttpResponse<String> tracked = resident.at(pb).get("/xinxiang/status?id=" + PortalHttp.enc(letter) + "&code=" + code);
      assertEquals(200, tracked.statusCode(), tracked.body());
      assertTrue(tracked.body().contains("已收到"), tracked.body());

      // A form page fetched from A posts to B: one form-token secret in the database.
      PortalHttp visitor = new PortalHttp(pa);
      String token = visitor.token("/jiucuo");
      HttpResponse<String> report = visitor.at(pb).postRaw("/jiucuo", Map.of("page", "/", "description", "首页图片不显示",
          "_csrf", token), Map.of());
      assertEquals(200, report.statusCode(), report.body());
      assertEquals(403, new PortalHttp(pb).postRaw("/jiucuo", Map.of("page", "/", "description", "x", "_csrf", token), Map.of())
          .statusCode(), "the token still needs its own browser's cookie");

      // A member of staff signed in on A acts on B; a change of roles and the sign-out take effect on both.
      PortalHttp mailA = signedIn(pa, "mail");
      PortalHttp mailB = mailA.at(pb);
      HttpResponse<String> editorB = mailB.get("/editor");
      assertEquals(200, editorB.statusCode(), "signed in on B too");
      assertEquals("mail", PortalHttp.byId(editorB.body(), "staff-user"));
      reply(mailB, letter, "东街路灯已列入本周维修计划。");
      assertEquals(403, mailB.get("/editor/article").statusCode(), "no editor role yet");
      s.executeUpdate("UPDATE " + pg.schema() + ".portal_staff SET roles = 'editor,mailbox' WHERE name = 'mail'");
      assertEquals(200, mailA.get("/editor/article").statusCode(), "the new role counts at once, on A");
      assertEquals(200, mailB.get("/editor/article").statusCode(), "and on B");
      assertEquals(303, mailB.post("/logout", Map.of()).statusCode());
      assertEquals(303, mailA.get("/editor").statusCode(), "signed out on B is signed out on A");
      assertEquals(0, count(s, pg.schema() + ".portal_session WHERE username = 'mail'"));

      // Sign-in failures count across the instances: the fifth, wherever it lands, locks the account on both.
      PortalHttp guesser = new PortalHttp(pa);
      for (int i = 0; i < 4; i++) {
        assertEquals(401, guesser.at(i % 2 == 0 ? pa : pb).signIn("guess", "wrong password " + i).statusCode());
      }
      assertEquals(429, guesser.at(pb).signIn("guess", "wrong password 4").statusCode());
      assertEquals(429, new PortalHttp(pa).signIn("guess", PortalHttp.PASSWORD).statusCode(), "locked on A as well");

      // A reply approved on A is published and found by search on B, whose cache held the empty answer.
      PortalHttp onB = new PortalHttp(pb);
      String url = "/xinxiang/letter?id=" + letter;
      assertFalse(finds(onB, "东街路灯报修", url), "nothing public before the sign-offs (and B caches this answer)");
      for (String who : List.of("head", "office", "secret")) {
        approveOk(signedIn(pa, who), letter);
      }
      assertTrue(finds(onB, "东街路灯报修", url), "B finds what A published");
      assertEquals(200, onB.get(url).statusCode());

      // A withdrawal on B removes it from A's search (A answered, and cached, the hit first).
      PortalHttp onA = new PortalHttp(pa);
      assertTrue(finds(onA, "东街路灯报修", url));
      PortalHttp officeB = signedIn(pb, "office");
      ReviewFlow.Shown w = find(queue(officeB), "/editor/withdraw", letter);
      HttpResponse<String> withdrawn = officeB.post("/editor/withdraw/" + w.id(), Map.of("reason", "答复有误，重新核实",
          "version", String.valueOf(w.version())));
      assertEquals(200, withdrawn.statusCode(), withdrawn.body());
      assertFalse(finds(onA, "东街路灯报修", url), "gone from A's search");
      assertEquals(404, onA.get(url).statusCode());

      // Letters and requests sent to both at once never share an id.
      List<Callable<String>> sends = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int port = i % 2 == 0 ? pa : pb;
        int n = i;
        sends.add(() -> {
          HttpResponse<String> r = new PortalHttp(port).post("/ysqgk", Map.of("applicant", "natural-person",
              "content", "申请公开本县道路养护资金第" + n + "批"));
          assertEquals(200, r.statusCode(), r.body());
          return PortalHttp.byId(r.body(), "request-id");
        });
      }
      List<String> ids = all(sends);
      assertEquals(ids.size(), new HashSet<>(ids).size(), "request numbers never collide: " + ids);
    }
  }

  /**
   * A publication interrupted by an instance that died (its lease expired) is finished at the next
   * start by exactly one of the two instances starting at once; the other sees it published.
   */
  @Test
  void anInterruptedPublicationIsResumedByExactlyOneInstance(TestDatabase pg) throws Exception {
    PortalConfig ca = config(pg, dataA);
    PortalConfig cb = config(pg, dataB);
    try (Portal first = Portal.start(ca)) {
      assertTrue(first.port() > 0); // tables and seed content in place
    }
    ReviewStore store = ReviewStore.jdbc(pg.dataSource());
    // Ten minutes ago: an instance claimed the publication, took its five-minute lease, and died.
    Clock earlier = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
    ReviewWorkflow dying = ReviewWorkflow.builder().store(store).clock(earlier).owner("host-gone/instance")
        .listener(new PublicationListener() {
          @Override
          public void published(ReviewItem item) {
            throw new Crash();
          }

          @Override
          public void withdrawn(ReviewItem item, String reason) {}
        }).build();
    String title = "县政府召开冬季防火工作会议";
    ReviewItem item = dying.submit(Actor.of("编辑", "editor"), Draft.of(ItemKind.ARTICLE, "a-resume-1", "gzdt", title,
        "会议部署冬季森林防火工作。"));
    item = dying.approve(Actor.of("科长", ReviewStages.REVIEWER), item.id(), item.version(), "");
    item = dying.approve(Actor.of("主任", ReviewStages.APPROVER), item.id(), item.version(), "");
    String id = item.id();
    long v = item.version();
    try {
      dying.approve(Actor.of("保密员", ReviewStages.SECRECY), id, v, "不涉密");
    } catch (Crash expected) {
      // the instance died amid its listeners: the claim stays
    }
    assertEquals(ReviewState.PUBLISHING, store.find(id).orElseThrow().state());

    List<Portal> both = startBoth(ca, cb);
    try (Portal a = both.get(0); Portal b = both.get(1)) {
      Map<String, Integer> resumedBy = new HashMap<>();
      for (Portal p : both) {
        for (ReviewItem r : p.resumedAtStart()) {
          resumedBy.merge(r.id(), 1, Integer::sum);
        }
      }
      assertEquals(Map.of(id, 1), resumedBy, "exactly one instance finished the claim");
      assertEquals(ReviewState.PUBLISHED, store.find(id).orElseThrow().state());
      assertEquals(1, store.history(id).stream().filter(e -> e.decision() == org.govsite.review.Decision.PUBLISHED).count());
      for (Portal p : both) {
        PortalHttp h = new PortalHttp(p.port());
        assertTrue(h.get("/").body().contains(title), "on the home page of both");
        assertTrue(finds(h, "冬季防火工作会议", "/article?id=a-resume-1"), "found on both");
      }
      Set<Integer> ports = Set.of(a.port(), b.port());
      assertEquals(2, ports.size());
      assertNotEquals(a.port(), b.port());
    }
  }

  /** The instance dying amid its listeners: not a RuntimeException, so nothing is undone or written back. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private static long count(Statement s, String tableAndWhere) throws Exception {
    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + tableAndWhere)) {
      r.next();
      return r.getLong(1);
    }
  }
}
