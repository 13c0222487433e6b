package org.govsite.core.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Map;
import org.govsite.core.testkit.Golden;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.site.FreshnessFixtures;
import org.govsite.core.site.Column;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.site.FreshnessEvent;
import org.govsite.core.site.FreshnessLimit;
import org.govsite.core.site.FreshnessPolicy;
import org.govsite.core.site.FreshnessReport;
import org.govsite.core.site.FreshnessRule;
import org.govsite.core.site.FreshnessTracker;
import org.govsite.core.site.FreshnessVetoCode;
import org.govsite.core.site.Site;
import org.junit.jupiter.api.Test;

/**
 * The freshness report's JSON and HTML. Golden files pin the JSON (docs/freshness.md: field names,
 * nesting, date-times as {@code LocalDateTime.toString()}, nulls) and the HTML page character for
 * character.
 */
class FreshnessReportRendererTest {
  private static final LocalDateTime AT = LocalDateTime.of(2027, 1, 4, 9, 0);

  /** Two sites covering every field: nesting, blank, stale, provisional, history, no home page. */
  static FreshnessReport report(int weeks) {
    WebsiteCode county = WebsiteCode.parse("4300000077");
    Column news = Column.of("c1", "工作动态", ColumnKind.NEWS);
    Site a = Site.builder("示例县人民政府", county).homePage("https://www.example.gov.cn/")
        .column(news)
        .column(Column.under(news, "c1-1", "乡镇动态 & <简讯>", ColumnKind.NEWS))
        .column(Column.of("c2", "通知公告", ColumnKind.NOTICE))
        .column(Column.of("c5", "规划计划", ColumnKind.PLANNING))
        .column(Column.of("c6", "机构概况", ColumnKind.STATIC))
        .build();
    WebsiteCode ministry = WebsiteCode.parse("bm07000001");
    Site b = Site.builder("<b>某部</b> \"门户\"", ministry).column(Column.of("c0", "要闻", ColumnKind.NEWS)).build();
    FreshnessTracker t = FreshnessTracker.create().addSite(a).addSite(b);
    t.record(FreshnessEvent.homePageUpdated(county, LocalDateTime.of(2027, 1, 3, 9, 0)));
    t.record(FreshnessEvent.appear(county, "c1", "a1", "动态", LocalDateTime.of(2026, 12, 28, 9, 0)));
    t.record(FreshnessEvent.appear(county, "c1-1", "a2", "简讯", LocalDateTime.of(2026, 11, 5, 23, 59, 59)));
    t.record(FreshnessEvent.appear(county, "c2", "a3", "通知", LocalDateTime.of(2026, 9, 25, 10, 30, 15, 120_000_000)));
    t.record(FreshnessEvent.appear(county, "c6", "a4", "职责", LocalDateTime.of(2021, 3, 1, 8, 0)));
    t.record(FreshnessEvent.appear(ministry, "c0", "b1", "要闻", LocalDateTime.of(2026, 10, 1, 0, 0)));
    FreshnessPolicy policy = FreshnessPolicy.national().toBuilder()
        .name("某县 <县级>")
        .rule(ColumnKind.NEWS, FreshnessRule.within(FreshnessLimit.workingDays(5), FreshnessVetoCode.COLUMNS_NOT_UPDATED))
        .build();
    return t.evaluateAll(AT, policy, Map.of(), weeks);
  }

  @Test
  void jsonIsUnchanged() {
    Golden.assertMatches("freshness-report.json", FreshnessReportRenderer.json(report(3)));
  }

  @Test
  void htmlIsUnchanged() {
    Golden.assertMatches("freshness-report.html", FreshnessReportRenderer.html(report(3)));
  }

  @Test
  void withoutHistoryJsonAndHtmlAreUnchanged() {
    FreshnessReport r = report(0);
    Golden.assertMatches("freshness-report-no-history.json", FreshnessReportRenderer.json(r));
    Golden.assertMatches("freshness-report-no-history.html", FreshnessReportRenderer.html(r));
  }

  private static final LocalDateTime CLUSTER_AT = LocalDateTime.of(2026, 11, 20, 12, 0);

  @Test
  void jsonHasVerdictVetoesAndColumns() throws Exception {
    JsonNode j = GovSiteJson.reader().readTree(FreshnessReportRenderer.json(FreshnessFixtures.cluster(CLUSTER_AT).evaluateAll(CLUSTER_AT, FreshnessPolicy.national())));
    assertEquals("fail", j.get("verdict").asText());
    assertEquals(3 * 4, j.get("vetoes").size());
    JsonNode veto = j.get("vetoes").get(1);
    assertEquals("bm07000001", veto.get("site").asText());
    assertEquals("COLUMNS_NOT_UPDATED", veto.get("code").asText());
    assertEquals(6, veto.get("count").asInt());
    assertEquals(5, veto.get("threshold").asInt());
    assertEquals("c0", veto.get("columns").get(0).asText());
    assertTrue(veto.get("failed").asBoolean());
    assertEquals(24, j.get("columns").size());
    JsonNode col = j.get("columns").get(0);
    assertEquals("c0", col.get("id").asText());
    assertEquals("stale", col.get("status").asText());
    assertEquals(40, col.get("daysSinceLast").asInt());
    assertEquals("2w", col.get("limit").asText());
    assertEquals("fail", j.get("sites").get(0).get("verdict").asText());
    assertEquals(1, j.get("totals").get("failed").asInt());
  }

  @Test
  void theJsonIsTheRecordAHostCanReturnFromAResource() throws Exception {
    FreshnessReport r = report(3);
    assertEquals(FreshnessReportRenderer.json(r), GovSiteJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(FreshnessReportJson.of(r)));
  }

  @Test
  void htmlIsSelfContainedAndEscaped() {
    String html = FreshnessReportRenderer.html(FreshnessFixtures.cluster(CLUSTER_AT).evaluateAll(CLUSTER_AT, FreshnessPolicy.national(), Map.of(), 6));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;部委&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert('部委')&lt;/script&gt;"));
    assertTrue(html.contains("动态 &amp; 要闻 0"));
    assertFalse(html.contains("src=\"http"));
    assertFalse(html.contains("href=\"http"));
    assertTrue(html.contains("class=\"heat\""));
    assertTrue(html.contains("站群热力图"));
    assertTrue(html.contains("<td class=\"h3\"") && html.contains("<td class=\"h0\""), "six stale columns and none");
    assertTrue(html.contains("class=\"s-stale\""));
  }
}
