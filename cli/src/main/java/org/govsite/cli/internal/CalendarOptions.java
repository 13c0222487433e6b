package org.govsite.cli.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.calendar.CalendarDay;
import org.govsite.core.calendar.DayKind;
import org.govsite.core.calendar.WorkingDayCalendar;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every calendar-based subcommand shares: --calendar, --json, --verbose. */
@API(status = INTERNAL, since = "0.1")
public final class CalendarOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--calendar", paramLabel = "FILE",
      description = "Extra official years or local overrides, JSON in the holiday-cn format (repeatable).")
  List<Path> calendarFiles = new ArrayList<>();

  @Option(names = "--json", description = "Print a JSON object instead of text.")
  boolean json;

  @Option(names = "--verbose", description = "Explain the answer; show detail on errors.")
  boolean verbose;

  /** Returns the official calendar with the --calendar files applied. */
  public WorkingDayCalendar calendar() {
    if (calendarFiles.isEmpty()) {
      return WorkingDayCalendar.official();
    }
    WorkingDayCalendar.Builder b = WorkingDayCalendar.builder();
    calendarFiles.forEach(b::addFile);
    return b.build();
  }

  /** Returns whether --json was given. */
  public boolean json() {
    return json;
  }

  /** Returns the command's standard output. */
  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Returns the command's standard error, for warnings. */
  public PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints a line when --verbose was given. */
  public void verbose(String line) {
    if (verbose && !line.isEmpty()) {
      out().println(line);
    }
  }

  /** Prints a value as indented JSON. */
  public void print(Object json) {
    out().println(Cli.json(json));
  }

  /**
   * A day as the calendar commands' JSON shows it.
   *
   * @param date the day
   * @param holiday the holiday's name, when the notice names one
   * @param kind the kind of day, kebab-case
   * @param working whether it is a working day
   */
  @API(status = INTERNAL, since = "0.1")
  public record DayJson(LocalDate date, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> holiday, String kind,
      boolean working) {
    /** Returns the JSON of a day. */
    public static DayJson of(CalendarDay day) {
      return new DayJson(day.date(), day.holidayName().filter(n -> !n.isEmpty()), kindName(day.kind()), day.isWorkingDay());
    }
  }

  /** Returns the kebab-case name of a day kind as JSON and text show it. */
  public static String kindName(DayKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
