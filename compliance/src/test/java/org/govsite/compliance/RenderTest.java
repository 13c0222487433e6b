package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govsite.compliance.SiteProfile.ProfileColumn;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.site.ColumnKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code render}: a site whose home page and column list are built by JavaScript is read right
 * through the real headless Chromium that CI installs (.ci/setup), and flagged without it. Never
 * skipped: without the browser it fails and says what to install.
 */
class RenderTest {
  private static final LocalDate AT = LocalDate.of(2026, 11, 20);

  @BeforeAll
  static void chromiumIsInstalled() {
    assertTrue(Files.isExecutable(PageRenderer.DEBIAN_CHROMIUM),
        "the render tests need Debian's chromium: apt-get install -y chromium (or run .ci/setup)");
  }

  /** A site whose content exists only after its script ran; the script also asks another host for an image. */
  static FixtureServer scripted(FixtureServer other) throws Exception {
    FixtureServer s = new FixtureServer();
    s.page("/", "<html><head><meta charset=\"utf-8\"><title>示例县人民政府</title></head><body><div id=\"app\">加载中…</div>"
        + "<script src=\"/app.js\"></script></body></html>");
    s.resource("/app.js", "var items = [['/art/1.html', '县政府召开常务会议', '2026-11-19'], ['/art/2.html', '关于开展安全检查的通知', '2026-11-18']];\n"
        + "var html = '<ul class=\"list\">';\n"
        + "items.forEach(function (i) { html += '<li><a href=\"' + i[0] + '\">' + i[1] + '</a><span class=\"date\">' + i[2] + '</span></li>'; });\n"
        + "document.getElementById('app').innerHTML = html + '</ul>';\n"
        + "var beacon = new Image(); beacon.src = '" + other.uri("/beacon.png") + "';\n"
        + "setTimeout(function () { var p = document.createElement('p'); p.textContent = '本攻府发布'; document.body.appendChild(p); }, 500);\n",
        "application/javascript");
    s.page("/news/", "<html><head><meta charset=\"utf-8\"></head><body><div id=\"app\"></div><script src=\"/app.js\"></script></body></html>");
    s.page("/art/1.html", "<html><body><p>县政府召开常务会议。</p></body></html>");
    s.page("/art/2.html", "<html><body><p>关于开展安全检查的通知。</p></body></html>");
    return s;
  }

  static SiteProfile profile() {
    return new SiteProfile("示例县人民政府", WebsiteCode.parse("4300000077"), List.of(ProfileColumn.of("c1", "工作动态", ColumnKind.NEWS, "/news/")),
        Optional.empty());
  }

  @Test
  void aScriptedSiteIsFlaggedAsServedAndReadRightRendered() throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer site = scripted(other)) {
      AuditReport served = Auditor.create(Fixtures.fast()).audit(site.uri("/"), profile(), AT);
      assertTrue(served.veto(VetoCode.HOME_NOT_UPDATED).failed(), "as served, the home page has no date");
      assertEquals("blank", served.columns().get(0).status());
      assertEquals(1, served.pages().size());

      AuditOptions rendered = AuditOptions.builder().delay(Duration.ZERO).timeout(Duration.ofSeconds(30)).render(PageRenderer.chromium()).build();
      AuditReport r = Auditor.create(rendered).audit(site.uri("/"), profile(), AT);
      assertFalse(r.veto(VetoCode.HOME_NOT_UPDATED).failed(), r.summary());
      assertEquals("fresh", r.columns().get(0).status(), r.summary());
      assertEquals(2, r.columns().get(0).itemsFound());
      assertTrue(r.pages().contains(site.uri("/art/1.html").toString()), "links built by the script are crawled: " + r.pages());
      assertTrue(r.findings().stream().anyMatch(f -> f.text().equals("攻府")), "text added by a timer is screened");
      assertEquals(0, other.requests.size(), "the browser contacts no other host: " + other.requests);
    }
  }

  @Test
  void renderingKeepsTheCrawlLimits() throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer site = scripted(other)) {
      AuditOptions o = AuditOptions.builder().delay(Duration.ZERO).timeout(Duration.ofSeconds(30)).maxPages(2).render(PageRenderer.chromium()).build();
      AuditReport r = Auditor.create(o).audit(site.uri("/"), SiteProfile.minimal("示例"), AT);
      assertEquals(2, r.pages().size());
      AuditOptions shallow = AuditOptions.builder().delay(Duration.ZERO).timeout(Duration.ofSeconds(30)).maxDepth(0).render(PageRenderer.chromium()).build();
      assertEquals(List.of(site.uri("/").toString()), Auditor.create(shallow).audit(site.uri("/"), SiteProfile.minimal("示例"), AT).pages());
    }
  }

  @Test
  void aMissingBrowserIsBadInputNamingIt() {
    AuditOptions o = AuditOptions.builder().render(PageRenderer.chromium(Path.of("/nonexistent/chromium"))).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Auditor.create(o).audit(java.net.URI.create("http://127.0.0.1:1/"), SiteProfile.minimal("示例"), AT));
    assertTrue(e.getMessage().contains("/nonexistent/chromium"), e.getMessage());
  }
}
