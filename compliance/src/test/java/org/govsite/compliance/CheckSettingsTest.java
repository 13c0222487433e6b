package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govsite.compliance.internal.CheckSources;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The profile's {@code checks} object: defaults from their sources, each overridable, each fault naming its field. */
class CheckSettingsTest {
  private static SiteProfile parse(String checks) {
    String json = "{\"site\": {\"name\": \"某县\"}, \"checks\": " + checks + "}";
    return SiteProfile.fromJson("p.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theDefaultsComeFromTheirSources() {
    CheckSettings d = CheckSettings.defaults();
    assertEquals(Weight.veto(), d.weight(CheckCode.SERVICE_GUIDE));
    assertEquals(Weight.veto(), d.weight(CheckCode.FORGED_DATES));
    for (CheckCode c : List.of(CheckCode.SITE_IDENTIFIERS, CheckCode.ERROR_REPORT_ENTRY, CheckCode.SEARCH_WORKS, CheckCode.HTTPS, CheckCode.IPV6,
        CheckCode.ACCESSIBILITY)) {
      assertEquals(Weight.advice(), d.weight(c), c.name());
    }
    assertEquals(CheckSources.MIN_CONTRAST, d.minContrast());
    assertEquals(8, d.guideElements().size());
    assertEquals(1, d.guideVetoThreshold());
    assertEquals(d, SiteProfile.minimal("x").checks());
  }

  @Test
  void aProfileSetsWeightsAddressesAndThresholds() {
    CheckSettings s = parse("{\"weights\": {\"SITE_IDENTIFIERS\": \"deduction:2\", \"accessibility\": \"veto\"}, \"searchUrl\": \"/so?q={query}\","
        + " \"httpsUrl\": \"https://x.gov.cn/\", \"httpUrl\": \"http://x.gov.cn/\", \"guideElements\": [\"事项名称\", \"办理材料|申请材料\"],"
        + " \"guideVetoThreshold\": 3, \"guidesPerColumn\": 5, \"forgedDatesThreshold\": 2, \"minContrast\": 7, \"minLargeTextContrast\": 4.5}").checks();
    assertEquals(Weight.deduction(2), s.weight(CheckCode.SITE_IDENTIFIERS));
    assertEquals(Weight.veto(), s.weight(CheckCode.ACCESSIBILITY));
    assertEquals(Weight.advice(), s.weight(CheckCode.HTTPS));
    assertEquals("/so?q={query}", s.searchUrl().orElseThrow());
    assertEquals(List.of("事项名称", "办理材料|申请材料"), s.guideElements());
    assertEquals(3, s.guideVetoThreshold());
    assertEquals(5, s.guidesPerColumn());
    assertEquals(2, s.forgedDatesThreshold());
    assertEquals(7.0, s.minContrast());
    assertEquals(4.5, s.minLargeTextContrast());
  }

  @Test
  void faultsNameTheField() {
    for (String[] c : new String[][] {{"{\"weights\": {\"SPEED\": \"veto\"}}", "checks.weights.SPEED"},
        {"{\"weights\": {\"HTTPS\": \"deduction:0\"}}", "checks.weights.HTTPS"}, {"{\"searchUrl\": \"/so\"}", "checks.searchUrl"},
        {"{\"httpsUrl\": \"http://x/\"}", "checks.httpsUrl"}, {"{\"minContrast\": 30}", "checks.minContrast"},
        {"{\"guideElements\": []}", "checks.guideElements"}, {"{\"guideVetoThreshold\": \"1\"}", "checks.guideVetoThreshold"},
        {"{\"colour\": 1}", "checks.colour"}}) {
      DataFormatException e = assertThrows(DataFormatException.class, () -> parse(c[0]), c[0]);
      assertTrue(e.getMessage().startsWith("p.json field " + c[1]), e.getMessage());
    }
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> CheckSettings.builder().guidesPerColumn(0));
    assertEquals("guidesPerColumn", e.field());
    assertThrows(InvalidInputException.class, () -> Weight.parse("bonus", "weight"));
    assertEquals("deduction −3", Weight.parse("deduction:3", "w").describe());
  }

  @Test
  void aDeductionWeightTakesItsPointsOffTheScore() throws Exception {
    try (FixtureServer site = Fixtures.clean()) {
      site.page("/", Fixtures.page("示例县人民政府", "<p>没有搜索</p><p><a href=\"/art/1.html\">县政府召开常务会议</a> 2026-11-19</p>"));
      SiteProfile p = Fixtures.profile(false).withChecks(CheckSettings.builder().weight(CheckCode.ERROR_REPORT_ENTRY, Weight.deduction(4))
          .weight(CheckCode.SEARCH_WORKS, Weight.deduction(6)).build());
      AuditReport r = Auditor.create(Fixtures.fast()).audit(site.uri("/"), p, java.time.LocalDate.of(2026, 11, 20));
      assertEquals(CheckStatus.FAIL, r.check(CheckCode.ERROR_REPORT_ENTRY).status());
      assertEquals(CheckStatus.FAIL, r.check(CheckCode.SEARCH_WORKS).status());
      assertEquals(90, r.score());
      assertTrue(r.passed());
      assertTrue(org.govsite.compliance.render.AuditReportRenderer.junitXml(r).contains("failures=\"2\""));
    }
  }
}
