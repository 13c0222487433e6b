package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.govsite.core.calendar.Deadline;
import org.govsite.core.support.Checks;

/**
 * A letter's reply deadline (答复期限): the date (the end of that day is the last moment), how it
 * was counted, and whether it is provisional.
 *
 * @param letterId the letter
 * @param policy the policy name used
 * @param deadline the working-day count behind it (start, days, date, provisional flag)
 * @param extended true when an extension notice posted in time moved the deadline
 * @param lateExtensionIgnored true when an extension notice came after the normal deadline and so
 *     did not move it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReplyDeadline(String letterId, String policy, Deadline deadline, boolean extended, boolean lateExtensionIgnored) {
  /** Rejects a null component, naming it. */
  public ReplyDeadline {
    Checks.notNull(letterId, "letterId");
    Checks.notNull(policy, "policy");
    Checks.notNull(deadline, "deadline");
  }

  /** Returns the deadline date. */
  public LocalDate date() {
    return deadline.date();
  }

  /** Returns whether the date depends on a year without official calendar data and may move. */
  public boolean provisional() {
    return deadline.provisional();
  }
}
