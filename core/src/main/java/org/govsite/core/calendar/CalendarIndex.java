package org.govsite.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The precomputed calendar: one byte per day for its kind, prefix sums of working days and of
 * provisional days, and the position of every working day, so that each query is O(1) apart
 * from building its answer.
 */
final class CalendarIndex {
  /**
   * From this day of December, a date's status also depends on the next year's notice: notices
   * have moved days as late as 12-29 of the previous year (e.g. 2007-12-29 in the 2008 notice).
   */
  public static final MonthDay NEXT_NOTICE_REACH = MonthDay.of(12, 20);

  private final LocalDate first;
  private final long firstEpochDay;
  private final int size;
  private final byte[] kinds;
  private final String[] names;
  /** cumWorking[i] = working days among the first i days. */
  private final int[] cumWorking;
  /** cumProvisional[i] = provisional days among the first i days. */
  private final int[] cumProvisional;
  /** workingDays[k] = index of the (k+1)-th working day. */
  private final int[] workingDays;
  /** Indexes of special days (holidays, make-up days, local days), ascending. */
  private final int[] specialDays;

  /**
   * Builds the index for {@code [first, last]}.
   *
   * @param special the kind of every special day (ordinals of {@code DayKind})
   * @param specialNames the holiday name of special days, where known
   * @param officialYears the years with a loaded notice
   * @param workingKinds which kind ordinals count as working days
   */
  public CalendarIndex(LocalDate first, LocalDate last, Map<LocalDate, Integer> special,
      Map<LocalDate, String> specialNames, Set<Integer> officialYears, boolean[] workingKinds,
      int weekdayKind, int weekendKind) {
    this.first = first;
    this.firstEpochDay = first.toEpochDay();
    this.size = (int) (last.toEpochDay() - firstEpochDay + 1);
    this.kinds = new byte[size];
    this.names = new String[size];
    this.cumWorking = new int[size + 1];
    this.cumProvisional = new int[size + 1];
    int[] working = new int[size];
    int[] specials = new int[special.size()];
    int workingCount = 0;
    int specialCount = 0;
    LocalDate d = first;
    for (int i = 0; i < size; i++, d = d.plusDays(1)) {
      Integer kind = special.get(d);
      if (kind != null) {
        kinds[i] = kind.byteValue();
        names[i] = specialNames.get(d);
        specials[specialCount++] = i;
      } else {
        DayOfWeek w = d.getDayOfWeek();
        kinds[i] = (byte) (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? weekendKind : weekdayKind);
      }
      if (workingKinds[kinds[i]]) {
        working[workingCount++] = i;
      }
      cumWorking[i + 1] = workingCount;
      cumProvisional[i + 1] = cumProvisional[i] + (isProvisional(d, officialYears) ? 1 : 0);
    }
    this.workingDays = Arrays.copyOf(working, workingCount);
    this.specialDays = Arrays.copyOf(specials, specialCount);
  }

  private static boolean isProvisional(LocalDate d, Set<Integer> officialYears) {
    if (!officialYears.contains(d.getYear())) {
      return true;
    }
    return !MonthDay.from(d).isBefore(NEXT_NOTICE_REACH) && !officialYears.contains(d.getYear() + 1);
  }

  /** Returns the index of a date, which the caller has checked is in range. */
  public int index(LocalDate date) {
    return (int) (date.toEpochDay() - firstEpochDay);
  }

  /** Returns the date at an index. */
  public LocalDate date(int index) {
    return LocalDate.ofEpochDay(firstEpochDay + index);
  }

  /** Returns whether a date lies inside the index. */
  public boolean contains(LocalDate date) {
    long i = date.toEpochDay() - firstEpochDay;
    return i >= 0 && i < size;
  }

  /** Returns the kind ordinal of the day at an index. */
  public int kind(int index) {
    return kinds[index];
  }

  /** Returns the holiday name at an index, or null. */
  public String name(int index) {
    return names[index];
  }

  /** Returns the first date of the index. */
  public LocalDate first() {
    return first;
  }

  /** Returns the last date of the index. */
  public LocalDate last() {
    return date(size - 1);
  }

  /** Returns working days among indexes {@code [0, index]}. */
  public int workingUpTo(int index) {
    return cumWorking[index + 1];
  }

  /** Returns the index of the working day with 0-based ordinal {@code k}, or -1 past the end. */
  public int workingDay(int k) {
    return k >= 0 && k < workingDays.length ? workingDays[k] : -1;
  }

  /** Returns whether any day with index in {@code (from, to]} is provisional. */
  public boolean provisionalBetween(int fromExclusive, int toInclusive) {
    return cumProvisional[toInclusive + 1] - cumProvisional[fromExclusive + 1] > 0;
  }

  /** Returns whether the day at an index is provisional. */
  public boolean provisional(int index) {
    return cumProvisional[index + 1] != cumProvisional[index];
  }

  /** Returns the indexes of special days in {@code (from, to]}, ascending. */
  public int[] specialDaysBetween(int fromExclusive, int toInclusive) {
    int lo = lowerBound(fromExclusive + 1);
    int hi = lowerBound(toInclusive + 1);
    return Arrays.copyOfRange(specialDays, lo, hi);
  }

  private int lowerBound(int index) {
    int i = Arrays.binarySearch(specialDays, index);
    return i >= 0 ? i : -i - 1;
  }
}
