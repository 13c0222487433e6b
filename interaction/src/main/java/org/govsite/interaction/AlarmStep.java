package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One rung of an alarm ladder (预警规则): the level reached once the day is {@code offset} working
 * days from the deadline (negative before it, positive after it, 0 on the deadline day).
 *
 * @param level the level reached
 * @param offset working days relative to the deadline, e.g. −5, −2, +2
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AlarmStep(AlarmLevel level, int offset) {
  /** Checks the components. */
  public AlarmStep {
    Checks.notNull(level, "level");
    Checks.argument(level != AlarmLevel.NONE, "level", "预警规则不能为“正常”", "a step must raise an alarm");
    Checks.argument(Math.abs(offset) <= 366, "offset", "偏移超出范围", "offset must be within ±366 working days: " + offset);
  }
}
