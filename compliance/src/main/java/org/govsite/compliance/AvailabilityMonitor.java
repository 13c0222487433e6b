package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.govsite.compliance.internal.ComplianceSources;
import org.govsite.core.support.Checks;

/**
 * Probes a home page the way inspectors do (可用性监测): a probe fails without an answer within
 * 15 s; a long-running monitor probes on a schedule and applies the 5% rule (RULES §3).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AvailabilityMonitor {
  private final URI home;
  private final Duration timeout;
  private final HttpClient client;
  private final Clock clock;

  /** The most redirects a probe follows, as browsers allow. */
  private static final int MAX_REDIRECTS = 5;

  private AvailabilityMonitor(URI home, Duration timeout, Clock clock) {
    this(home, timeout, clock, java.util.Optional.empty());
  }

  private AvailabilityMonitor(URI home, Duration timeout, Clock clock, java.util.Optional<javax.net.ssl.SSLContext> ssl) {
    this.home = home;
    this.timeout = timeout;
    this.clock = clock;
    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER);
    ssl.ifPresent(b::sslContext);
    this.client = b.build();
  }

  /** The audit's probe: the audit's timeout and TLS context. */
  static AvailabilityMonitor forAudit(URI home, AuditOptions options) {
    return new AvailabilityMonitor(of(home, options.timeout()).home, options.timeout(), Clock.systemUTC(), options.sslContext());
  }

  /** Returns a monitor of a home page with the census timeout (15 s). */
  public static AvailabilityMonitor of(URI home) {
    return of(home, ComplianceSources.CENSUS_PROBE_TIMEOUT);
  }

  /** Returns a monitor of a home page with its own timeout. */
  public static AvailabilityMonitor of(URI home, Duration timeout) {
    Checks.notNull(home, "url");
    Checks.notNull(timeout, "timeout");
    Checks.argument(!timeout.isNegative() && !timeout.isZero(), "timeout", "超时应为正", "the timeout must be positive");
    Checks.argument("http".equalsIgnoreCase(home.getScheme()) || "https".equalsIgnoreCase(home.getScheme()), "url",
        "只支持http和https地址", "only http and https addresses: " + home);
    return new AvailabilityMonitor(home, timeout, Clock.systemUTC());
  }

  /** Probes the home page once. */
  public Probe probe() {
    Instant start = clock.instant();
    long t0 = System.nanoTime();
    try {
      // Redirects are followed by hand, on the home page's own host only: a probe never contacts another host.
      URI current = home;
      HttpResponse<Void> r = client.send(HttpRequest.newBuilder(current).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.discarding());
      for (int hop = 0; hop < MAX_REDIRECTS && r.statusCode() >= 300 && r.statusCode() < 400; hop++) {
        java.util.Optional<String> location = r.headers().firstValue("location");
        if (location.isEmpty()) {
          break;
        }
        URI next = current.resolve(location.get());
        if (!Fetcher.sameHost(home, next)) {
          break;
        }
        current = next;
        r = client.send(HttpRequest.newBuilder(current).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.discarding());
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      boolean ok = r.statusCode() >= 200 && r.statusCode() < 400 && took.compareTo(timeout) <= 0;
      return new Probe(start, r.statusCode(), took, "", ok);
    } catch (IOException e) {
      String why = e instanceof java.net.http.HttpTimeoutException ? "no answer within " + timeout.toMillis() + " ms"
          : e instanceof java.net.ConnectException ? "cannot connect to " + home.getHost() + (home.getPort() < 0 ? "" : ":" + home.getPort())
              + (e.getMessage() == null ? " (connection refused)" : ": " + e.getMessage())
          : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new Probe(start, 0, Duration.ofNanos(System.nanoTime() - t0), why, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Probe(start, 0, Duration.ofNanos(System.nanoTime() - t0), "interrupted", false);
    }
  }

  /**
   * Probes {@code count} times, {@code interval} apart, and applies the 5% rule; blocks for the
   * whole schedule (the census schedule is one week: run it in its own thread or service).
   */
  public AvailabilityReport run(Schedule schedule, Consumer<Probe> each) {
    Checks.notNull(schedule, "schedule");
    Checks.notNull(each, "each");
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < schedule.count(); i++) {
      if (i > 0) {
        try {
          Thread.sleep(schedule.interval().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      Probe p = probe();
      probes.add(p);
      each.accept(p);
    }
    return AvailabilityReport.census(probes);
  }

  /**
   * A probe schedule (监测计划): {@code count} probes, {@code interval} apart.
   *
   * @param interval the time between probes
   * @param count how many probes
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Schedule(Duration interval, int count) {
    /** Validates the components. */
    public Schedule {
      Checks.notNull(interval, "interval");
      Checks.argument(!interval.isNegative(), "interval", "间隔不能为负", "the interval must not be negative");
      Checks.argument(count >= 1, "count", "至少探测一次", "at least one probe");
    }

    /** Returns the census schedule: 20 probes a day for one week (140 probes, 72 minutes apart). */
    public static Schedule census() {
      long perDay = ComplianceSources.CENSUS_PROBES_PER_DAY;
      long days = ComplianceSources.CENSUS_PROBE_SPAN.toDays();
      return new Schedule(Duration.ofDays(1).dividedBy(perDay), (int) (perDay * days));
    }

    /** Returns whether the schedule probes at least as often and as long as the census does. */
    public boolean meetsCensus() {
      Duration span = interval.multipliedBy(count);
      return !interval.isZero() && Duration.ofDays(1).dividedBy(interval) >= ComplianceSources.CENSUS_PROBES_PER_DAY
          && span.compareTo(ComplianceSources.CENSUS_PROBE_SPAN) >= 0;
    }
  }
}
