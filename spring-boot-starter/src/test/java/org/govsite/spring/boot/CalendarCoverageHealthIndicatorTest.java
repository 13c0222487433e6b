package org.govsite.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.spring.boot.actuate.CalendarCoverageHealthIndicator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The calendar indicator by the date: WARNING from 20 December while next year's notice is missing. */
class CalendarCoverageHealthIndicatorTest {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final MonthDay DEC_20 = MonthDay.of(12, 20);
  /** The bundled notices end with 2026. */
  private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.official();
  /** The bundled ones and a 2027 notice. */
  private static final WorkingDayCalendar WITH_2027 = WorkingDayCalendar.builder()
      .addJson("2027.json", "{\"year\": 2027, \"papers\": [], \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}")
      .build();

  private static Health on(WorkingDayCalendar calendar, LocalDate day, MonthDay from) {
    Clock clock = Clock.fixed(day.atTime(9, 0).atZone(BEIJING).toInstant(), BEIJING);
    return new CalendarCoverageHealthIndicator(calendar, clock, from).health();
  }

  @Test
  void upUntilTheDayBefore() {
    assertThat(on(BUNDLED, LocalDate.of(2026, 12, 19), DEC_20).getStatus()).isEqualTo(Status.UP);
    assertThat(on(BUNDLED, LocalDate.of(2026, 6, 1), DEC_20).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aWarningFromTwentiethDecemberWithoutNextYearsNotice() {
    for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 31)}) {
      Health h = on(BUNDLED, day, DEC_20);
      assertThat(h.getStatus()).as(day.toString()).isEqualTo(CalendarCoverageHealthIndicator.WARNING);
      assertThat(String.valueOf(h.getDetails().get("reason"))).contains("2027");
    }
  }

  @Test
  void upAgainOnceNextYearsNoticeIsLoaded() {
    assertThat(on(WITH_2027, LocalDate.of(2026, 12, 20), DEC_20).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aWarningAllYearWhenThisYearsNoticeIsMissing() {
    Health h = on(BUNDLED, LocalDate.of(2027, 3, 1), DEC_20);
    assertThat(h.getStatus()).isEqualTo(CalendarCoverageHealthIndicator.WARNING);
    assertThat(on(WITH_2027, LocalDate.of(2027, 3, 1), DEC_20).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void theDayIsASetting() {
    assertThat(on(BUNDLED, LocalDate.of(2026, 12, 1), MonthDay.of(12, 1)).getStatus()).isEqualTo(CalendarCoverageHealthIndicator.WARNING);
    assertThat(on(BUNDLED, LocalDate.of(2026, 11, 30), MonthDay.of(12, 1)).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void theBeanReadsItsDayFromTheSettings() {
    GovSiteProperties p = new GovSiteProperties();
    p.getHealth().setCalendarWarningFrom("12-15");
    assertThat(p.getHealth().calendarWarningDay()).isEqualTo(MonthDay.of(12, 15));
  }
}
