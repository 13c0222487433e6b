package org.govsite.core.calendar;

import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;

/**
 * The official working-day calendar (法定工作日历): Monday–Friday, minus the official days off,
 * plus the make-up working days (调休上班) of the State Council's yearly notice, plus local overrides.
 *
 * <p>Counting follows RULES §1 ("…日起N个工作日内"): the start day never counts, day 1 is the first
 * working day after it, and the deadline is the end of the Nth working day. Every answer that
 * depends on a year whose notice is not loaded says so with a {@code provisional} flag.
 *
 * <p>Instances are immutable and thread-safe; all queries are O(1) on precomputed prefix sums.
 * {@link #official()} is the bundled 2007–2026 data; {@link #builder()} adds newer years and
 * local days.
 */
@API(status = MAINTAINED, since = "0.1")
public final class WorkingDayCalendar {
  /** The first date any calendar accepts; earlier dates are rejected as absurd. */
  public static final LocalDate SUPPORTED_FROM = LocalDate.of(2000, 1, 1);
  /** The last date any calendar accepts; later dates are rejected as absurd. */
  public static final LocalDate SUPPORTED_TO = LocalDate.of(2099, 12, 31);

  private static final DayKind[] KINDS = DayKind.values();

  private final CalendarIndex index;
  private final CalendarCoverage coverage;

  private WorkingDayCalendar(CalendarIndex index, CalendarCoverage coverage) {
    this.index = index;
    this.coverage = coverage;
  }

  /** Returns the calendar of the bundled official notices (2007–2026), shared and immutable. */
  public static WorkingDayCalendar official() {
    return Bundled.CALENDAR;
  }

  /** Returns a builder that starts from the bundled official data. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return KINDS[index.kind(indexOf(date, "date"))].working();
  }

  /** Returns the day's kind, its holiday name and whether the answer is provisional. */
  public CalendarDay day(LocalDate date) {
    int i = indexOf(date, "date");
    return dayAt(i, index.provisional(i));
  }

  /**
   * Adds {@code n} working days to {@code start}: the start never counts; {@code n = 0} gives the
   * start itself.
   *
   * @throws InvalidInputException when n is negative, the date is null, or the answer falls
   *     outside {@link #SUPPORTED_FROM}–{@link #SUPPORTED_TO}
   */
  public Deadline addWorkingDays(LocalDate start, int n) {
    int i = indexOf(start, "start");
    Checks.argument(n >= 0, "n", "工作日数不能为负数", "the number of working days must not be negative: " + n);
    int j = i;
    if (n > 0) {
      j = index.workingDay(index.workingUpTo(i) + n - 1);
      if (j < 0) {
        throw new InvalidInputException("n", "结果超出日历支持范围 / the result falls after " + SUPPORTED_TO + ": " + start + " + " + n);
      }
    }
    return new Deadline(this, start, n, index.date(j), index.provisionalBetween(i, j));
  }

  /** Returns the first working day strictly after {@code date}. */
  public CalendarDay nextWorkingDay(LocalDate date) {
    Deadline d = addWorkingDays(date, 1);
    return dayAt(index.index(d.date()), d.provisional());
  }

  /** Returns the last working day strictly before {@code date}. */
  public CalendarDay previousWorkingDay(LocalDate date) {
    int i = indexOf(date, "date");
    int j = index.workingDay(index.workingUpTo(i) - (KINDS[index.kind(i)].working() ? 2 : 1));
    if (j < 0) {
      throw new InvalidInputException("date", "结果超出日历支持范围 / the result falls before " + SUPPORTED_FROM);
    }
    return dayAt(j, index.provisionalBetween(j - 1, i - 1));
  }

  /**
   * Counts the working days d with {@code from < d ≤ to}; negative when {@code to} is before
   * {@code from}, so that {@code count(a, addWorkingDays(a, n).date()) == n}.
   */
  public WorkingDayCount countWorkingDays(LocalDate from, LocalDate to) {
    int a = indexOf(from, "from");
    int b = indexOf(to, "to");
    int count = index.workingUpTo(b) - index.workingUpTo(a);
    boolean provisional = a <= b ? index.provisionalBetween(a, b) : index.provisionalBetween(b, a);
    return new WorkingDayCount(from, to, count, provisional);
  }

  /** Returns the years with official data and the supported range of dates. */
  public CalendarCoverage coverage() {
    return coverage;
  }

  List<CalendarDay> specialDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    List<CalendarDay> days = new ArrayList<>();
    for (int i : index.specialDaysBetween(index.index(fromExclusive), index.index(toInclusive))) {
      days.add(dayAt(i, index.provisional(i)));
    }
    return List.copyOf(days);
  }

  SortedSet<Integer> provisionalYears(LocalDate fromExclusive, LocalDate toInclusive) {
    SortedSet<Integer> years = new TreeSet<>();
    LocalDate first = fromExclusive.plusDays(1);
    for (int y = first.getYear(); y <= toInclusive.getYear(); y++) {
      if (!coverage.isOfficial(y)) {
        years.add(y);
      }
    }
    MonthDay reach = CalendarIndex.NEXT_NOTICE_REACH;
    LocalDate lastReach = toInclusive.withMonth(12).withDayOfMonth(reach.getDayOfMonth());
    if (!toInclusive.isBefore(lastReach) && !coverage.isOfficial(toInclusive.getYear() + 1)) {
      years.add(toInclusive.getYear() + 1);
    }
    return years;
  }

  private CalendarDay dayAt(int i, boolean provisional) {
    return new CalendarDay(index.date(i), KINDS[index.kind(i)], Optional.ofNullable(index.name(i)), provisional);
  }

  private int indexOf(LocalDate date, String field) {
    Checks.notNull(date, field);
    if (!index.contains(date)) {
      throw new InvalidInputException(field, "日期超出日历支持范围 / date outside the supported range "
          + SUPPORTED_FROM + "–" + SUPPORTED_TO + ": " + date);
    }
    return index.index(date);
  }

  /** Builds a calendar from the bundled data, extra official years and local days. */
  @API(status = MAINTAINED, since = "0.1")
  public static final class Builder {
    private boolean bundled = true;
    private final List<CalendarFile> files = new ArrayList<>();
    private final Map<LocalDate, LocalDay> localDays = new LinkedHashMap<>();

    private record LocalDay(boolean offDay, String name) {}

    private Builder() {}

    /** Leaves out the bundled 2007–2026 notices (for tests and fully custom calendars). */
    public Builder withoutBundledData() {
      bundled = false;
      return this;
    }

    /**
     * Loads a JSON file in the holiday-cn format: with a {@code year} it is an official year that
     * adds to or replaces the bundled one; without it, its days are local overrides.
     *
     * @throws DataFormatException naming the file, line and field of the first fault
     */
    public Builder addFile(Path file) {
      return DataFiles.read(file, this::addJson);
    }

    /** Loads JSON in the holiday-cn format from a stream; {@code source} names it in errors. */
    public Builder addJson(String source, InputStream json) {
      Checks.notNull(source, "source");
      Checks.notNull(json, "json");
      files.add(CalendarFileParser.parse(source, json, SUPPORTED_FROM.getYear(), SUPPORTED_TO.getYear()));
      return this;
    }

    /** Loads JSON in the holiday-cn format from a string; {@code source} names it in errors. */
    public Builder addJson(String source, String json) {
      Checks.notNull(json, "json");
      return addJson(source, new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Adds a local day off (地方休息日), e.g. a county festival. */
    public Builder addLocalDayOff(LocalDate date, String name) {
      localDays.put(checkLocal(date), new LocalDay(true, Checks.notNull(name, "name")));
      return this;
    }

    /** Adds a local working day (地方工作日). */
    public Builder addLocalWorkingDay(LocalDate date, String name) {
      localDays.put(checkLocal(date), new LocalDay(false, Checks.notNull(name, "name")));
      return this;
    }

    private static LocalDate checkLocal(LocalDate date) {
      Checks.notNull(date, "date");
      Checks.argument(!date.isBefore(SUPPORTED_FROM) && !date.isAfter(SUPPORTED_TO), "date",
          "日期超出日历支持范围", "date outside the supported range: " + date);
      return date;
    }

    /** Builds the immutable calendar; later files win over earlier ones and over bundled data. */
    public WorkingDayCalendar build() {
      Map<Integer, CalendarFile> years = new TreeMap<>();
      if (bundled) {
        for (CalendarFile f : Bundled.FILES) {
          years.put(f.year().getAsInt(), f);
        }
      }
      List<CalendarFile> overrides = new ArrayList<>();
      for (CalendarFile f : files) {
        if (f.official()) {
          years.put(f.year().getAsInt(), f);
        } else {
          overrides.add(f);
        }
      }
      Map<LocalDate, Integer> kinds = new HashMap<>();
      Map<LocalDate, String> names = new HashMap<>();
      for (CalendarFile f : years.values()) {
        for (CalendarFile.Entry e : f.days()) {
          kinds.put(e.date(), (e.offDay() ? DayKind.OFFICIAL_DAY_OFF : DayKind.MAKEUP_WORKING_DAY).ordinal());
          names.put(e.date(), e.name());
        }
      }
      for (CalendarFile f : overrides) {
        for (CalendarFile.Entry e : f.days()) {
          kinds.put(e.date(), (e.offDay() ? DayKind.LOCAL_DAY_OFF : DayKind.LOCAL_WORKING_DAY).ordinal());
          names.put(e.date(), e.name());
        }
      }
      localDays.forEach((date, d) -> {
        kinds.put(date, (d.offDay() ? DayKind.LOCAL_DAY_OFF : DayKind.LOCAL_WORKING_DAY).ordinal());
        names.put(date, d.name());
      });
      boolean[] working = new boolean[KINDS.length];
      for (DayKind k : KINDS) {
        working[k.ordinal()] = k.working();
      }
      CalendarIndex index = new CalendarIndex(SUPPORTED_FROM, SUPPORTED_TO, kinds, names, years.keySet(),
          working, DayKind.WEEKDAY.ordinal(), DayKind.WEEKEND.ordinal());
      return new WorkingDayCalendar(index, new CalendarCoverage(new TreeSet<>(years.keySet()), SUPPORTED_FROM, SUPPORTED_TO));
    }
  }

  /** The bundled notices, parsed once on first use. */
  private static final class Bundled {
    static final List<CalendarFile> FILES = load();
    static final WorkingDayCalendar CALENDAR = new Builder().build();

    private static List<CalendarFile> load() {
      List<CalendarFile> files = new ArrayList<>();
      String years = DataFiles.bundled(WorkingDayCalendar.class, "years.txt",
          (source, in) -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
      for (String year : years.split("\\R")) {
        if (!year.isBlank()) {
          files.add(DataFiles.bundled(WorkingDayCalendar.class, year.strip() + ".json",
              (source, in) -> CalendarFileParser.parse(source, in, SUPPORTED_FROM.getYear(), SUPPORTED_TO.getYear())));
        }
      }
      return List.copyOf(files);
    }
  }
}
