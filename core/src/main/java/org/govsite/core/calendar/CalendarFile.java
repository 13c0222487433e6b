package org.govsite.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * One parsed calendar file: an official year (it has a {@code year}) or local overrides (it has none).
 *
 * @param source the file or stream name, for messages
 * @param year the notice's year, absent for local overrides
 * @param papers the notice addresses
 * @param days the listed days
 */
record CalendarFile(String source, OptionalInt year, List<String> papers, List<Entry> days) {

  /** One listed day: a day off or a working day, with the holiday's name. */
  public record Entry(LocalDate date, String name, boolean offDay, int line) {}

  /** Returns whether this file is an official year's notice rather than local overrides. */
  public boolean official() {
    return year.isPresent();
  }
}
