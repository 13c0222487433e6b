package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CrawlLimitsProperties {
  @Property(tries = 12)
  void theCrawlNeverExceedsItsLimitsNorLeavesTheHost(@ForAll @IntRange(min = 1, max = 40) int maxPages,
      @ForAll @IntRange(min = 0, max = 4) int maxDepth, @ForAll @IntRange(min = 1, max = 6) int concurrency) throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer s = new FixtureServer()) {
      for (int i = 0; i < 80; i++) {
        StringBuilder b = new StringBuilder("<html><body>");
        for (int j = 1; j <= 3; j++) {
          b.append("<a href=\"/p/").append(i * 3 + j).append(".html\">下</a>");
        }
        b.append("<a href=\"").append(other.uri("/o" + i + ".html")).append("\">外</a></body></html>");
        s.page(i == 0 ? "/" : "/p/" + i + ".html", b.toString());
      }
      AuditOptions o = AuditOptions.builder().maxPages(maxPages).maxDepth(maxDepth).concurrency(concurrency).delay(Duration.ZERO).build();
      AuditReport r = Auditor.create(o).audit(s.uri("/"), SiteProfile.minimal("站"), LocalDate.of(2026, 11, 20));
      int reachable = 0;
      for (int d = 0, level = 1; d <= maxDepth; d++, level *= 3) {
        reachable += level;
      }
      assertEquals(Math.min(maxPages, reachable), r.pages().size());
      long gets = s.requests.stream().filter(q -> q.startsWith("GET /") && !q.equals("GET /robots.txt")).count();
      assertTrue(gets <= maxPages + 1, "the probe and at most maxPages pages: " + gets);
      assertEquals(0, other.requests.size());
    }
  }
}
