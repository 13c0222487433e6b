package org.govsite.disclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.govsite.core.testkit.Golden;
import org.govsite.core.json.GovSiteJson;
import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.AnnualReportFixtures;
import org.junit.jupiter.api.Test;

/**
 * The annual report's JSON, HTML and CSV. Golden files pin them character for character
 * (docs/disclosure.md, docs/cli.md: {@code year}, {@code table3}, {@code section2}, {@code requests}
 * with dates as yyyy-mm-dd and nulls).
 */
class AnnualReportRendererTest {
  @Test
  void jsonIsUnchanged() {
    Golden.assertMatches("annual-report.json", AnnualReportRenderer.json(AnnualReportFixtures.full2025()));
  }

  @Test
  void htmlFragmentAndPageAreUnchanged() {
    Golden.assertMatches("annual-report-fragment.html", AnnualReportRenderer.html(AnnualReportFixtures.full2025()));
    Golden.assertMatches("annual-report-page.html", AnnualReportRenderer.htmlPage(AnnualReportFixtures.full2025()));
  }

  @Test
  void csvIsUnchanged() {
    Golden.assertMatches("annual-report.csv", AnnualReportRenderer.csv(AnnualReportFixtures.full2025()));
  }

  @Test
  void theJsonIsTheRecordAHostCanReturnFromAResource() throws Exception {
    AnnualReport r = AnnualReportFixtures.full2025();
    assertEquals(AnnualReportRenderer.json(r), GovSiteJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(AnnualReportJson.of(r)));
  }

  @Test
  void jsonHasTable3AndRequests() throws Exception {
    JsonNode j = GovSiteJson.reader().readTree(AnnualReportRenderer.json(AnnualReportFixtures.sample2025()));
    assertEquals(6, j.at("/table3/new/total").asInt());
    assertEquals(3, j.at("/table3/carried-forward/total").asInt());
    JsonNode g = j.get("requests").get(5);
    assertEquals("G", g.get("id").asText());
    assertEquals("open", g.get("state").asText());
    JsonNode jj = j.get("requests").get(7);
    assertEquals("J", jj.get("id").asText());
    assertTrue(jj.get("deadline").isNull());
    JsonNode a = j.get("requests").get(0);
    assertFalse(a.get("late").asBoolean());
    assertEquals("2025-03-31", a.get("deadline").asText());
  }

  @Test
  void htmlFollowsTheNationalLayoutAndEscapes() {
    String html = AnnualReportRenderer.html(AnnualReportFixtures.sample2025());
    assertTrue(html.contains("<th rowspan=\"22\">三、本年度办理结果</th>"));
    assertTrue(html.contains("<th rowspan=\"8\">（三）不予公开</th>"));
    assertTrue(html.contains("<th colspan=\"5\">法人或其他组织</th>"));
    assertTrue(html.contains("3．危及&ldquo;三安全一稳定&rdquo;"));
    assertFalse(html.contains("“"));
    assertEquals(25, html.split("<tr data-row=").length - 1);
    assertTrue(AnnualReportRenderer.html(AnnualReportFixtures.full2025()).contains("二、主动公开政府信息情况"));
  }

  @Test
  void csvHasAHeaderAndOneLinePerRow() {
    String[] lines = AnnualReportRenderer.csv(AnnualReportFixtures.sample2025()).split("\r\n");
    assertEquals(26, lines.length);
    assertEquals("row,项目,natural-person,business,research,public-interest,legal-service,other-organization,total", lines[0]);
    assertEquals("new,一、本年新收政府信息公开申请数量,3,0,1,0,1,1,6", lines[1]);
    assertTrue(lines[5].startsWith("withheld.state-secret,（三）不予公开 1．属于国家秘密,"));
  }
}
