package org.govsite.compliance.monitor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * What a monitor's store says (监测报告): availability per day and over every window of
 * {@code windowDays} days (the census: one week, at least 20 probes each day, failing at 5 %
 * failed probes, RULES §3), and each column's freshness over time.
 *
 * @param site the monitored home page (of the newest probe; a store holds one site)
 * @param rules the rules applied
 * @param verdict {@code fail} when a complete window fails, else {@code pass} when one is complete, else {@code insufficient}
 * @param homeProbes the home-page probes judged
 * @param first the first probe, if any
 * @param last the last probe, if any
 * @param days every day from the first probe's to the last's, days without probes included
 * @param windows every window of {@code windowDays} consecutive days (one shorter window when the store spans fewer days)
 * @param columns each column's probes, in time order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MonitorReport(String site, MonitorRules rules, String verdict, int homeProbes, Optional<Instant> first, Optional<Instant> last,
    List<Day> days, List<Window> windows, List<ColumnTrend> columns) {
  /** A window's status: every day has enough probes and fewer failed than the ratio. */
  public static final String PASS = "pass";
  /** A window's status: every day has enough probes and at least the ratio failed. */
  public static final String FAIL = "fail";
  /** A window's status: some day of it has fewer probes than the rule asks. */
  public static final String INSUFFICIENT = "insufficient";

  /** Validates the components and copies the lists. */
  public MonitorReport {
    Checks.notNull(site, "site");
    Checks.notNull(rules, "rules");
    Checks.notNull(verdict, "verdict");
    Checks.notNull(first, "first");
    Checks.notNull(last, "last");
    days = List.copyOf(Checks.notNull(days, "days"));
    windows = List.copyOf(Checks.notNull(windows, "windows"));
    columns = List.copyOf(Checks.notNull(columns, "columns"));
  }

  /** Judges the probes of a store under the rules. */
  public static MonitorReport of(List<MonitorProbe> probes, MonitorRules rules) {
    Checks.notNull(probes, "probes");
    Checks.notNull(rules, "rules");
    String site = probes.isEmpty() ? "" : probes.get(probes.size() - 1).site();
    List<MonitorProbe> mine = probes.stream().filter(p -> p.site().equals(site)).sorted(java.util.Comparator.comparing(MonitorProbe::at)).toList();
    TreeMap<LocalDate, int[]> perDay = new TreeMap<>();
    Map<String, List<ColumnPoint>> cols = new LinkedHashMap<>();
    int home = 0;
    for (MonitorProbe p : mine) {
      LocalDate day = LocalDate.ofInstant(p.at(), rules.zone());
      if (p.home()) {
        home++;
        int[] c = perDay.computeIfAbsent(day, d -> new int[2]);
        c[0]++;
        c[1] += p.ok() ? 0 : 1;
      } else {
        Optional<Long> age = p.newest().map(n -> Math.max(0, ChronoUnit.DAYS.between(n, day)));
        cols.computeIfAbsent(p.columnId().orElseThrow(), k -> new ArrayList<>())
            .add(new ColumnPoint(p.at(), p.ok(), p.items(), p.newest(), age, p.error()));
      }
    }
    List<Day> days = new ArrayList<>();
    if (!perDay.isEmpty()) {
      for (LocalDate d = perDay.firstKey(); !d.isAfter(perDay.lastKey()); d = d.plusDays(1)) {
        int[] c = perDay.getOrDefault(d, new int[2]);
        days.add(new Day(d, c[0], c[1], c[0] >= rules.probesPerDay()));
      }
    }
    List<Window> windows = new ArrayList<>();
    int span = Math.min(rules.windowDays(), days.size());
    for (int end = span - 1; end < days.size() && span > 0; end++) {
      windows.add(window(days.subList(end - span + 1, end + 1), rules));
    }
    String verdict = windows.stream().anyMatch(w -> w.status().equals(FAIL)) ? FAIL
        : windows.stream().anyMatch(w -> w.status().equals(PASS)) ? PASS : INSUFFICIENT;
    List<ColumnTrend> trends = cols.entrySet().stream().map(e -> new ColumnTrend(e.getKey(), e.getValue())).toList();
    return new MonitorReport(site, rules, verdict, home, mine.stream().map(MonitorProbe::at).findFirst(),
        mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1).at()), days, windows, trends);
  }

  /**
   * Judges one window of days: {@code insufficient} when it is shorter than the rule's window or
   * a day has fewer probes than the rule asks; else {@code fail} when failures / probes reach the
   * ratio, else {@code pass}.
   */
  static Window window(List<Day> days, MonitorRules rules) {
    int probes = days.stream().mapToInt(Day::probes).sum();
    int failures = days.stream().mapToInt(Day::failures).sum();
    double ratio = probes == 0 ? 0 : (double) failures / probes;
    boolean complete = days.size() == rules.windowDays() && days.stream().allMatch(Day::enough);
    // failures >= ratio * probes, in integers where the ratio allows: 7 of 140 is exactly 5 %, not 4.999…
    boolean failed = probes > 0 && failures * 1_000_000L >= Math.round(rules.maxFailureRatio() * 1_000_000L) * (long) probes;
    String status = !complete ? INSUFFICIENT : failed ? FAIL : PASS;
    return new Window(days.get(0).day(), days.get(days.size() - 1).day(), probes, failures, ratio, status);
  }

  /** Returns the window ending on {@code day}, if the store has one. */
  public Optional<Window> windowEnding(LocalDate day) {
    return windows.stream().filter(w -> w.to().equals(day)).findFirst();
  }

  /** Returns a few lines for a terminal: the verdict, the failing or latest window, each column's latest state. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s  %s  home probes %d, days %d%n", verdict, site.isEmpty() ? "(empty store)" : site, homeProbes,
        days.size()));
    b.append(String.format(Locale.ROOT, "  rule: ≥%d probes a day over %d days, fails at %.1f%% failed (RULES §3 站点无法访问)%n",
        rules.probesPerDay(), rules.windowDays(), rules.maxFailureRatio() * 100));
    Optional<Window> shown = windows.stream().filter(w -> w.status().equals(FAIL)).findFirst()
        .or(() -> windows.isEmpty() ? Optional.empty() : Optional.of(windows.get(windows.size() - 1)));
    shown.ifPresent(w -> b.append(String.format(Locale.ROOT, "  %s %s–%s: %d/%d probes failed (%.2f%%)%n", w.status(), w.from(), w.to(),
        w.failures(), w.probes(), w.failureRatio() * 100)));
    days.stream().filter(d -> !d.enough()).forEach(d -> b.append(String.format(Locale.ROOT, "  %s: %d probes, fewer than %d%n", d.day(),
        d.probes(), rules.probesPerDay())));
    for (ColumnTrend c : columns) {
      ColumnPoint p = c.points().get(c.points().size() - 1);
      b.append(String.format(Locale.ROOT, "  column %s: %d items, newest %s%s%n", c.columnId(), p.items(),
          p.newest().map(LocalDate::toString).orElse("none"), p.ok() ? "" : ", error " + p.error()));
    }
    return b.toString();
  }

  /**
   * The home-page probes of one day (单日可用性).
   *
   * @param day the day, in the rules' zone
   * @param probes probes made that day
   * @param failures of them, failed
   * @param enough whether the day has at least the rule's probes
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Day(LocalDate day, int probes, int failures, boolean enough) {
    /** Validates the components. */
    public Day {
      Checks.notNull(day, "day");
    }
  }

  /**
   * A window of consecutive days judged together (判定窗口).
   *
   * @param from its first day
   * @param to its last day
   * @param probes home-page probes in it
   * @param failures of them, failed
   * @param failureRatio failures / probes (0 without probes)
   * @param status {@link #PASS}, {@link #FAIL} or {@link #INSUFFICIENT}
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Window(LocalDate from, LocalDate to, int probes, int failures, double failureRatio, String status) {
    /** Validates the components. */
    public Window {
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
      Checks.notNull(status, "status");
    }
  }

  /**
   * One column's probes over time (栏目更新趋势).
   *
   * @param columnId the profile's column id
   * @param points its probes, oldest first
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record ColumnTrend(String columnId, List<ColumnPoint> points) {
    /** Validates the components and copies the points. */
    public ColumnTrend {
      Checks.notNull(columnId, "columnId");
      points = List.copyOf(Checks.notNull(points, "points"));
    }
  }

  /**
   * One reading of a column (栏目读数).
   *
   * @param at when it was read
   * @param ok whether its list could be read
   * @param items the items found
   * @param newest its newest item date, empty when blank
   * @param ageDays days from the newest item to the day of reading, empty when blank
   * @param error why the list could not be read, else empty
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record ColumnPoint(Instant at, boolean ok, int items, Optional<LocalDate> newest, Optional<Long> ageDays, String error) {
    /** Validates the components. */
    public ColumnPoint {
      Checks.notNull(at, "at");
      Checks.notNull(newest, "newest");
      Checks.notNull(ageDays, "ageDays");
      Checks.notNull(error, "error");
    }
  }
}
