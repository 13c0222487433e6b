package org.govsite.core.calendar;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * What a calendar knows (日历覆盖范围): the years with official data and the range of dates it
 * computes at all.
 *
 * @param officialYears the years whose State Council notice is loaded
 * @param supportedFrom the first date the calendar accepts
 * @param supportedTo the last date the calendar accepts
 */
@API(status = MAINTAINED, since = "0.1")
public record CalendarCoverage(SortedSet<Integer> officialYears, LocalDate supportedFrom, LocalDate supportedTo) {

  /** Rejects a null component, naming it, and makes the year set unmodifiable. */
  public CalendarCoverage {
    Checks.notNull(officialYears, "officialYears");
    Checks.notNull(supportedFrom, "supportedFrom");
    Checks.notNull(supportedTo, "supportedTo");
    officialYears = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(officialYears));
  }

  /** Returns whether the official notice for {@code year} is loaded. */
  public boolean isOfficial(int year) {
    return officialYears.contains(year);
  }
}
