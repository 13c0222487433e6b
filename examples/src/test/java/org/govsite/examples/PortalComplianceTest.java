package org.govsite.examples;

import static org.govsite.compliance.ComplianceAssertions.assertNoDeadLinks;
import static org.govsite.compliance.ComplianceAssertions.assertNoPersonalData;
import static org.govsite.compliance.ComplianceAssertions.assertNoVeto;
import static org.govsite.compliance.ComplianceAssertions.assertPasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.govsite.compliance.AuditCheck;
import org.govsite.compliance.AuditOptions;
import org.govsite.compliance.AuditReport;
import org.govsite.compliance.ColumnResult;
import org.govsite.compliance.Auditor;
import org.govsite.compliance.CheckCode;
import org.govsite.compliance.CheckSettings;
import org.govsite.compliance.CheckStatus;
import org.govsite.compliance.SiteProfile;
import org.govsite.compliance.VetoCode;
import org.govsite.compliance.render.AuditReportRenderer;
import org.govsite.core.site.FreshnessStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal audited by the compliance kit, as a site team would audit its staging site. */
class PortalComplianceTest {
  @TempDir Path data;

  @Test
  void thePortalPassesItsOwnAuditHasNoDeadLinksNoPersonalDataAndItsColumnsReadAsTheDashboardSays() {
    try (Portal portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data))) {
      SiteProfile profile = SiteProfile.load(Path.of("src/test/resources/portal-profile.json"));
      AuditOptions options = AuditOptions.builder().maxPages(60).concurrency(2).delay(Duration.ofMillis(5)).build();
      AuditReport report = Auditor.create(options)
          .audit(URI.create("http://127.0.0.1:" + portal.port() + "/"), profile, LocalDate.now(ZoneId.of("Asia/Shanghai")));
      assertPasses(report); // issue 9: the example portal passes its own audit
      assertNoDeadLinks(report);
      assertNoPersonalData(report);
      assertNoVeto(report, VetoCode.HOME_NOT_UPDATED);
      assertNoVeto(report, VetoCode.SERIOUS_ERRORS);
      // The kit reads the same columns the portal's own dashboard evaluates, from the public pages.
      ColumnResult news = report.columns().stream().filter(c -> c.freshness().column().id().equals("gzdt")).findFirst().orElseThrow();
      assertEquals(4, news.itemsFound(), AuditReportRenderer.json(report));
      ColumnResult planning = report.columns().stream().filter(c -> c.freshness().column().id().equals("ghjh")).findFirst().orElseThrow();
      assertEquals(FreshnessStatus.BLANK, planning.freshness().status(), AuditReportRenderer.json(report));
      assertEquals(2, report.letters().size(), "the two published letters, read from the public list: " + AuditReportRenderer.json(report));
      assertTrue(report.letters().stream().allMatch(l -> l.replied().isPresent()));
    }
  }

  /**
   * Issue 19: the portal passes every census check. It speaks plain HTTP, as Jetty behind a TLS edge
   * does in production; the test puts that edge ({@link TlsEdge}: HTTPS on ::1 with a certificate the
   * audit is told to trust, and HTTP on ::1 redirecting to it) in front of it and audits the HTTPS address.
   */
  @Test
  void thePortalBehindItsTlsEdgePassesEveryCensusCheck() throws Exception {
    try (Portal portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data)); TlsEdge edge = new TlsEdge(portal.port())) {
      SiteProfile profile = SiteProfile.load(Path.of("src/test/resources/portal-profile.json"))
          .withChecks(CheckSettings.builder().httpUrl(edge.httpUri().toString()).build());
      AuditOptions options = AuditOptions.builder().maxPages(60).concurrency(2).delay(Duration.ofMillis(5)).sslContext(TlsEdge.context()).build();
      AuditReport report = Auditor.create(options).audit(edge.httpsUri(), profile, LocalDate.now(ZoneId.of("Asia/Shanghai")));
      assertPasses(report);
      assertNoDeadLinks(report);
      for (AuditCheck c : report.checks()) {
        assertEquals(CheckStatus.PASS, c.status(), c + "\n" + report.summary());
      }
      assertEquals(100, report.accessibility().score(), AuditReportRenderer.json(report));
      assertTrue(report.check(CheckCode.SEARCH_WORKS).evidence().get(0).contains("is among the results"));
      assertTrue(report.check(CheckCode.IPV6).evidence().get(0).contains("answers over IPv6"));
    }
  }
}
