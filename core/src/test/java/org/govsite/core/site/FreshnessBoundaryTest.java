package org.govsite.core.site;

import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.screening.ScreeningResult;
import static org.govsite.core.site.FreshnessFixtures.CODE;
import static org.govsite.core.site.FreshnessFixtures.column;
import static org.govsite.core.site.FreshnessFixtures.publish;
import static org.govsite.core.site.FreshnessFixtures.site;
import static org.govsite.core.site.FreshnessFixtures.tracker;
import static org.govsite.core.site.FreshnessFixtures.veto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each threshold of the presets, exactly at and just past its boundary. */
class FreshnessBoundaryTest {
  private static final LocalDateTime LAST = LocalDateTime.of(2026, 11, 2, 9, 30, 0);
  private static final FreshnessPolicy NATIONAL = FreshnessPolicy.national();

  private static FreshnessStatus statusOf(ColumnKind kind, LocalDateTime last, LocalDateTime at, FreshnessPolicy policy) {
    FreshnessTracker t = tracker(site(1, kind), at);
    publish(t, "c0", "a", last);
    return column(t.evaluate(CODE, at, policy), "c0").status();
  }

  @Test
  void newsExactlyFourteenDaysIsFreshAndOneSecondMoreIsStale() {
    assertEquals(FreshnessStatus.DUE_SOON, statusOf(ColumnKind.NEWS, LAST, LAST.plusDays(14), NATIONAL));
    assertEquals(FreshnessStatus.STALE, statusOf(ColumnKind.NEWS, LAST, LAST.plusDays(14).plusSeconds(1), NATIONAL));
  }

  @Test
  void staleAfterIsTheLastFreshInstant() {
    FreshnessTracker t = tracker(site(1, ColumnKind.NEWS), LAST);
    publish(t, "c0", "a", LAST);
    ColumnFreshness c = column(t.evaluate(CODE, LAST.plusDays(1), NATIONAL), "c0");
    assertEquals(Optional.of(LAST.plusDays(14)), c.staleAfter());
    assertEquals(Optional.of(FreshnessLimit.weeks(2)), c.limit());
    assertEquals(FreshnessStatus.FRESH, c.status());
  }

  @Test
  void warningWindowIsConfigurableAndStrict() {
    FreshnessPolicy p = NATIONAL.toBuilder().warningWindow(Duration.ofDays(5)).build();
    assertEquals(FreshnessStatus.FRESH, statusOf(ColumnKind.NEWS, LAST, LAST.plusDays(9), p));
    assertEquals(FreshnessStatus.DUE_SOON, statusOf(ColumnKind.NEWS, LAST, LAST.plusDays(9).plusSeconds(1), p));
    FreshnessPolicy off = NATIONAL.toBuilder().warningWindow(Duration.ZERO).build();
    assertEquals(FreshnessStatus.FRESH, statusOf(ColumnKind.NEWS, LAST, LAST.plusDays(14), off));
  }

  @Test
  void noticeFirstLevelSixCalendarMonths() {
    assertEquals(FreshnessStatus.DUE_SOON, statusOf(ColumnKind.NOTICE, LAST, LAST.plusMonths(6), NATIONAL));
    assertEquals(FreshnessStatus.STALE, statusOf(ColumnKind.POLICY, LAST, LAST.plusMonths(6).plusSeconds(1), NATIONAL));
    // 31 August + 6 months is the last day of February.
    LocalDateTime aug31 = LocalDateTime.of(2025, 8, 31, 0, 0);
    assertEquals(FreshnessStatus.DUE_SOON, statusOf(ColumnKind.NOTICE, aug31, LocalDateTime.of(2026, 2, 28, 0, 0), NATIONAL));
    assertEquals(FreshnessStatus.STALE, statusOf(ColumnKind.NOTICE, aug31, LocalDateTime.of(2026, 2, 28, 0, 0, 1), NATIONAL));
  }

  @Test
  void noticeLimitAppliesOnlyToFirstLevelColumnsNationally() {
    Column parent = Column.of("p", "通知公告", ColumnKind.NOTICE);
    Site s = Site.builder("某县", CODE).column(parent).column(Column.under(parent, "sub", "公示", ColumnKind.NOTICE)).build();
    FreshnessTracker t = tracker(s, LAST.plusYears(2));
    publish(t, "p", "a", LAST);
    publish(t, "sub", "b", LAST);
    SiteFreshnessVerdict v = t.evaluate(CODE, LAST.plusYears(2), NATIONAL);
    assertEquals(FreshnessStatus.STALE, column(v, "p").status());
    assertEquals(FreshnessStatus.EXEMPT, column(v, "sub").status());
  }

  @Test
  void personnelOneYearCountsAsShouldUpdate() {
    assertEquals(FreshnessStatus.DUE_SOON, statusOf(ColumnKind.PERSONNEL, LAST, LAST.plusYears(1), NATIONAL));
    assertEquals(FreshnessStatus.STALE, statusOf(ColumnKind.PLANNING, LAST, LAST.plusYears(1).plusSeconds(1), NATIONAL));
    FreshnessTracker t = tracker(site(1, ColumnKind.PERSONNEL), LAST.plusYears(2));
    publish(t, "c0", "a", LAST);
    ColumnFreshness c = column(t.evaluate(CODE, LAST.plusYears(2), NATIONAL), "c0");
    assertEquals(Optional.of(FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED), c.countedAs());
  }

  @Test
  void staticColumnsAreExemptButNotBlank() {
    assertEquals(FreshnessStatus.EXEMPT, statusOf(ColumnKind.STATIC, LAST, LAST.plusYears(5), NATIONAL));
    FreshnessTracker t = tracker(site(1, ColumnKind.STATIC), LAST);
    assertEquals(FreshnessStatus.BLANK, column(t.evaluate(CODE, LAST, NATIONAL), "c0").status());
  }

  /** Five columns: the 5th stale one flips the verdict (≥5, 国办秘函〔2019〕19号). */
  @Test
  void fifthStaleColumnFailsTheSite() {
    LocalDateTime at = LAST.plusDays(20);
    FreshnessTracker t = tracker(site(6, ColumnKind.NEWS), at);
    for (int i = 0; i < 6; i++) {
      publish(t, "c" + i, "fresh" + i, at.minusDays(1));
    }
    for (int i = 0; i < 5; i++) {
      FreshnessTracker u = tracker(site(6, ColumnKind.NEWS), at);
      for (int j = 0; j < 6; j++) {
        publish(u, "c" + j, "x", j <= i ? LAST : at.minusDays(1));
      }
      SiteFreshnessVerdict v = u.evaluate(CODE, at, NATIONAL);
      FreshnessVeto veto = veto(v, FreshnessVetoCode.COLUMNS_NOT_UPDATED);
      assertEquals(i + 1, veto.count());
      assertEquals(5, veto.threshold());
      assertEquals(i + 1 >= 5, veto.failed(), "stale columns: " + (i + 1));
      assertEquals(i + 1 < 5, v.passed());
    }
    assertTrue(t.evaluate(CODE, at, NATIONAL).passed());
  }

  @Test
  void tenthShouldUpdateColumnFailsTheSite() {
    LocalDateTime at = LAST.plusYears(2);
    for (int stale : new int[] {9, 10}) {
      FreshnessTracker t = tracker(site(12, ColumnKind.PLANNING), at);
      for (int j = 0; j < 12; j++) {
        publish(t, "c" + j, "x", j < stale ? LAST : at.minusDays(1));
      }
      FreshnessVeto veto = veto(t.evaluate(CODE, at, NATIONAL), FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED);
      assertEquals(stale, veto.count());
      assertEquals(stale >= 10, veto.failed());
    }
  }

  @Test
  void fifthBlankColumnFailsTheSite() {
    for (int blank : new int[] {4, 5}) {
      FreshnessTracker t = tracker(site(8, ColumnKind.SERVICE), LAST);
      for (int j = blank; j < 8; j++) {
        publish(t, "c" + j, "x", LAST.minusDays(1));
      }
      SiteFreshnessVerdict v = t.evaluate(CODE, LAST, NATIONAL);
      FreshnessVeto veto = veto(v, FreshnessVetoCode.BLANK_COLUMNS);
      assertEquals(blank, veto.count());
      assertEquals(blank >= 5, veto.failed());
      assertEquals(List.of("c0", "c1", "c2", "c3", "c4").subList(0, blank), veto.columns());
    }
  }

  @Test
  void homePageTwoWeeksAndMissingCountsAsNotUpdated() {
    Site s = site(0, ColumnKind.NEWS);
    FreshnessTracker t = tracker(s, LAST);
    assertTrue(t.evaluate(CODE, LAST.plusDays(14), NATIONAL).passed());
    SiteFreshnessVerdict late = t.evaluate(CODE, LAST.plusDays(14).plusSeconds(1), NATIONAL);
    assertFalse(late.passed());
    assertEquals(List.of("homepage"), veto(late, FreshnessVetoCode.HOME_NOT_UPDATED).columns());
    FreshnessTracker never = FreshnessTracker.create().addSite(s);
    SiteFreshnessVerdict v = never.evaluate(CODE, LAST, NATIONAL);
    assertEquals(FreshnessStatus.STALE, v.homePage().status());
    assertFalse(v.passed());
  }

  /** 2025 National Day: 1–8 October off, Saturday 11 October a make-up working day. */
  @Test
  void workingDayLimitSkipsTheNationalHoliday() {
    FreshnessPolicy local = FreshnessPolicy.strictLocal();
    LocalDateTime sep30 = LocalDateTime.of(2025, 9, 30, 17, 0);
    // News: one working day. The next working day after 30 September is 9 October.
    assertEquals(FreshnessStatus.DUE_SOON, statusOf(ColumnKind.NEWS, sep30, LocalDateTime.of(2025, 10, 9, 23, 59, 59), local));
    assertEquals(FreshnessStatus.STALE, statusOf(ColumnKind.NEWS, sep30, LocalDateTime.of(2025, 10, 10, 0, 0), local));
    // Notices: seven working days 9, 10, 11 (make-up), 13, 14, 15, 16 October.
    assertEquals(FreshnessStatus.DUE_SOON, statusOf(ColumnKind.NOTICE, sep30, LocalDateTime.of(2025, 10, 16, 23, 59, 59), local));
    assertEquals(FreshnessStatus.STALE, statusOf(ColumnKind.NOTICE, sep30, LocalDateTime.of(2025, 10, 17, 0, 0), local));
    FreshnessTracker t = tracker(site(1, ColumnKind.NOTICE), sep30);
    publish(t, "c0", "a", sep30);
    assertEquals(Optional.of(LocalDateTime.of(2025, 10, 16, 23, 59, 59)),
        column(t.evaluate(CODE, sep30, local), "c0").staleAfter());
  }

  @Test
  void strictLocalFailsOnOneBlankColumnAndYearlyStaticColumns() {
    FreshnessPolicy local = FreshnessPolicy.strictLocal();
    FreshnessTracker t = tracker(site(2, ColumnKind.STATIC), LAST);
    publish(t, "c1", "a", LAST.minusYears(1).minusSeconds(1));
    SiteFreshnessVerdict v = t.evaluate(CODE, LAST, local);
    assertEquals(FreshnessStatus.BLANK, column(v, "c0").status());
    assertEquals(FreshnessStatus.STALE, column(v, "c1").status());
    assertTrue(veto(v, FreshnessVetoCode.BLANK_COLUMNS).failed());
    assertEquals(1, veto(v, FreshnessVetoCode.BLANK_COLUMNS).threshold());
  }

  @Test
  void columnOwnRuleOverridesItsKind() {
    Site s = Site.builder("某县", CODE)
        .column(Column.of("c0", "工作动态", ColumnKind.NEWS).withRule(FreshnessRule.within(FreshnessLimit.days(3), FreshnessVetoCode.COLUMNS_NOT_UPDATED)))
        .column(Column.of("c1", "专题", ColumnKind.SPECIAL).withRule(FreshnessRule.noLimit().allowBlank()))
        .build();
    FreshnessTracker t = tracker(s, LAST);
    publish(t, "c0", "a", LAST);
    SiteFreshnessVerdict v = t.evaluate(CODE, LAST.plusDays(3).plusSeconds(1), NATIONAL);
    assertEquals(FreshnessStatus.STALE, column(v, "c0").status());
    assertEquals(FreshnessStatus.EXEMPT, column(v, "c1").status());
  }

  @Test
  void withdrawnItemsStopCountingFromTheirWithdrawal() {
    FreshnessTracker t = tracker(site(1, ColumnKind.NEWS), LAST);
    publish(t, "c0", "old", LAST.minusDays(30));
    publish(t, "c0", "new", LAST);
    t.record(FreshnessEvent.withdraw(CODE, "c0", "new", LAST.plusDays(2)));
    SiteFreshnessVerdict before = t.evaluate(CODE, LAST.plusDays(1), NATIONAL);
    assertEquals(Optional.of(LAST), column(before, "c0").lastPublished());
    assertEquals(2, column(before, "c0").itemCount());
    SiteFreshnessVerdict after = t.evaluate(CODE, LAST.plusDays(2), NATIONAL);
    assertEquals(Optional.of(LAST.minusDays(30)), column(after, "c0").lastPublished());
    assertEquals(1, column(after, "c0").itemCount());
    assertEquals(FreshnessStatus.STALE, column(after, "c0").status());
    SiteFreshnessVerdict beforeAny = t.evaluate(CODE, LAST.minusDays(31), NATIONAL);
    assertEquals(FreshnessStatus.BLANK, column(beforeAny, "c0").status());
  }

  @Test
  void resentAndUpdatedItemsAreNotNewItems() {
    FreshnessTracker t = tracker(site(1, ColumnKind.NEWS), LAST);
    publish(t, "c0", "a", LAST);
    publish(t, "c0", "a", LAST);
    t.record(FreshnessEvent.update(CODE, "c0", "a", LAST.minusDays(20)));
    ColumnFreshness c = column(t.evaluate(CODE, LAST, NATIONAL), "c0");
    assertEquals(1, c.itemCount());
    assertEquals(Optional.of(LAST.minusDays(20)), c.lastPublished());
    assertEquals(FreshnessStatus.STALE, c.status());
  }

  /** Past 1,024 items a column finds ids through a map: the same answers as the scan. */
  @Test
  void largeColumnsAnswerTheSame() {
    FreshnessTracker t = tracker(site(1, ColumnKind.NEWS), LAST);
    for (int i = 0; i < 2000; i++) {
      publish(t, "c0", "i" + i, LAST.minusDays(2000 - i));
    }
    publish(t, "c0", "i1500", LAST.minusDays(500));
    t.record(FreshnessEvent.withdraw(CODE, "c0", "i1999", LAST.minusDays(1)));
    t.record(FreshnessEvent.update(CODE, "c0", "i1998", LAST.minusDays(30)));
    publish(t, "c0", "i1999", LAST.minusHours(1));
    ColumnFreshness c = column(t.evaluate(CODE, LAST, NATIONAL), "c0");
    assertEquals(2000, c.itemCount());
    assertEquals(Optional.of(LAST.minusHours(1)), c.lastPublished());
    ColumnFreshness before = column(t.evaluate(CODE, LAST.minusHours(2), NATIONAL), "c0");
    assertEquals(1999, before.itemCount());
    assertEquals(Optional.of(LAST.minusDays(3)), before.lastPublished());
  }

  @Test
  void badEventsNameTheField() {
    FreshnessTracker t = tracker(site(1, ColumnKind.NEWS), LAST);
    assertEquals("columnId", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> publish(t, "nope", "a", LAST)).field());
    assertEquals("itemId", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> t.record(FreshnessEvent.withdraw(CODE, "c0", "missing", LAST))).field());
    publish(t, "c0", "a", LAST);
    assertEquals("at", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> t.record(FreshnessEvent.withdraw(CODE, "c0", "a", LAST.minusSeconds(1)))).field());
    assertEquals("site", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> t.record(FreshnessEvent.homePageUpdated(WebsiteCode.parse("bm07000001"), LAST))).field());
    assertEquals(LocalDate.of(2026, 11, 2), LAST.toLocalDate());
  }

  /** A null argument is bad input naming its field, never a NullPointerException. */
  @Test
  void nullArgumentsNameTheField() {
    FreshnessTracker t = tracker(site(1, ColumnKind.NEWS), LAST);
    java.util.Map<WebsiteCode, FreshnessPolicy> perSite = new java.util.HashMap<>();
    perSite.put(CODE, null);
    assertEquals("perSite[" + CODE + "]", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> t.evaluateAll(LAST, NATIONAL, perSite, 0)).field());
    assertEquals("column", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> NATIONAL.ruleFor(null)).field());
    assertEquals("id", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> t.sites().get(0).column(null)).field());
    assertEquals("last", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> FreshnessLimit.days(1).freshUntil(null, NATIONAL.calendar())).field());
    assertEquals("calendar", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> FreshnessLimit.days(1).freshUntil(LAST, null)).field());
    assertEquals("findings", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> ScreeningResult.of(null)).field());
  }
}
