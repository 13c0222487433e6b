package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.cli.internal.Cli;
import org.govsite.compliance.SiteProfile;
import org.govsite.compliance.monitor.MonitorProbe;
import org.govsite.compliance.monitor.MonitorReport;
import org.govsite.compliance.monitor.MonitorRules;
import org.govsite.compliance.monitor.ProbeStore;
import org.govsite.compliance.monitor.SiteMonitor;
import org.govsite.compliance.render.MonitorReportRenderer;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govsite monitor}: probes a site on a schedule into a store, and reports on the store (网站监测). */
@API(status = INTERNAL, since = "0.1")
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    subcommands = {MonitorCommand.Report.class},
    description = {"Probes the home page (and with --columns the profile's columns) every DURATION and appends every probe",
        "to the store (one JSON-lines file per day); a restarted monitor resumes from its store. Runs until stopped",
        "(or --rounds N). `govsite monitor report --store DIR` judges the store: the census availability verdict over",
        "any 7 days (≥ 20 probes a day, fails at 5 % failed probes; RULES §3) and column freshness over time.",
        "Exit code 0 when stopped, 2 for bad input (one line). See docs/compliance.md."})
public final class MonitorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<url>", description = "The site's home page (http or https).")
  @Nullable String url;

  @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "The interval between rounds: 72m, 90s, 1h, PT72M … (72m gives the census's 20 a day).")
  @Nullable Duration every;

  @Option(names = "--store", paramLabel = "DIR", description = "The folder of the probe store (created if missing).")
  @Nullable Path store;

  @Option(names = "--profile", paramLabel = "FILE", description = "The site profile (JSON), for --columns.")
  @Nullable Path profile;

  @Option(names = "--columns", description = "Also read each column's list every round (needs --profile).")
  boolean columns;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "0", description = "Stop after N rounds (default: run until stopped).")
  int rounds;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "A probe fails without an answer within this time (default: 15s, the census's).")
  @Nullable Duration timeout;

  @Override
  public Integer call() {
    if (url == null) {
      throw new InvalidInputException("<url>", "需要首页地址或report子命令 / a home page address or the report subcommand is required");
    }
    if (every == null) {
      throw new InvalidInputException("--every", "需要探测间隔 / the interval is required, e.g. --every 72m");
    }
    if (store == null) {
      throw new InvalidInputException("--store", "需要监测记录库目录 / the store folder is required");
    }
    if (columns && profile == null) {
      throw new InvalidInputException("--columns", "需要--profile / needs --profile");
    }
    if (rounds < 0) {
      throw new InvalidInputException("--rounds", "不能为负 / must not be negative: " + rounds);
    }
    URI home;
    try {
      home = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("<url>", "不是有效地址 / not a valid address: " + url);
    }
    SiteMonitor.Builder b = SiteMonitor.builder(home).every(every).store(ProbeStore.open(store)).columns(columns);
    if (profile != null) {
      b.profile(SiteProfile.load(profile));
    }
    if (timeout != null) {
      b.timeout(timeout);
    }
    SiteMonitor monitor = b.build();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MonitorRules census = MonitorRules.census();
    if (!census.often(every)) {
      err.println("govsite: note: --every " + every + " gives fewer than " + census.probesPerDay()
          + " probes a day, the census's minimum (RULES §3): the store will not give a verdict");
    }
    monitor.run(rounds, probes -> {
      for (MonitorProbe p : probes) {
        out.printf(Locale.ROOT, "%s %s %d %d ms %s%s%n", p.at(), p.target(), p.status(), p.elapsed().toMillis(), p.ok() ? "ok" : "failed",
            p.error().isEmpty() ? "" : " " + p.error());
      }
      out.flush();
    });
    return 0;
  }

  /** {@code govsite monitor report}: the verdict and trends of a store. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"Judges a monitor's store: availability per day and over every 7-day window (census: ≥ 20 probes a day,",
          "fails at 5 % failed probes), column freshness over time. Exit 0 pass, 1 fail or not enough probes yet, 2 bad input.",
          "JSON fields: site, verdict, homeProbes, days[] {day, probes, failures, enough}, windows[] {from, to, probes,",
          "failures, failureRatio, status}, columns[] {columnId, points[] {at, ok, items, newest, ageDays, error}}, rules."})
  static final class Report implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The folder of the probe store.")
    Path store;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the HTML report with trend charts to FILE.")
    @Nullable Path html;

    @Option(names = "--probes-per-day", paramLabel = "N", description = "The fewest probes a day (default 20, the census's).")
    @Nullable Integer probesPerDay;

    @Option(names = "--window-days", paramLabel = "N", description = "The days judged together (default 7, the census's).")
    @Nullable Integer windowDays;

    @Option(names = "--max-failure-ratio", paramLabel = "R", description = "The failed share that fails the site (default 0.05, the census's).")
    @Nullable Double maxFailureRatio;

    @Override
    public Integer call() {
      if (!Files.isDirectory(store)) {
        throw new InvalidInputException("--store", "不是监测记录库目录 / not a store folder: " + store);
      }
      MonitorRules rules = MonitorRules.census();
      if (probesPerDay != null) {
        rules = rules.withProbesPerDay(probesPerDay);
      }
      if (windowDays != null) {
        rules = rules.withWindowDays(windowDays);
      }
      if (maxFailureRatio != null) {
        rules = rules.withMaxFailureRatio(maxFailureRatio);
      }
      MonitorReport report = MonitorReport.of(ProbeStore.open(store, rules.zone()).probes(), rules);
      if (html != null) {
        try {
          Files.writeString(html, MonitorReportRenderer.html(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new InvalidInputException("--html", "无法写入 / cannot write " + html + ": " + e.getMessage(), e);
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? MonitorReportRenderer.json(report) + "\n" : report.summary());
      out.flush();
      return report.verdict().equals(MonitorReport.PASS) ? 0 : 1;
    }
  }

  /** Reads 72m, 90s, 1h, 1d or an ISO-8601 duration (PT72M). */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    @Override
    public Duration convert(String s) {
      Matcher m = SHORT.matcher(s.strip().toLowerCase(Locale.ROOT));
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      }
      try {
        return Duration.parse(s.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("不是时长 / not a duration (72m, 90s, 1h, PT72M): '" + s + "'");
      }
    }
  }
}
