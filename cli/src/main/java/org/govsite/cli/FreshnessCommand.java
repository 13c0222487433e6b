package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.govsite.core.calendar.InputDates;
import org.govsite.core.site.ColumnFreshness;
import org.govsite.core.site.FreshnessPolicy;
import org.govsite.core.site.FreshnessReport;
import org.govsite.core.site.FreshnessStatus;
import org.govsite.core.site.FreshnessTracker;
import org.govsite.core.site.render.FreshnessReportRenderer;
import org.govsite.core.site.FreshnessVeto;
import org.govsite.core.InvalidInputException;
import org.govsite.core.site.Site;
import org.govsite.core.site.SiteFreshnessVerdict;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsite freshness}: column freshness and the census verdict (栏目更新监测). */
@API(status = INTERNAL, since = "0.1")
@Command(
    name = "freshness",
    mixinStandardHelpOptions = true,
    description = {"Checks column freshness (栏目更新) of one or more sites against a policy and gives the census verdict.",
        "Exit code 0 when every site passes, 1 when a site fails, 2 for bad input.",
        "JSON fields: at, policy, verdict, totals, vetoes[] {site, code, name, count, threshold, columns, failed},",
        "columns[] {site, id, name, kind, level, parent, status, lastPublished, itemCount, daysSinceLast, limit, staleAfter, countedAs},",
        "sites[] {id, name, policy, verdict, risk, homepage, counts, failed}. See docs/freshness.md."})
public final class FreshnessCommand implements Callable<Integer> {
  /** Weekly snapshots shown in the HTML heat map. */
  static final int HTML_HISTORY_WEEKS = 12;
  /** A bare date stands for the end of its day, as dates in site files do (docs/freshness.md). */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<site.json>", description = "Site files (format in docs/freshness.md).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--at", paramLabel = "yyyy-mm-dd",
      description = "The instant to evaluate: a date means the end of that day (23:59:59); yyyy-mm-ddThh:mm[:ss] is accepted. Default: now (Beijing time).")
  @Nullable String at;

  @Option(names = "--policy", paramLabel = "national|strict-local|FILE", defaultValue = "national",
      description = "A preset or a policy JSON file (default: ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report to FILE.")
  @Nullable Path html;

  @Override
  public Integer call() {
    LocalDateTime instant = instant();
    FreshnessPolicy p = policy();
    FreshnessTracker tracker = FreshnessTracker.create();
    for (Path f : files) {
      tracker.addSiteFile(f);
    }
    PrintWriter out = spec.commandLine().getOut();
    // One evaluation serves every output; the HTML heat map needs the weekly snapshots.
    FreshnessReport report = html == null ? tracker.evaluateAll(instant, p)
        : tracker.evaluateAll(instant, p, Map.of(), HTML_HISTORY_WEEKS);
    warnIfProvisional(report);
    if (html != null) {
      try {
        Files.writeString(html, FreshnessReportRenderer.html(report), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InvalidInputException("--html", "无法写入 / cannot write " + html + ": " + e.getMessage(), e);
      }
    }
    if (json) {
      out.println(FreshnessReportRenderer.json(report));
    } else {
      text(out, report);
    }
    return report.passed() ? 0 : 1;
  }

  private LocalDateTime instant() {
    if (at == null) {
      return LocalDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS);
    }
    try {
      String s = at.strip();
      return InputDates.check(s.length() == 10 ? LocalDate.parse(s).atTime(END_OF_DAY) : LocalDateTime.parse(s.replace(' ', 'T')),
          "--at");
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("--at", "不是有效日期 / not a valid yyyy-mm-dd date or yyyy-mm-ddThh:mm time: '" + at + "'");
    }
  }

  /**
   * RULES §1: a year without official holiday data must be reported, never silently counted as
   * weekends only. The evaluation marks such columns provisional; say so on stderr.
   */
  private void warnIfProvisional(FreshnessReport report) {
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
    long columns = report.sites().stream().flatMap(v -> v.columns().stream()).filter(ColumnFreshness::provisional)
        .peek(c -> c.staleAfter().ifPresent(t -> years.add(t.getYear())))
        .count();
    if (columns > 0) {
      spec.commandLine().getErr().println("govsite: warning: " + columns + " column(s) have working-day limits reaching "
          + years + ", which has no official holiday calendar: provisional (counted as Monday–Friday) / "
          + years + " 年法定节假日安排尚未发布，工作日时限为暂定");
    }
  }

  private FreshnessPolicy policy() {
    if (policy.equals("national") || policy.equals("strict-local")) {
      return FreshnessPolicy.preset(policy);
    }
    return FreshnessPolicy.fromFile(Path.of(policy));
  }

  private static void text(PrintWriter out, FreshnessReport r) {
    out.println((r.passed() ? "pass" : "fail") + "  " + r.totals().passed() + "/" + r.totals().sites() + " sites pass at "
        + r.at() + " (policy " + r.policyName() + ")");
    for (SiteFreshnessVerdict v : r.sites()) {
      out.println();
      out.println(v.verdict() + "  " + v.site().code() + "  " + v.site().name() + "  home page " + v.homePage().status().jsonName()
          + v.homePage().lastUpdated().map(t -> " (" + t + ")").orElse(""));
      for (FreshnessVeto x : v.vetoes()) {
        out.println("  " + (x.failed() ? "FAIL " : "ok   ") + x.code() + " " + x.code().chinese() + "  " + x.count() + "/" + x.threshold()
            + (x.columns().isEmpty() ? "" : "  " + String.join(", ", x.columns())));
      }
      for (ColumnFreshness c : v.columns()) {
        if (c.status() != FreshnessStatus.FRESH && c.status() != FreshnessStatus.EXEMPT) {
          out.println("  " + c.status().jsonName() + "  " + c.column().id() + " " + c.column().name()
              + c.lastPublished().map(t -> "  last " + t).orElse("")
              + c.staleAfter().map(t -> "  stale after " + t).orElse("")
              + c.limit().map(l -> "  limit " + l).orElse(""));
        }
      }
      String counts = java.util.Arrays.stream(FreshnessStatus.values()).map(s -> s.jsonName() + " " + v.count(s))
          .collect(Collectors.joining(", "));
      out.println("  columns: " + counts);
    }
  }
}
