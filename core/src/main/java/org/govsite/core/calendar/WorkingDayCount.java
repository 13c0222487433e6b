package org.govsite.core.calendar;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The number of working days between two dates (工作日天数): the days d with from &lt; d ≤ to.
 *
 * @param from the exclusive start
 * @param to the inclusive end
 * @param count the number of working days; negative when {@code to} is before {@code from}
 * @param provisional true when a day counted lies in a year without official data
 */
@API(status = MAINTAINED, since = "0.1")
public record WorkingDayCount(LocalDate from, LocalDate to, int count, boolean provisional) {
  /** Rejects a null component, naming it. */
  public WorkingDayCount {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
  }
}
