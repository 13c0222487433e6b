package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One line of the chase list (催办清单): a letter that is due soon or overdue.
 *
 * @param letterId the letter
 * @param department the handling department ("" when not yet assigned)
 * @param deadline the deadline date
 * @param provisional whether the deadline may still move (a year without calendar data)
 * @param overdue whether the deadline had passed at the instant
 * @param workingDaysLeft working days d with instant &lt; d ≤ deadline; negative when the
 *     deadline is behind
 * @param alarm the colour of the policy's alarm ladder at the instant
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChaseItem(String letterId, String department, LocalDate deadline, boolean provisional,
    boolean overdue, int workingDaysLeft, AlarmLevel alarm) {
  /** Rejects a null component, naming it. */
  public ChaseItem {
    Checks.notNull(letterId, "letterId");
    Checks.notNull(department, "department");
    Checks.notNull(deadline, "deadline");
    Checks.notNull(alarm, "alarm");
  }
}
