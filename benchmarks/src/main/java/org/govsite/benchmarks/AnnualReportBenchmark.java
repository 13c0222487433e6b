package org.govsite.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Channel;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.RequestEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The annual report (年度报告) over 100,000 requests with every kind of event, beside a naive
 * baseline that walks the calendar day by day and counts into hash maps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnnualReportBenchmark {
  static final int REQUESTS = 100_000;

  List<DisclosureRequest> requests;
  WorkingDayCalendar calendar;

  @Setup
  public void setUp() {
    calendar = WorkingDayCalendar.official();
    requests = generate(REQUESTS, new Random(42));
  }

  static List<DisclosureRequest> generate(int n, Random rnd) {
    List<DisclosureRequest> out = new ArrayList<>(n);
    ApplicantType[] types = ApplicantType.values();
    Outcome[] outcomes = Outcome.values();
    for (int i = 0; i < n; i++) {
      LocalDate received = LocalDate.of(2024, 10, 1).plusDays(rnd.nextInt(455));
      List<RequestEvent> events = new ArrayList<>();
      LocalDate t = received;
      if (rnd.nextInt(10) == 0) {
        t = t.plusDays(1 + rnd.nextInt(6));
        events.add(RequestEvent.of(RequestEvent.Type.CORRECTION_REQUESTED, t));
        t = t.plusDays(1 + rnd.nextInt(10));
        events.add(RequestEvent.of(RequestEvent.Type.CORRECTED, t));
      }
      if (rnd.nextInt(8) == 0) {
        t = t.plusDays(1 + rnd.nextInt(5));
        events.add(RequestEvent.of(RequestEvent.Type.CONSULTATION_STARTED, t));
        t = t.plusDays(1 + rnd.nextInt(15));
        events.add(RequestEvent.of(RequestEvent.Type.CONSULTATION_ENDED, t));
      }
      if (rnd.nextInt(12) == 0) {
        t = t.plusDays(1 + rnd.nextInt(20));
        events.add(RequestEvent.extended(t, 1 + rnd.nextInt(20)));
      }
      if (rnd.nextInt(10) != 0) {
        t = t.plusDays(1 + rnd.nextInt(40));
        events.add(rnd.nextInt(50) == 0 ? RequestEvent.of(RequestEvent.Type.WITHDRAWN, t)
            : RequestEvent.answered(t, outcomes[rnd.nextInt(outcomes.length)]));
      }
      out.add(new DisclosureRequest("R" + i, types[rnd.nextInt(types.length)], Channel.ONLINE, received, "", events));
    }
    return out;
  }

  /** GovSite: the full report (table, every request's deadline and late notices). */
  @Benchmark
  public AnnualReport govsite() {
    return AnnualReport.builder(2025).requests(requests).build();
  }

  /** Baseline: the same counts and plain deadlines (no late notices), walking the calendar day by day. */
  @Benchmark
  public Map<String, Map<String, Integer>> naiveDayByDay() {
    Map<String, Map<String, Integer>> table = new HashMap<>();
    LocalDate start = LocalDate.of(2025, 1, 1);
    LocalDate end = LocalDate.of(2025, 12, 31);
    int late = 0;
    for (DisclosureRequest r : requests) {
      if (r.received().isAfter(end)) {
        continue;
      }
      RequestEvent closure = null;
      LocalDate clock = r.received();
      int extra = 0;
      LocalDate pauseStart = null;
      for (RequestEvent e : r.events()) {
        if (e.date().isAfter(end)) {
          break;
        }
        switch (e.type()) {
          case CORRECTED -> clock = e.date();
          case CONSULTATION_STARTED -> pauseStart = e.date();
          case CONSULTATION_ENDED -> extra += walkCount(Objects.requireNonNull(pauseStart, "a consultation ends after it starts"), e.date());
          case EXTENDED -> extra += e.workingDays();
          case ANSWERED, WITHDRAWN -> closure = e;
          default -> { }
        }
      }
      if (closure != null && closure.date().isBefore(start)) {
        continue;
      }
      String col = r.applicant().code();
      bump(table, r.received().getYear() == 2025 ? "new" : "carried-over", col);
      if (closure != null) {
        bump(table, closure.outcome().map(Outcome::rowCode).orElse("other.other"), col);
        bump(table, "total", col);
      } else {
        bump(table, "carried-forward", col);
      }
      LocalDate deadline = walkAdd(clock, 20 + extra);
      if ((closure != null ? closure.date() : end).isAfter(deadline)) {
        late++;
      }
    }
    bump(table, "late", Integer.toString(late));
    return table;
  }

  private LocalDate walkAdd(LocalDate d, int n) {
    while (n > 0) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        n--;
      }
    }
    return d;
  }

  private int walkCount(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private static void bump(Map<String, Map<String, Integer>> t, String row, String col) {
    Map<String, Integer> r = t.computeIfAbsent(row, k -> new HashMap<>());
    r.merge(col, 1, Integer::sum);
    r.merge("total", 1, Integer::sum);
  }
}
