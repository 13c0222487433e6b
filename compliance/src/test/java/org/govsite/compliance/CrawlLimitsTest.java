package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CrawlLimitsTest {
  private static final LocalDate AT = LocalDate.of(2026, 11, 20);

  /** 60 pages, each linking to the next five and to a page on another local server. */
  private static FixtureServer wide(FixtureServer other) throws Exception {
    FixtureServer s = new FixtureServer();
    for (int i = 0; i < 60; i++) {
      StringBuilder b = new StringBuilder("<html><body><p>第" + i + "页 2026-11-19</p>");
      for (int j = 1; j <= 5; j++) {
        b.append("<a href=\"/p/").append(i + j).append(".html\">下").append(j).append("</a>");
      }
      b.append("<a href=\"").append(other.uri("/x" + i + ".html")).append("\">外</a>");
      b.append("<a href=\"/private/secret.html\">内部</a></body></html>");
      s.page(i == 0 ? "/" : "/p/" + i + ".html", b.toString());
    }
    s.page("/private/secret.html", "<html><body>内部</body></html>");
    s.text("/robots.txt", "User-agent: *\nDisallow: /private/\n");
    return s;
  }

  @Test
  void neverMoreThanThePageLimitAndNeverOffHost() throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer s = wide(other)) {
      AtomicInteger progress = new AtomicInteger();
      AuditOptions o = AuditOptions.builder().maxPages(10).maxDepth(10).concurrency(3).delay(Duration.ofMillis(1))
          .checkLinks(false).progress((phase, done, limit, url) -> progress.incrementAndGet()).build();
      AuditReport r = Auditor.create(o).audit(s.uri("/"), SiteProfile.minimal("站"), AT);
      assertEquals(10, r.pages().size());
      // page GETs: the probe's GET of "/" plus at most 10 crawled pages
      long pageGets = s.requests.stream().filter(q -> q.startsWith("GET /") && !q.equals("GET /robots.txt")).count();
      assertTrue(pageGets <= 11, s.requests.toString());
      assertEquals(0, other.requests.size(), "no request off-host");
      assertEquals(0, s.gets("/private/"), "robots.txt honoured");
      assertEquals(10, progress.get());
    }
  }

  @Test
  void theDepthLimitHoldsAndLinkChecksStayOnHostAndRespectRobots() throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer s = wide(other)) {
      AuditOptions o = AuditOptions.builder().maxPages(500).maxDepth(1).delay(Duration.ZERO).build();
      AuditReport r = Auditor.create(o).audit(s.uri("/"), SiteProfile.minimal("站"), AT);
      assertEquals(6, r.pages().size(), "the start page and its five links");
      assertEquals(0, other.requests.size());
      assertEquals(0, s.requests.stream().filter(q -> q.contains("/private/")).count());
    }
  }

  @Test
  void robotsCanBeIgnoredWhenToldTo() throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer s = wide(other)) {
      AuditOptions o = AuditOptions.builder().maxPages(500).maxDepth(1).delay(Duration.ZERO).respectRobots(false).checkLinks(false).build();
      AuditReport r = Auditor.create(o).audit(s.uri("/"), SiteProfile.minimal("站"), AT);
      assertTrue(r.pages().stream().anyMatch(p -> p.endsWith("/private/secret.html")));
      assertFalse(s.requests.contains("GET /robots.txt"));
    }
  }

  @Test
  void aHomePageRedirectingToAnotherHostIsNotFollowedByTheProbeOrTheCrawler() throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer s = new FixtureServer()) {
      other.page("/", "<html><body><p>别的网站 2026-11-19</p></body></html>");
      s.redirect("/", other.uri("/"));
      AuditOptions o = AuditOptions.builder().delay(Duration.ZERO).build();
      Auditor.create(o).audit(s.uri("/"), SiteProfile.minimal("站"), AT);
      assertTrue(s.requests.contains("GET /"), s.requests.toString());
      assertEquals(0, other.requests.size(), "no request off-host: " + other.requests);
    }
  }

  @Test
  void aLinkRedirectingIntoARobotsDisallowedPathIsNeitherFollowedNorReportedDead() throws Exception {
    try (FixtureServer s = new FixtureServer()) {
      s.page("/", "<html><body><p>首页 2026-11-19</p><a href=\"/go.pdf\">下载</a></body></html>");
      s.redirect("/go.pdf", s.uri("/private/file.pdf"));
      s.page("/private/file.pdf", "<html><body>内部</body></html>");
      s.text("/robots.txt", "User-agent: *\nDisallow: /private/\n");
      AuditOptions o = AuditOptions.builder().delay(Duration.ZERO).build();
      AuditReport r = Auditor.create(o).audit(s.uri("/"), SiteProfile.minimal("站"), AT);
      assertEquals(0, s.requests.stream().filter(q -> q.contains("/private/")).count(), s.requests.toString());
      assertTrue(s.requests.stream().anyMatch(q -> q.endsWith(" /go.pdf")), "the link itself was checked: " + s.requests);
      assertTrue(r.deadLinks().isEmpty(), "not known to be dead: " + r.deadLinks());
    }
  }
}
