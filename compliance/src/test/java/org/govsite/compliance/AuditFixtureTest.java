package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
      assertTrue(junit.contains("failures=\"5\""), junit);
      assertTrue(junit.contains("<testcase classname=\"govsite.audit.check\" name=\"FORGED_DATES"), junit);
      theCensusChecksCatchEachFault(r, site);
    }
  }

  private static void theCensusChecksCatchEachFault(AuditReport r, FixtureServer site) {
    String home = site.uri("/").toString();
    AuditCheck ids = r.check(CheckCode.SITE_IDENTIFIERS);
    assertEquals(CheckStatus.FAIL, ids.status());
    assertEquals(Weight.advice(), ids.weight(), "a deduction area whose value RULES leaves open");
    assertTrue(ids.evidence().get(0).startsWith(home + ": 网站标识码 '430000007' malformed"), ids.evidence().get(0));
    assertTrue(ids.evidence().get(0).contains("ICP备案编号 '京ICP备123号' malformed") && ids.evidence().get(0).contains("公安机关备案号 missing")
        && ids.evidence().get(0).contains("党政机关网站标识 missing"), ids.evidence().get(0));
    assertEquals(CheckStatus.FAIL, r.check(CheckCode.ERROR_REPORT_ENTRY).status());
    AuditCheck search = r.check(CheckCode.SEARCH_WORKS);
    assertEquals(CheckStatus.FAIL, search.status());
    assertTrue(search.evidence().get(0).contains("searched '某镇开展安全生产检查'") && search.evidence().get(0).contains("is not among"), search.evidence().get(0));
    assertEquals(CheckStatus.NOT_CHECKED, r.check(CheckCode.HTTPS).status(), "a local plain-HTTP site without checks.httpsUrl");
    assertEquals(CheckStatus.NOT_CHECKED, r.check(CheckCode.IPV6).status(), "127.0.0.1 has no AAAA record to look up");
    assertTrue(r.check(CheckCode.IPV6).evidence().get(0).contains("127.0.0.1 is an IPv4 address"));
    PageAccessibility homeA11y = r.accessibility().pages().stream().filter(p -> p.url().equals(home)).findFirst().orElseThrow();
    assertEquals(java.util.EnumSet.allOf(AccessibilityRule.class),
        homeA11y.findings().stream().map(AccessibilityFinding::rule).collect(java.util.stream.Collectors.toCollection(
            () -> java.util.EnumSet.noneOf(AccessibilityRule.class))), homeA11y.toString());
    assertEquals(0, homeA11y.score());
    assertTrue(homeA11y.findings().stream().anyMatch(f -> f.rule() == AccessibilityRule.CONTRAST && f.problem().contains("#999999 on #ffffff")));
    assertEquals(CheckStatus.FAIL, r.check(CheckCode.ACCESSIBILITY).status());
    AuditCheck guides = r.check(CheckCode.SERVICE_GUIDE);
    assertTrue(guides.failsSite());
    assertTrue(guides.evidence().get(0).endsWith("missing 设定依据、申请条件、办理材料、办理时间、联系电话、办理流程"), guides.evidence().get(0));
    assertEquals(6, guides.count(), "one incomplete guide and five service columns without a guide");
    AuditCheck dates = r.check(CheckCode.FORGED_DATES);
    assertTrue(dates.failsSite());
    assertEquals(List.of(site.uri("/art/4.html") + " 信息2: dated 2026-12-25 in column c2 通知公告, after the audit date 2026-11-20",
        site.uri("/art/4.html") + ": 发布时间 2026-12-25, after the audit date 2026-11-20"), dates.evidence());
    assertTrue(r.summary().contains("FAIL SERVICE_GUIDE") && r.summary().contains("advice ACCESSIBILITY"), r.summary());
    AssertionFailedError a11y = assertThrows(AssertionFailedError.class, () -> ComplianceAssertions.assertCheckNotFailed(r, CheckCode.ACCESSIBILITY));
    assertTrue(a11y.getMessage().startsWith("ACCESSIBILITY 无障碍及适老化 fails (20/1, advice"), a11y.getMessage());
    ComplianceAssertions.assertCheckNotFailed(r, CheckCode.HTTPS);
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
      for (AuditCheck c : r.checks()) {
        if (c.code() == CheckCode.HTTPS || c.code() == CheckCode.IPV6) {
          // A plain-HTTP site on 127.0.0.1: CensusNetworkTest serves the clean site over HTTPS and on ::1.
          assertEquals(CheckStatus.NOT_CHECKED, c.status(), c.toString());
        } else {
          assertEquals(CheckStatus.PASS, c.status(), c.toString());
        }
      }
      assertEquals(100, r.accessibility().score());
      assertTrue(r.check(CheckCode.SEARCH_WORKS).evidence().get(0).endsWith("/art/1.html is among the results"));
      assertTrue(r.check(CheckCode.SERVICE_GUIDE).evidence().get(0).startsWith("1 办事指南 read"));
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
