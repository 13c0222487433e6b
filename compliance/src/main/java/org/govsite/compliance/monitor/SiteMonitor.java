package org.govsite.compliance.monitor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.compliance.AuditOptions;
import org.govsite.compliance.AvailabilityMonitor;
import org.govsite.compliance.ColumnReader;
import org.govsite.compliance.Probe;
import org.govsite.compliance.SiteProfile;
import org.govsite.compliance.SiteProfile.ProfileColumn;
import org.govsite.compliance.internal.ComplianceSources;
import org.govsite.core.support.Checks;

/**
 * Probes a site on a schedule and keeps every probe (网站监测): the home page each round (the
 * census's availability probe: it fails without a 2xx/3xx answer within 15 s) and, when asked,
 * each column of the profile (its newest item date). Resumes from its store after a restart: the
 * next round is due one interval after the last stored probe of the home page.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SiteMonitor {
  /** Waits; tests pass one that moves their clock instead. */
  @API(status = EXPERIMENTAL, since = "0.1")
  @FunctionalInterface
  public interface Sleeper {
    /** Waits for {@code d}. */
    void sleep(Duration d) throws InterruptedException;

    /**
     * Returns a sleeper that sleeps the thread, for whole milliseconds rounded up: rounded down, a
     * wait of 999.6 ms woke before the round was due and the probe came under an interval after the last.
     */
    static Sleeper thread() {
      return d -> Thread.sleep(d.toNanosPart() % 1_000_000 == 0 ? d.toMillis() : d.toMillis() + 1);
    }
  }

  /** The shortest interval: one probe a second is already far more than the census asks (20 a day). */
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  private final URI home;
  private final Duration every;
  private final ProbeStore store;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration timeout;
  private final List<ProfileColumn> columns;
  private final AuditOptions options;

  private SiteMonitor(Builder b, ProbeStore store, Duration every) {
    this.home = b.home;
    this.every = every;
    this.store = store;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.timeout = b.timeout;
    this.columns = b.columns ? b.profile.columns() : List.of();
    this.options = AuditOptions.builder().timeout(b.timeout).maxListPages(1).build();
  }

  /** Returns a builder for a monitor of the site whose home page is {@code home}. */
  public static Builder builder(URI home) {
    return new Builder(home);
  }

  /** Returns the interval between rounds. */
  public Duration every() {
    return every;
  }

  /** Returns when the next round is due: one interval after the last stored home probe, or now. */
  public Instant nextDue() {
    Instant now = clock.instant();
    return store.lastHomeProbe(home.toString()).map(last -> last.plus(every)).filter(due -> due.isAfter(now)).orElse(now);
  }

  /** Probes once now (home page, then the columns), stores every probe and returns them. */
  public List<MonitorProbe> probeOnce() {
    List<MonitorProbe> out = new ArrayList<>();
    Instant at = clock.instant();
    Probe p = AvailabilityMonitor.of(home, timeout).probe();
    out.add(new MonitorProbe(at, home.toString(), MonitorProbe.HOME, home.toString(), p.status(), p.elapsed(), p.ok(), p.error(), 0,
        Optional.empty()));
    store.append(out.get(0));
    if (!columns.isEmpty()) {
      ColumnReader reader = ColumnReader.create(home, options);
      LocalDate today = LocalDate.ofInstant(at, MonitorRules.BEIJING);
      for (ProfileColumn c : columns) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        ColumnReader.ColumnSnapshot s = reader.read(c, today);
        MonitorProbe cp = new MonitorProbe(started, home.toString(), MonitorProbe.COLUMN_PREFIX + c.id(), s.listUrl(), s.error().isEmpty() ? 200 : 0,
            Duration.ofNanos(System.nanoTime() - t0), s.error().isEmpty(), s.error(), s.items(), s.newest());
        store.append(cp);
        out.add(cp);
      }
    }
    return out;
  }

  /**
   * Runs {@code rounds} rounds (0: until the thread is interrupted), each when it is due, and
   * returns how many ran. A restarted monitor waits for the round its store says is next.
   */
  public int run(int rounds, java.util.function.Consumer<List<MonitorProbe>> each) {
    Checks.argument(rounds >= 0, "rounds", "轮数不能为负", "rounds must not be negative: " + rounds);
    Checks.notNull(each, "each");
    int done = 0;
    while (rounds == 0 || done < rounds) {
      Duration wait = Duration.between(clock.instant(), nextDue());
      try {
        if (!wait.isNegative() && !wait.isZero()) {
          sleeper.sleep(wait);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      each.accept(probeOnce());
      done++;
    }
    return done;
  }

  /** Builds a {@link SiteMonitor} (监测构建器), checking each setting. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final URI home;
    private SiteProfile profile;
    private boolean columns;
    private Duration every = Duration.ofDays(1).dividedBy(ComplianceSources.CENSUS_PROBES_PER_DAY);
    private Optional<ProbeStore> store = Optional.empty();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.thread();
    private Duration timeout = ComplianceSources.CENSUS_PROBE_TIMEOUT;

    private Builder(URI home) {
      Checks.notNull(home, "url");
      Checks.argument(("http".equalsIgnoreCase(home.getScheme()) || "https".equalsIgnoreCase(home.getScheme())) && home.getHost() != null,
          "url", "应为带主机名的http或https地址", "expected an http or https address with a host: " + home);
      this.home = home.getRawPath() == null || home.getRawPath().isEmpty() ? home.resolve("/") : home;
      this.profile = SiteProfile.minimal(home.getHost());
    }

    /** Sets the profile whose columns are probed with {@link #columns(boolean)}. */
    public Builder profile(SiteProfile p) {
      profile = Checks.notNull(p, "profile");
      return this;
    }

    /** Sets whether each round also reads the profile's column lists (default no). */
    public Builder columns(boolean on) {
      columns = on;
      return this;
    }

    /** Sets the interval between rounds (1 s – 1 day; default 72 minutes, 20 a day as the census asks). */
    public Builder every(Duration d) {
      Checks.notNull(d, "every");
      Checks.argument(d.compareTo(MIN_INTERVAL) >= 0 && d.compareTo(Duration.ofDays(1)) <= 0, "every", "间隔应为1秒至1天",
          "the interval must be 1 s – 1 day: " + d);
      every = d;
      return this;
    }

    /** Sets the store (required). */
    public Builder store(ProbeStore s) {
      store = Optional.of(Checks.notNull(s, "store"));
      return this;
    }

    /** Sets the clock probes are stamped with (default UTC system clock). */
    public Builder clock(Clock c) {
      clock = Checks.notNull(c, "clock");
      return this;
    }

    /** Sets how the monitor waits between rounds (default: the thread sleeps). */
    public Builder sleeper(Sleeper s) {
      sleeper = Checks.notNull(s, "sleeper");
      return this;
    }

    /** Sets the probe timeout (default 15 s, the census's). */
    public Builder timeout(Duration d) {
      Checks.notNull(d, "timeout");
      Checks.argument(!d.isNegative() && !d.isZero() && d.compareTo(Duration.ofMinutes(5)) <= 0, "timeout", "超时应为1毫秒至5分钟",
          "the timeout must be 1 ms – 5 min: " + d);
      timeout = d;
      return this;
    }

    /** Builds the monitor. */
    public SiteMonitor build() {
      Checks.argument(store.isPresent(), "store", "需要监测记录库", "a store is required");
      return new SiteMonitor(this, store.get(), every);
    }
  }
}
