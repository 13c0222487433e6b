package org.govsite.compliance.render;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.govsite.compliance.AuditReport;
import org.govsite.compliance.Auditor;
import org.govsite.compliance.FixtureServer;
import org.govsite.compliance.Fixtures;
import org.govsite.compliance.Probe;
import org.govsite.compliance.SiteProfile;
import org.govsite.core.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * The audit report's JSON (docs/compliance.md), HTML page, JUnit XML and text summary, pinned by
 * golden files character for character, on the faulty fixture site (every kind of evidence) and on an
 * unreachable one. The fixture's random port and the probe's timings are the only parts replaced.
 */
class AuditReportRendererTest {
  private static final LocalDate AT = LocalDate.of(2026, 11, 20);

  /** The report with a fixed probe time, so that only what the site served is compared. */
  private static AuditReport steady(AuditReport r) {
    Probe p = r.probe();
    return new AuditReport(r.url(), r.at(), r.siteName(), r.unreachable(), new Probe(Instant.EPOCH, p.status(), Duration.ofMillis(12),
        p.error(), p.ok()), r.homePage(), r.vetoes(), r.deductions(), r.columns(), r.deadLinks(), r.findings(), r.letters(), r.pages(),
        r.checks(), r.accessibility());
  }

  private static void assertAll(String name, AuditReport r, Function<String, String> host) {
    Function<String, String> normalize = host.andThen(s -> s.replaceAll("\\b\\d+ ms\\b", "N ms"));
    Golden.assertMatches(name + ".json", normalize.apply(AuditReportRenderer.json(r)));
    Golden.assertMatches(name + ".html", normalize.apply(AuditReportRenderer.html(r)));
    Golden.assertMatches(name + ".junit.xml", normalize.apply(AuditReportRenderer.junitXml(r)));
    Golden.assertMatches(name + ".txt", normalize.apply(r.summary()));
  }

  @Test
  void theFaultySitesReportIsUnchanged() throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer site = Fixtures.faulty(other)) {
      AuditReport r = steady(Auditor.create(Fixtures.fast()).audit(site.uri("/"), Fixtures.profile(true), AT));
      String host = site.uri("/").getAuthority();
      String otherHost = other.uri("/").getAuthority();
      assertAll("audit-faulty", r, s -> s.replace(host, "site.test").replace(otherHost, "other.test"));
    }
  }

  @Test
  void anUnreachableSitesReportIsUnchanged() throws Exception {
    java.net.URI gone;
    try (FixtureServer s = new FixtureServer()) {
      gone = s.uri("/");
    }
    AuditReport r = steady(Auditor.create(Fixtures.fast()).audit(gone, SiteProfile.minimal("已关闭"), AT));
    String host = gone.getAuthority();
    assertAll("audit-unreachable", r, s -> s.replace(host, "gone.test"));
  }
}
