package org.govsite.core.site;

import org.govsite.core.identifiers.WebsiteCode;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** RULES §1: a working-day limit that reaches a year without official data is reported as provisional. */
class FreshnessProvisionalTest {
  private final WebsiteCode code = WebsiteCode.parse("4300000077");
  private final FreshnessPolicy fiveWorkingDays = FreshnessPolicy.national().toBuilder()
      .rule(ColumnKind.NEWS, FreshnessRule.within(FreshnessLimit.workingDays(5), FreshnessVetoCode.COLUMNS_NOT_UPDATED))
      .build();

  private ColumnFreshness newsAfter(LocalDateTime published, LocalDateTime at, FreshnessPolicy policy) {
    Site site = Site.builder("示例县人民政府", code).column(Column.of("c1", "工作动态", ColumnKind.NEWS)).build();
    FreshnessTracker tracker = FreshnessTracker.create().addSite(site);
    tracker.record(FreshnessEvent.appear(code, "c1", "https://www.example.gov.cn/a.html", "动态", published));
    return tracker.evaluate(code, at, policy).columns().get(0);
  }

  @Test
  void workingDaysIntoAYearWithoutANoticeAreProvisional() {
    assertTrue(newsAfter(LocalDateTime.of(2026, 12, 28, 9, 0), LocalDateTime.of(2027, 1, 4, 9, 0), fiveWorkingDays).provisional());
  }

  @Test
  void workingDaysInsideOfficialYearsAreNot() {
    assertFalse(newsAfter(LocalDateTime.of(2025, 9, 30, 9, 0), LocalDateTime.of(2025, 10, 9, 9, 0), fiveWorkingDays).provisional());
  }

  @Test
  void calendarLimitsAreNeverProvisional() {
    assertFalse(newsAfter(LocalDateTime.of(2026, 12, 28, 9, 0), LocalDateTime.of(2027, 1, 4, 9, 0), FreshnessPolicy.national()).provisional());
  }
}
