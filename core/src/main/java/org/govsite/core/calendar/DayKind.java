package org.govsite.core.calendar;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** Why a day is or is not a working day (工作日类型). */
@API(status = MAINTAINED, since = "0.1")
public enum DayKind {
  /** An ordinary Monday–Friday (工作日). */
  WEEKDAY(true),
  /** An ordinary Saturday or Sunday (周末). */
  WEEKEND(false),
  /** An official day off from the State Council notice (法定节假日或调休休息日). */
  OFFICIAL_DAY_OFF(false),
  /** An official make-up working day on a weekend (调休上班). */
  MAKEUP_WORKING_DAY(true),
  /** A day off added locally, e.g. a county festival (地方休息日). */
  LOCAL_DAY_OFF(false),
  /** A working day added locally (地方工作日). */
  LOCAL_WORKING_DAY(true);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  /** Returns whether days of this kind are working days. */
  public boolean working() {
    return working;
  }

  /** Returns whether this kind departs from the ordinary week (a holiday or a make-up day). */
  public boolean special() {
    return this != WEEKDAY && this != WEEKEND;
  }
}
