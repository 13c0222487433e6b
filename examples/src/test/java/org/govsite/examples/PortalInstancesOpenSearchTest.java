package org.govsite.examples;

import static org.govsite.examples.PortalReviewTest.reply;
import static org.govsite.examples.ReviewFlow.approveOk;
import static org.govsite.examples.ReviewFlow.find;
import static org.govsite.examples.ReviewFlow.queue;
import static org.govsite.examples.ReviewFlow.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govsite.testing.DatabaseExtension;
import org.govsite.testing.OpenSearchExtension;
import org.govsite.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two portal instances on one PostgreSQL database and one real OpenSearch node ({@code
 * search.backend=opensearch}): started at once, one builds the shared index and the other uses it;
 * a reply approved on A is found by B's search (whose result cache held the empty answer), and a
 * withdrawal on B removes it from A's. Never skipped: without PostgreSQL or a node it fails.
 */
class PortalInstancesOpenSearchTest {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.postgres();

  @TempDir Path dataA;
  @TempDir Path dataB;

  private PortalConfig config(TestDatabase pg, Path data, String index) {
    return PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_JDBC_URL", pg.url(),
        "GOVSITE_PORTAL_JDBC_USER", pg.user(), "GOVSITE_PORTAL_JDBC_PASSWORD", pg.password(), "GOVSITE_PORTAL_PORT", "0",
        "GOVSITE_PORTAL_DATA_DIR", data.toString(), "GOVSITE_PORTAL_SEARCH_BACKEND", "opensearch",
        "GOVSITE_PORTAL_SEARCH_URL", NODE.url().toString(), "GOVSITE_PORTAL_SEARCH_INDEX_NAME", index));
  }

  private static boolean finds(PortalHttp h, String q, String url) throws Exception {
    HttpResponse<String> r = h.get("/search?q=" + PortalHttp.enc(q));
    assertEquals(200, r.statusCode(), r.body());
    return r.body().contains(url);
  }

  @Test
  void twoPortalsShareOneOpenSearchIndex(TestDatabase pg) throws Exception {
    String index = "portal-" + Long.toHexString(System.nanoTime());
    PortalConfig ca = config(pg, dataA, index);
    PortalConfig cb = config(pg, dataB, index);
    for (String[] who : new String[][] {{"mail", "mailbox"}, {"head", "reviewer"}, {"office", "approver"}, {"secret", "secrecy"}}) {
      PortalHttp.addStaff(ca, who[0], who[1]);
    }
    List<Callable<Portal>> starts = List.of(() -> Portal.start(ca), () -> Portal.start(cb));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Portal> both = new ArrayList<>();
    try {
      for (Future<Portal> f : pool.invokeAll(starts, 300, TimeUnit.SECONDS)) {
        both.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    try (Portal a = both.get(0); Portal b = both.get(1)) {
      int pa = a.port();
      int pb = b.port();
      PortalHttp onA = new PortalHttp(pa);
      PortalHttp onB = new PortalHttp(pb);
      assertTrue(finds(onB, "孩子入学", "/xinxiang/letter?id="), "the shared index holds the seeded letters");
      String letter = PortalReviewTest.letter(pa, "共享索引公交站牌咨询");
      reply(signedIn(pa, "mail"), letter, "县交通运输局答复：共享索引站牌已移至东门。");
      String url = "/xinxiang/letter?id=" + letter;
      assertFalse(finds(onB, "共享索引公交站牌", url), "nothing public before the sign-offs (and B caches this answer)");
      for (String who : List.of("head", "office", "secret")) {
        approveOk(signedIn(pa, who), letter);
      }
      assertTrue(finds(onB, "共享索引公交站牌", url), "B finds what A published, through the shared index");
      assertTrue(finds(onA, "共享索引公交站牌", url));
      PortalHttp officeB = signedIn(pb, "office");
      ReviewFlow.Shown w = find(queue(officeB), "/editor/withdraw", letter);
      assertEquals(200, officeB.post("/editor/withdraw/" + w.id(), Map.of("reason", "答复有误",
          "version", String.valueOf(w.version()))).statusCode());
      assertFalse(finds(onA, "共享索引公交站牌", url), "gone from A's search");
    }
  }
}
