package org.govsite.spring.boot.actuate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import org.apiguardian.api.API;
import org.govsite.core.calendar.CalendarCoverage;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether the working-day calendar holds the official notices deadlines need (日历覆盖): this year's,
 * and from a day in December (the 20th by default) next year's too, since deadlines set from then
 * on reach into next year and are provisional until its notice is loaded. Either missing answers
 * {@link #WARNING}: the site works, but a date it promises may move.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CalendarCoverageHealthIndicator implements HealthIndicator {
  /** The status for a missing notice: serving, with provisional deadlines. */
  public static final Status WARNING = new Status("WARNING", "期限为暂定 / deadlines are provisional");

  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final MonthDay warnFrom;

  /**
   * Creates the indicator.
   *
   * @param calendar the calendar checked
   * @param clock today's date, in the site's time zone
   * @param warnFrom the day of the year from which next year's notice is expected
   */
  public CalendarCoverageHealthIndicator(WorkingDayCalendar calendar, Clock clock, MonthDay warnFrom) {
    this.calendar = calendar;
    this.clock = clock;
    this.warnFrom = warnFrom;
  }

  @Override
  public Health health() {
    LocalDate today = LocalDate.now(clock);
    CalendarCoverage coverage = calendar.coverage();
    int year = today.getYear();
    Health.Builder h;
    if (today.isBefore(coverage.supportedFrom()) || today.isAfter(coverage.supportedTo())) {
      h = Health.down().withDetail("reason", "今天超出日历支持范围 / today is outside the calendar's range "
          + coverage.supportedFrom() + "–" + coverage.supportedTo());
    } else if (!coverage.isOfficial(year)) {
      h = Health.status(WARNING).withDetail("reason", "未加载 " + year + " 年国务院办公厅放假安排 / the State Council notice for "
          + year + " is not loaded: every deadline this year is provisional");
    } else if (!MonthDay.from(today).isBefore(warnFrom) && !coverage.isOfficial(year + 1)) {
      h = Health.status(WARNING).withDetail("reason", "未加载 " + (year + 1) + " 年国务院办公厅放假安排 / the State Council notice for "
          + (year + 1) + " is not loaded: deadlines that reach into it are provisional (govsite.calendar.files)");
    } else {
      h = Health.up();
    }
    return h.withDetail("today", today.toString())
        .withDetail("officialYears", coverage.officialYears().isEmpty() ? "" : coverage.officialYears().first() + "–"
            + coverage.officialYears().last())
        .build();
  }
}
