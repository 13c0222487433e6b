package org.govsite.spring.boot.actuate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.RequestStatus;
import org.govsite.disclosure.RequestStore;
import org.govsite.disclosure.RequestTracker;
import org.govsite.interaction.Letter;
import org.govsite.interaction.Mailbox;
import org.govsite.spring.boot.web.ScreeningBlocks;
import org.jspecify.annotations.Nullable;

/**
 * GovSite's Micrometer metrics (运行指标):
 * <ul>
 *   <li>{@code govsite.mailbox.overdue} (tag {@code department}, {@code unassigned} before one is):
 *       letters past their reply deadline;
 *   <li>{@code govsite.disclosure.requests.due.soon}: open requests with at most
 *       {@code govsite.metrics.due-soon-working-days} (3) working days left before their deadline;
 *   <li>{@code govsite.screening.blocks}: submissions the screening filter refused.
 * </ul>
 * The two that read the stores are recomputed every {@code govsite.metrics.refresh-interval} on one
 * daemon thread (a scrape never waits for the database); {@link #refresh()} recomputes at once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GovSiteMetrics implements MeterBinder, AutoCloseable {
  private static final String UNASSIGNED = "unassigned";
  private final @Nullable Mailbox mailbox;
  private final @Nullable RequestStore requests;
  private final @Nullable RequestTracker tracker;
  private final @Nullable ScreeningBlocks blocks;
  private final Clock clock;
  private final int dueSoonDays;
  private final Duration interval;
  private final AtomicLong dueSoon = new AtomicLong();
  private volatile Map<String, Long> overdueByDepartment = Map.of();
  private @Nullable MultiGauge overdue;
  private @Nullable ScheduledExecutorService timer;

  /**
   * Creates the metrics over what there is (each part may be absent).
   *
   * @param mailbox the mailbox, for overdue letters
   * @param requests the request store, for requests due soon (with {@code tracker})
   * @param tracker the request tracker
   * @param blocks the screening filter's count
   * @param clock now, in the site's time zone
   * @param dueSoonDays the working days left that make a request due soon
   * @param interval how often the store-reading gauges are recomputed
   */
  public GovSiteMetrics(@Nullable Mailbox mailbox, @Nullable RequestStore requests, @Nullable RequestTracker tracker,
      @Nullable ScreeningBlocks blocks, Clock clock, int dueSoonDays, Duration interval) {
    this.mailbox = mailbox;
    this.requests = requests;
    this.tracker = tracker;
    this.blocks = blocks;
    this.clock = clock;
    this.dueSoonDays = dueSoonDays;
    this.interval = interval;
  }

  @Override
  public synchronized void bindTo(MeterRegistry registry) {
    if (mailbox != null) {
      overdue = MultiGauge.builder("govsite.mailbox.overdue").description("信件逾期未答复 / letters past their reply deadline")
          .baseUnit("letters").register(registry);
    }
    if (requests != null && tracker != null) {
      Gauge.builder("govsite.disclosure.requests.due.soon", dueSoon, AtomicLong::get)
          .description("临近答复期限的申请 / open requests within " + dueSoonDays + " working days of their deadline")
          .baseUnit("requests").register(registry);
    }
    ScreeningBlocks b = blocks;
    if (b != null) {
      FunctionCounter.builder("govsite.screening.blocks", b, ScreeningBlocks::count)
          .description("内容检查拦截的提交 / submissions screening refused").register(registry);
    }
    refreshQuietly(); // a database away for a moment must not stop the application's start
    if (timer == null && (mailbox != null || requests != null)) {
      ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "govsite-metrics");
        thread.setDaemon(true);
        return thread;
      });
      long ms = interval.toMillis();
      t.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
      timer = t;
    }
  }

  /** Recomputes the overdue letters and the requests due soon now. */
  public void refresh() {
    LocalDateTime now = LocalDateTime.now(clock);
    Mailbox m = mailbox;
    if (m != null) {
      Map<String, Long> byDepartment = new TreeMap<>();
      for (Letter l : m.tracker().overdue(m.store().all(), now)) {
        byDepartment.merge(l.department().isEmpty() ? UNASSIGNED : l.department(), 1L, Long::sum);
      }
      overdueByDepartment = Map.copyOf(byDepartment);
      MultiGauge g = overdue;
      if (g != null) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        overdueByDepartment.forEach((dept, n) -> rows.add(MultiGauge.Row.of(Tags.of("department", dept), n)));
        g.register(rows, true);
      }
    }
    RequestStore r = requests;
    RequestTracker t = tracker;
    if (r != null && t != null) {
      dueSoon.set(dueSoon(r.all(), t, now.toLocalDate()));
    }
  }

  /** Returns the overdue letters by department, as last computed. */
  public Map<String, Long> overdueByDepartment() {
    return overdueByDepartment;
  }

  /** Returns the requests due soon, as last computed. */
  public long requestsDueSoon() {
    return dueSoon.get();
  }

  private long dueSoon(List<DisclosureRequest> all, RequestTracker t, LocalDate today) {
    WorkingDayCalendar calendar = t.calendar();
    long n = 0;
    for (DisclosureRequest request : all) {
      RequestStatus s = t.status(request, today);
      if (s.state().closed() || s.late() || s.deadline().isEmpty()) {
        continue;
      }
      int left = calendar.countWorkingDays(today, s.deadline().get()).count();
      if (left >= 0 && left <= dueSoonDays) {
        n++;
      }
    }
    return n;
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      // The store is away for a moment: the gauges keep their last values, the health indicator says why.
    }
  }

  /** Stops the refresh thread. */
  @Override
  public synchronized void close() {
    ScheduledExecutorService t = timer;
    if (t != null) {
      t.shutdownNow();
      timer = null;
    }
  }
}
