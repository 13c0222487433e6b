package org.govsite.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.cli.internal.CalendarOptions;
import org.govsite.cli.internal.CalendarOptions.DayJson;
import org.govsite.core.calendar.CalendarDay;
import org.govsite.core.calendar.Deadline;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.calendar.WorkingDayCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code govsite workdays}: the official working-day calendar (法定工作日). */
@API(status = INTERNAL, since = "0.1")
@Command(
    name = "workdays",
    mixinStandardHelpOptions = true,
    description = "Official working days (法定工作日): add, count, check.",
    subcommands = {WorkdaysCommand.Add.class, WorkdaysCommand.Between.class, WorkdaysCommand.Check.class})
public final class WorkdaysCommand extends CommandGroup {

  /** {@code govsite workdays add <date> <n>}: the deadline n working days after a date. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Prints the date n working days after <date> (the start day never counts).",
          "JSON fields: start, workingDays, deadline, provisional, provisionalYears, crossed[] {date, name, kind, working}."})
  static final class Add implements Callable<Integer> {
    @Mixin CalendarOptions options;
    @Parameters(index = "0", paramLabel = "<yyyy-mm-dd>", description = "The start date (day of receipt).") LocalDate start;
    @Parameters(index = "1", paramLabel = "<n>", description = "Working days to add (n ≥ 0).") int n;

    @Override
    public Integer call() {
      WorkingDayCalendar cal = options.calendar();
      Deadline d = cal.addWorkingDays(start, n);
      if (options.json()) {
        options.print(new AddJson(start, n, d.date(), d.provisional(), d.provisionalYears(),
            d.crossedDays().stream().map(DayJson::of).toList()));
      } else {
        options.out().println(d.date());
        options.verbose(d.explain());
      }
      return 0;
    }
  }

  /** {@code govsite workdays between <a> <b>}: the working days d with a &lt; d ≤ b. */
  @Command(name = "between", mixinStandardHelpOptions = true,
      description = {"Prints the number of working days d with <a> < d ≤ <b> (negative when b is before a).",
          "JSON fields: from, to, workingDays, provisional."})
  static final class Between implements Callable<Integer> {
    @Mixin CalendarOptions options;
    @Parameters(index = "0", paramLabel = "<a>", description = "The exclusive start, yyyy-mm-dd.") LocalDate from;
    @Parameters(index = "1", paramLabel = "<b>", description = "The inclusive end, yyyy-mm-dd.") LocalDate to;

    @Override
    public Integer call() {
      WorkingDayCount c = options.calendar().countWorkingDays(from, to);
      if (options.json()) {
        options.print(new BetweenJson(from, to, c.count(), c.provisional()));
      } else {
        options.out().println(c.count());
        options.verbose(c.provisional() ? "provisional: a year in the range has no official data" : "");
      }
      return 0;
    }
  }

  /** {@code govsite workdays check <date>}: working or off. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Prints 'working' or 'off' for <date>.",
          "JSON fields: date, status (working|off), working, kind, holiday (when named), provisional."})
  static final class Check implements Callable<Integer> {
    @Mixin CalendarOptions options;
    @Parameters(index = "0", paramLabel = "<yyyy-mm-dd>", description = "The date to check.") LocalDate date;

    @Override
    public Integer call() {
      CalendarDay day = options.calendar().day(date);
      if (options.json()) {
        DayJson d = DayJson.of(day);
        options.print(new CheckJson(d.date(), d.holiday(), d.kind(), d.working(), day.isWorkingDay() ? "working" : "off",
            day.provisional()));
      } else {
        options.out().println(day.isWorkingDay() ? "working" : "off");
        options.verbose(CalendarOptions.kindName(day.kind()) + day.holidayName().map(n -> " " + n).orElse("")
            + (day.provisional() ? " (provisional)" : ""));
      }
      return 0;
    }
  }

  /** The JSON of {@code add} (docs/cli.md). */
  record AddJson(LocalDate start, int workingDays, LocalDate deadline, boolean provisional, SortedSet<Integer> provisionalYears,
      List<DayJson> crossed) {}

  /** The JSON of {@code between}. */
  record BetweenJson(LocalDate from, LocalDate to, int workingDays, boolean provisional) {}

  /** The JSON of {@code check}: the day, then whether it is worked and whether the answer may change. */
  record CheckJson(LocalDate date, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> holiday, String kind, boolean working,
      String status, boolean provisional) {}
}
