package org.govsite.core.calendar;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One day of the working-day calendar (日历日): its kind, the holiday's name where there is one,
 * and whether the answer rests on a year without official data.
 *
 * @param date the day
 * @param kind why it is or is not a working day
 * @param holidayName the holiday the notice names (e.g. 国庆节), for special days
 * @param provisional true when the answer depends on a year whose official notice is not loaded
 */
@API(status = MAINTAINED, since = "0.1")
public record CalendarDay(LocalDate date, DayKind kind, Optional<String> holidayName, boolean provisional) {

  /** Validates the components. */
  public CalendarDay {
    Checks.notNull(date, "date");
    Checks.notNull(kind, "kind");
    Checks.notNull(holidayName, "holidayName");
  }

  /** Returns whether this day is a working day. */
  public boolean isWorkingDay() {
    return kind.working();
  }
}
