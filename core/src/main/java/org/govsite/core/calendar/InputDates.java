package org.govsite.core.calendar;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;

/**
 * The dates GovSite accepts as input (输入日期的合理范围): from {@link #EARLIEST} to {@link #LATEST}.
 * The one check every edge uses — REST query parameters, JSON bodies, CLI options, data files — so
 * that {@code -5000-01-01}, {@code 0000-01-01} or {@code 9999-12-31} is bad input naming its field
 * everywhere, never a silently odd deadline, count or report.
 *
 * <p>Engines with a narrower range (the working-day arithmetic of {@link WorkingDayCalendar} from
 * {@link WorkingDayCalendar#SUPPORTED_FROM}) keep their own check on top of this one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InputDates {
  /**
   * 中华人民共和国成立 (1949-10-01): no letter, 依申请公开 request, document or event of a people's
   * government is older.
   */
  public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
  /**
   * The working-day calendar's data horizon ({@link WorkingDayCalendar#SUPPORTED_TO}, the end of
   * 2099): no deadline can be computed after it, and a later date is a typing error.
   */
  public static final LocalDate LATEST = WorkingDayCalendar.SUPPORTED_TO;

  private InputDates() {}

  /** Whether a day is in the accepted range. */
  public static boolean contains(LocalDate day) {
    Checks.notNull(day, "day");
    return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
  }

  /** Returns the day, or throws {@link InvalidInputException} naming {@code field} when it is out of range. */
  public static LocalDate check(LocalDate day, String field) {
    Checks.notNull(field, "field");
    if (!contains(day)) {
      throw new InvalidInputException(field, outOfRange(day.toString()));
    }
    return day;
  }

  /** Returns the time, or throws {@link InvalidInputException} naming {@code field} when its day is out of range. */
  public static LocalDateTime check(LocalDateTime time, String field) {
    Checks.notNull(time, "time");
    check(time.toLocalDate(), field);
    return time;
  }

  /**
   * Parses {@code yyyy-mm-dd} (exactly four digits of year, no sign) and checks the range; throws
   * {@link InvalidInputException} naming {@code field} otherwise.
   */
  public static LocalDate parse(String text, String field) {
    Checks.notNull(text, "text");
    Checks.notNull(field, "field");
    LocalDate day;
    try {
      day = LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "不是有效日期 / not a valid yyyy-mm-dd date: '" + text + "'", e);
    }
    return check(day, field);
  }

  /** The message of an out-of-range date, for callers that report through their own exception type. */
  public static String outOfRange(String value) {
    return "日期超出合理范围 " + EARLIEST + " 至 " + LATEST + " / date outside " + EARLIEST + " to " + LATEST + ": " + value;
  }
}
