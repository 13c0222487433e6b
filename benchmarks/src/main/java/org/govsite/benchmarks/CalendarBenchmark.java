package org.govsite.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding N working days to random starts over the 20 official years (2007–2026): GovSite's
 * prefix-sum calendar beside a naive day-by-day walk over the same calendar's isWorkingDay.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CalendarBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CalendarBenchmark {
  private static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
  private static final int SPAN_DAYS = 365 * 20 - 60;
  private static final int SAMPLES = 1024;

  /** The working days added: a statutory deadline, and a long one. */
  @Param({"20", "250"})
  public int n;

  private WorkingDayCalendar calendar;
  private LocalDate[] starts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    calendar = WorkingDayCalendar.official();
    SplittableRandom random = new SplittableRandom(20071);
    starts = new LocalDate[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      starts[i] = FIRST.plusDays(random.nextInt(SPAN_DAYS - 400));
    }
  }

  private LocalDate nextStart() {
    next = (next + 1) & (SAMPLES - 1);
    return starts[next];
  }

  /** GovSite: O(1) through the working-day ordinals. */
  @Benchmark
  public LocalDate govsiteAdd() {
    return calendar.addWorkingDays(nextStart(), n).date();
  }

  /** The naive loop a portal usually writes: one day at a time, one lookup per day. */
  @Benchmark
  public LocalDate naiveDayByDay() {
    LocalDate d = nextStart();
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }
}
