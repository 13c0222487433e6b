package org.govsite.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.interaction.ChaseItem;
import org.govsite.interaction.DeadlinePolicy;
import org.govsite.interaction.HandlingMode;
import org.govsite.interaction.HistoryEntry;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterAction;
import org.govsite.interaction.LetterIndex;
import org.govsite.interaction.LetterState;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.MailboxTracker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 1,000,000 letters in memory: the overdue query and the chase list (催办) at an instant, with the
 * {@link LetterIndex} and with a naive scan that recomputes every letter's deadline day by day.
 *
 * <p>The letters: received over 2025-01-02..2025-12-15 in 10 mailboxes' worth of traffic, 20
 * departments, 97% of those older than two weeks replied, 10% of the rest extended; "now" is
 * 2025-12-15 12:00.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class MailboxQueryBenchmark {
  @Param("1000000")
  int letters;

  private static final LocalDateTime AT = LocalDateTime.of(2025, 12, 15, 12, 0);
  private static final int CHASE_DAYS = 3;

  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();
  private final MailboxTracker tracker = MailboxTracker.builder().calendar(calendar).build();
  private final DeadlinePolicy policy = DeadlinePolicy.standard();
  private List<Letter> all;
  private LetterIndex index;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(20251215);
    LetterType[] types = LetterType.values();
    List<Letter> list = new ArrayList<>(letters);
    LocalDateTime first = LocalDateTime.of(2025, 1, 2, 8, 0);
    long minutes = java.time.Duration.between(first, AT).toMinutes();
    for (int i = 0; i < letters; i++) {
      LocalDateTime received = first.plusMinutes(r.nextLong(minutes));
      String dept = "部门" + r.nextInt(20);
      List<HistoryEntry> h = new ArrayList<>(4);
      h.add(new HistoryEntry(1, LetterAction.ACCEPT, LetterState.RECEIVED, LetterState.ACCEPTED, "受理员", received.plusMinutes(30), "", ""));
      h.add(new HistoryEntry(2, LetterAction.ASSIGN, LetterState.ACCEPTED, LetterState.ASSIGNED, "受理员", received.plusMinutes(60), "",
          "forwarded:" + dept));
      LetterState state = LetterState.ASSIGNED;
      boolean old = received.isBefore(AT.minusDays(14));
      if (r.nextInt(10) == 0) {
        h.add(new HistoryEntry(3, LetterAction.POST_EXTENSION, state, LetterState.EXTENDED, dept, received.plusDays(2), "需调查", ""));
        state = LetterState.EXTENDED;
      }
      if (old && r.nextInt(100) < 97) {
        h.add(new HistoryEntry(h.size() + 1, LetterAction.REPLY, state, LetterState.REPLIED, dept, received.plusDays(6), "", ""));
        state = LetterState.REPLIED;
      }
      list.add(Letter.builder().id("L" + i).mailbox("县长信箱").type(types[r.nextInt(types.length)]).subject("s").body("b")
          .received(received).department(dept).mode(HandlingMode.FORWARDED).state(state).history(h).version(h.size()).build());
    }
    all = list;
    index = tracker.index(all);
  }

  /** The index: a binary search on deadlines computed once. */
  @Benchmark
  public List<Letter> overdueIndexed() {
    return index.overdue(AT);
  }

  /** The index: chase list of letters overdue or due within 3 working days, per department. */
  @Benchmark
  public Map<String, List<ChaseItem>> chaseListIndexed() {
    return index.chaseList(AT, CHASE_DAYS);
  }

  /** A scan with the tracker (O(1) working-day arithmetic per letter). */
  @Benchmark
  public List<Letter> overdueTrackerScan() {
    return tracker.overdue(all, AT);
  }

  /** Naive: every letter's deadline recomputed day by day, then filtered. */
  @Benchmark
  public List<Letter> overdueNaive() {
    LocalDate today = AT.toLocalDate();
    List<Letter> out = new ArrayList<>();
    for (Letter l : all) {
      LocalDate due = naiveDeadline(l);
      if (l.state().awaitingReply() && today.isAfter(due)) {
        out.add(l);
      }
    }
    return out;
  }

  /** Naive: the chase list by recomputing every deadline day by day, grouping and sorting. */
  @Benchmark
  public Map<String, List<Letter>> chaseListNaive() {
    LocalDate limit = naiveAdd(AT.toLocalDate(), CHASE_DAYS);
    Map<String, List<Letter>> out = new HashMap<>();
    Map<Letter, LocalDate> due = new HashMap<>();
    for (Letter l : all) {
      LocalDate d = naiveDeadline(l);
      if (l.state().awaitingReply() && !d.isAfter(limit)) {
        out.computeIfAbsent(l.department(), k -> new ArrayList<>()).add(l);
        due.put(l, d);
      }
    }
    out.values().forEach(v -> v.sort(Comparator.comparing(due::get)));
    return out;
  }

  /** The cost of building the index once (amortised over every query until letters change). */
  @Benchmark
  public LetterIndex buildIndex() {
    return tracker.index(all);
  }

  private LocalDate naiveDeadline(Letter l) {
    LocalDate start = l.received().toLocalDate();
    LocalDate base = naiveAdd(start, policy.replyWorkingDays());
    for (HistoryEntry e : l.history()) {
      if (e.action() == LetterAction.POST_EXTENSION && !e.at().toLocalDate().isAfter(base)) {
        return naiveAdd(start, policy.extendedWorkingDays());
      }
    }
    return base;
  }

  private LocalDate naiveAdd(LocalDate start, int n) {
    LocalDate d = start;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }
}
