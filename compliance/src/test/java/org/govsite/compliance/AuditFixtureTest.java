package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.govsite.compliance.render.AuditReportRenderer;
import org.govsite.core.screening.Severity;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class AuditFixtureTest {
  private static final LocalDate AT = LocalDate.of(2026, 11, 20);

  @Test
  void theFaultySiteFailsWithEveryDeliberateFault() throws Exception {
    try (FixtureServer other = new FixtureServer(); FixtureServer site = Fixtures.faulty(other)) {
      AuditReport r = Auditor.create(Fixtures.fast()).audit(site.uri("/"), Fixtures.profile(true), AT);
      assertEquals("fail", r.verdict());
      // a stale news column, decided by the core tracker
      assertEquals("stale", r.columns().stream().filter(c -> c.id().equals("c1")).findFirst().orElseThrow().status());
      assertEquals("fresh", r.columns().stream().filter(c -> c.id().equals("c2")).findFirst().orElseThrow().status());
      // five blank columns
      Veto blank = r.veto(VetoCode.BLANK_COLUMNS);
      assertTrue(blank.failed());
      assertEquals(5, blank.count());
      // dead links, with the page they were found on
      assertTrue(r.deadLinks().stream().anyMatch(d -> d.url().endsWith("/missing.html") && d.status() == 404 && d.foundOn().equals(site.uri("/").toString())));
      assertTrue(r.deadLinks().stream().anyMatch(d -> d.url().endsWith("/img/none.png") && d.status() == 404));
      // an unmasked ID number, reported masked
      ContentFinding id = r.findings().stream().filter(f -> f.rule().equals("personal-data:id-card")).findFirst().orElseThrow();
      assertTrue(id.url().endsWith("/art/1.html"));
      assertEquals("11*************" + Fixtures.ID.substring(15), id.text());
      assertFalse(AuditReportRenderer.json(r).contains(Fixtures.ID));
      assertFalse(AuditReportRenderer.html(r).contains(Fixtures.ID));
      assertFalse(AuditReportRenderer.html(r).contains("<script>"), "page text is escaped in the HTML report");
      assertTrue(AuditReportRenderer.html(r).contains("&lt;script&gt;本攻府"));
      // a wording error, on a UTF-8 page and on a GBK page
      assertTrue(r.findings().stream().anyMatch(f -> f.text().equals("攻府") && f.url().endsWith("/art/2.html") && f.severity() == Severity.BLOCK));
      assertTrue(r.findings().stream().anyMatch(f -> f.text().equals("中华人民共合国") && f.url().endsWith("/gbk/index.html")));
      assertTrue(r.veto(VetoCode.SERIOUS_ERRORS).failed());
      // a letter unanswered for four months
      Veto interaction = r.veto(VetoCode.POOR_INTERACTION);
      assertTrue(interaction.failed());
      assertEquals(1, interaction.count());
      assertTrue(interaction.evidence().get(0).contains("2026-07-10"));
      assertEquals(Letter.Status.UNANSWERED_OVER_LIMIT, r.letters().get(0).status());
      assertEquals(Letter.Status.ANSWERED, r.letters().get(1).status());
      // nothing off the host
      assertEquals(0, other.requests.size());
      assertFalse(r.veto(VetoCode.SITE_UNREACHABLE).failed());
      AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ComplianceAssertions.assertPasses(r));
      assertTrue(e.getMessage().contains("BLANK_COLUMNS") && e.getMessage().contains("POOR_INTERACTION") && e.getMessage().contains("攻府"));
      assertTrue(e.getMessage().contains("personal data personal-data:id-card '11***") && e.getMessage().contains("dead link "), e.getMessage());
      assertEquals("关于道路维修的咨询", r.letters().get(0).title());
      AssertionFailedError pd = assertThrows(AssertionFailedError.class, () -> ComplianceAssertions.assertNoPersonalData(r));
      assertFalse(pd.getMessage().contains(Fixtures.ID));
      String junit = AuditReportRenderer.junitXml(r);
      assertTrue(junit.contains("<testcase classname=\"govsite.audit.veto\" name=\"BLANK_COLUMNS"));
      assertTrue(junit.contains("failures=\"3\""), junit);
    }
  }

  @Test
  void theCleanSitePasses() throws Exception {
    try (FixtureServer site = Fixtures.clean()) {
      AuditReport r = Auditor.create(Fixtures.fast()).audit(site.uri("/"), Fixtures.profile(false), AT);
      ComplianceAssertions.assertPasses(r);
      ComplianceAssertions.assertNoDeadLinks(r);
      assertEquals(100, r.score());
      assertTrue(r.findings().isEmpty());
      assertEquals(2, r.columns().get(0).listPages().size(), "pagination followed");
      assertEquals(3, r.columns().get(0).itemsFound());
      assertEquals("fresh", r.homePage().status().jsonName());
      assertTrue(AuditReportRenderer.html(r).startsWith("<!DOCTYPE html>"));
    }
  }

  @Test
  void anUnreachableSiteIsReportedWithTheReason() throws Exception {
    java.net.URI gone;
    try (FixtureServer s = new FixtureServer()) {
      gone = s.uri("/");
    }
    AuditReport r = Auditor.create(Fixtures.fast()).audit(gone, SiteProfile.minimal("已关闭"), AT);
    assertTrue(r.unreachable().isPresent());
    assertTrue(r.veto(VetoCode.SITE_UNREACHABLE).failed());
    assertEquals("fail", r.verdict());
  }
}
