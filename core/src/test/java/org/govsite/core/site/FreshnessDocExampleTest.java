package org.govsite.core.site;

import org.govsite.core.docs.DocExamples;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.site.render.FreshnessReportRenderer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the API example of docs/freshness.md and checks the page shows exactly this code. */
class FreshnessDocExampleTest {
  @Test
  void theDocumentedExampleRuns() {
    // tag::example[]
    WebsiteCode code = WebsiteCode.parse("4300000077");
    Column news = Column.of("c1", "工作动态", ColumnKind.NEWS);
    Site site = Site.builder("示例县人民政府", code)
        .homePage("https://www.example.gov.cn/")
        .column(news)
        .column(Column.under(news, "c1-1", "乡镇动态", ColumnKind.NEWS))
        .column(Column.of("c2", "通知公告", ColumnKind.NOTICE))
        .build();

    FreshnessTracker tracker = FreshnessTracker.create().addSite(site);
    tracker.record(FreshnessEvent.homePageUpdated(code, LocalDateTime.of(2026, 11, 20, 9, 0)));
    tracker.record(FreshnessEvent.appear(code, "c1", "https://www.example.gov.cn/art/1.html", "县政府召开常务会议",
        LocalDateTime.of(2026, 11, 6, 10, 0)));
    tracker.record(FreshnessEvent.appear(code, "c2", "https://www.example.gov.cn/art/2.html", "关于某事项的通知",
        LocalDateTime.of(2026, 6, 1, 9, 0)));

    FreshnessPolicy county = FreshnessPolicy.national().toBuilder()
        .name("某县")
        .rule(ColumnKind.NEWS, FreshnessRule.within(FreshnessLimit.workingDays(5), FreshnessVetoCode.COLUMNS_NOT_UPDATED))
        .threshold(FreshnessVetoCode.BLANK_COLUMNS, 1)
        .build();

    SiteFreshnessVerdict v = tracker.evaluate(code, LocalDateTime.of(2026, 11, 20, 12, 0), county);
    for (ColumnFreshness c : v.columns()) {
      System.out.println(c.column().id() + " " + c.status().jsonName() + " " + c.staleAfter().map(Object::toString).orElse(""));
    }
    System.out.println(v.verdict() + " " + v.failedVetoes());   // fail: c1-1 is blank
    String html = FreshnessReportRenderer.html(tracker.evaluateAll(LocalDateTime.of(2026, 11, 20, 12, 0), county));
    // end::example[]

    assertEquals(FreshnessStatus.STALE, v.columns().get(0).status());
    assertEquals(FreshnessStatus.BLANK, v.columns().get(1).status());
    assertEquals(FreshnessStatus.FRESH, v.columns().get(2).status());
    assertFalse(v.passed());
    assertEquals(FreshnessVetoCode.BLANK_COLUMNS, v.failedVetoes().get(0).code());
    assertFalse(html.isEmpty());
    // The output the page shows under "prints".
    assertEquals(Optional.of(LocalDateTime.of(2026, 11, 13, 23, 59, 59)), v.columns().get(0).staleAfter());
    assertEquals(Optional.empty(), v.columns().get(1).staleAfter());
    assertEquals(Optional.of(LocalDateTime.of(2026, 12, 1, 9, 0)), v.columns().get(2).staleAfter());
    assertEquals(List.of("c1-1"), v.failedVetoes().get(0).columns());
  }

  @Test
  void guideShowsTheTestedCode() throws IOException {
    DocExamples.assertGuideShows("freshness.md", FreshnessDocExampleTest.class);
  }
}
