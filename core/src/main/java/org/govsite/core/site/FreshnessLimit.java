package org.govsite.core.site;

import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.core.support.Codes;

/**
 * How long a column may go without a new item (更新时限): calendar days, weeks, months or years,
 * or working days counted on the official calendar.
 *
 * <p>A column is stale at an instant T when T is strictly after {@link #freshUntil}: "两周" is
 * 14 days to the second, so exactly 14 days after the last item is still fresh and 14 days and one
 * second is stale. Months and years follow the calendar (31 August + 6 months = 28/29 February).
 * Working days ignore the time of day: the deadline is the end of the Nth working day after the
 * day of the last item (RULES §1), so the column is stale from 00:00 of the next day.
 *
 * @param amount the number of units, at least 1
 * @param unit the unit
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FreshnessLimit(int amount, Unit unit) {
  private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);
  private static final Pattern TEXT = Pattern.compile("([0-9]{1,5})\\s*(wd|d|w|m|y)");

  /** The unit of a limit (时限单位). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Unit {
    /** Calendar days (天), written {@code d}. */
    DAYS("d"),
    /** Calendar weeks of 7 days (周), written {@code w}. */
    WEEKS("w"),
    /** Calendar months (个月), written {@code m}. */
    MONTHS("m"),
    /** Calendar years (年), written {@code y}. */
    YEARS("y"),
    /** Official working days (工作日), written {@code wd}. */
    WORKING_DAYS("wd");

    private final String suffix;

    Unit(String suffix) {
      this.suffix = suffix;
    }

    /** Returns the suffix used in policy files, e.g. {@code wd}. */
    public String suffix() {
      return suffix;
    }
  }

  /** Validates the components. */
  public FreshnessLimit {
    Checks.notNull(unit, "unit");
    if (amount < 1 || amount > 36_500) {
      throw new InvalidInputException("amount", "时限应为1至36500 / the amount must be 1–36500: " + amount);
    }
  }

  /** Returns a limit of calendar days (天). */
  public static FreshnessLimit days(int n) {
    return new FreshnessLimit(n, Unit.DAYS);
  }

  /** Returns a limit of calendar weeks (周). */
  public static FreshnessLimit weeks(int n) {
    return new FreshnessLimit(n, Unit.WEEKS);
  }

  /** Returns a limit of calendar months (个月). */
  public static FreshnessLimit months(int n) {
    return new FreshnessLimit(n, Unit.MONTHS);
  }

  /** Returns a limit of calendar years (年). */
  public static FreshnessLimit years(int n) {
    return new FreshnessLimit(n, Unit.YEARS);
  }

  /** Returns a limit of official working days (工作日). */
  public static FreshnessLimit workingDays(int n) {
    return new FreshnessLimit(n, Unit.WORKING_DAYS);
  }

  /**
   * Parses the policy-file form: a number and a unit, {@code 14d}, {@code 2w}, {@code 6m},
   * {@code 1y} or {@code 7wd}.
   *
   * @throws InvalidInputException naming {@code field} when the text is not such a limit
   */
  public static FreshnessLimit parse(String text, String field) {
    Checks.notNull(text, field);
    Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InvalidInputException(field, "时限格式应为数字加单位 / a limit is a number and a unit d, w, m, y or wd"
          + " (e.g. 14d, 2w, 6m, 1y, 7wd): '" + text + "'");
    }
    int n = Integer.parseInt(m.group(1));
    Checks.argument(n >= 1 && n <= 36_500, field, "时限应为1至36500", "the amount must be 1–36500: " + text);
    return new FreshnessLimit(n, Codes.byName(Unit.values(), m.group(2), field, "未知的时限单位 / unknown unit", Unit::suffix));
  }

  /**
   * Returns the last instant at which a column whose last item was published at {@code last} is
   * still fresh; it is stale at every instant strictly after it.
   */
  public LocalDateTime freshUntil(LocalDateTime last, WorkingDayCalendar calendar) {
    Checks.notNull(last, "last");
    Checks.notNull(calendar, "calendar");
    return switch (unit) {
      case DAYS -> last.plusDays(amount);
      case WEEKS -> last.plusWeeks(amount);
      case MONTHS -> last.plusMonths(amount);
      case YEARS -> last.plusYears(amount);
      case WORKING_DAYS -> calendar.addWorkingDays(last.toLocalDate(), amount).date().atTime(LAST_SECOND);
    };
  }

  /** Returns the policy-file form, e.g. {@code 7wd}. */
  @Override
  public String toString() {
    return amount + unit.suffix;
  }
}
