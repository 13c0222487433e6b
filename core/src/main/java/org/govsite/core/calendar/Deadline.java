package org.govsite.core.calendar;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A deadline counted in working days (工作日期限): the start, the number of working days, the
 * resulting date, whether it is provisional, and on request the holidays it crossed.
 *
 * <p>Immutable; two deadlines are equal when start, days, date and provisional flag are equal.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Deadline {
  private final WorkingDayCalendar calendar;
  private final LocalDate start;
  private final int workingDays;
  private final LocalDate date;
  private final boolean provisional;

  Deadline(WorkingDayCalendar calendar, LocalDate start, int workingDays, LocalDate date, boolean provisional) {
    this.calendar = calendar;
    this.start = start;
    this.workingDays = workingDays;
    this.date = date;
    this.provisional = provisional;
  }

  /** Returns the day the count starts from (it never counts itself). */
  public LocalDate start() {
    return start;
  }

  /** Returns the number of working days added. */
  public int workingDays() {
    return workingDays;
  }

  /** Returns the deadline: the end of this day is the last moment allowed. */
  public LocalDate date() {
    return date;
  }

  /** Returns true when a day counted lies in a year without official data, so the date may move. */
  public boolean provisional() {
    return provisional;
  }

  /** Returns the years without official data that the count touched (empty when not provisional). */
  public SortedSet<Integer> provisionalYears() {
    return provisional ? calendar.provisionalYears(start, date) : new TreeSet<>();
  }

  /**
   * Returns the days off and make-up working days after the start up to the deadline, with their
   * holiday names: the explanation an applicant asks for.
   */
  public List<CalendarDay> crossedDays() {
    return calendar.specialDaysBetween(start, date);
  }

  /** Returns a one-paragraph Chinese explanation of how the date was reached. */
  public String explain() {
    StringBuilder b = new StringBuilder();
    b.append(start).append(" 起 ").append(workingDays).append(" 个工作日 → ").append(date);
    List<String> parts = new ArrayList<>();
    List<CalendarDay> days = crossedDays();
    // Runs of consecutive days of one holiday read as one range: 2025-10-01至2025-10-08 国庆节（休息）.
    for (int i = 0; i < days.size(); ) {
      CalendarDay first = days.get(i);
      int j = i;
      while (j + 1 < days.size() && days.get(j + 1).date().equals(days.get(j).date().plusDays(1))
          && days.get(j + 1).kind() == first.kind() && days.get(j + 1).holidayName().equals(first.holidayName())) {
        j++;
      }
      String range = i == j ? first.date().toString() : first.date() + "至" + days.get(j).date();
      parts.add(range + " " + first.holidayName().orElse("") + (first.isWorkingDay() ? "（调休上班）" : "（休息）"));
      i = j + 1;
    }
    if (!parts.isEmpty()) {
      b.append("；期间跨越：").append(String.join("，", parts));
    }
    if (provisional) {
      b.append("；暂定：").append(provisionalYears()).append(" 年的官方安排尚未载入");
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deadline d && d.start.equals(start) && d.workingDays == workingDays
        && d.date.equals(date) && d.provisional == provisional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, workingDays, date, provisional);
  }

  @Override
  public String toString() {
    return "Deadline[start=" + start + ", workingDays=" + workingDays + ", date=" + date
        + ", provisional=" + provisional + "]";
  }
}
