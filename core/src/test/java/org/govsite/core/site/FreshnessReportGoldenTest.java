package org.govsite.core.site;

import java.time.LocalDateTime;
import java.util.Map;
import org.govsite.core.Golden;
import org.govsite.core.identifiers.WebsiteCode;
import org.junit.jupiter.api.Test;

/**
 * Pins the freshness report's JSON (docs/freshness.md: field names, nesting, date-times as
 * {@code LocalDateTime.toString()}, nulls) and its HTML page character for character.
 */
class FreshnessReportGoldenTest {
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
    Golden.assertMatches("freshness-report.json", report(3).toJson());
  }

  @Test
  void htmlIsUnchanged() {
    Golden.assertMatches("freshness-report.html", report(3).toHtml());
  }

  @Test
  void withoutHistoryJsonAndHtmlAreUnchanged() {
    FreshnessReport r = report(0);
    Golden.assertMatches("freshness-report-no-history.json", r.toJson());
    Golden.assertMatches("freshness-report-no-history.html", r.toHtml());
  }
}
