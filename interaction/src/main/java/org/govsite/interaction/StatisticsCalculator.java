package org.govsite.interaction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Computes the mailbox report: one pass over the letters of the period, then per-department rows. */
final class StatisticsCalculator {
  /** The department name shown for letters not yet assigned. */
  public static final String UNASSIGNED = "未分办";

  private StatisticsCalculator() {}

  /** The per-letter facts the figures are made of. */
  private record Fact(Letter letter, boolean rejected, boolean replied, boolean onTime, int daysToReply,
      boolean overdue, boolean risk) {}

  /** Computes the report. */
  public static MailboxStatistics compute(MailboxTracker tracker, Collection<Letter> letters, LocalDate from,
      LocalDate to, LocalDateTime at) {
    List<Fact> facts = new ArrayList<>();
    Map<LetterType, Long> byType = new EnumMap<>(LetterType.class);
    for (LetterType t : LetterType.values()) {
      byType.put(t, 0L);
    }
    List<Letter> sorted = new ArrayList<>(letters);
    sorted.sort(Comparator.comparing(Letter::received).thenComparing(Letter::id));
    for (Letter l : sorted) {
      LocalDate day = l.received().toLocalDate();
      if (day.isBefore(from) || day.isAfter(to) || l.received().isAfter(at)) {
        continue;
      }
      boolean rejected = tracker.stateAt(l, at) == LetterState.REJECTED;
      Optional<LocalDateTime> reply = rejected ? Optional.empty() : l.firstReplyAt(at);
      boolean onTime = false;
      int days = 0;
      if (reply.isPresent()) {
        LocalDate due = tracker.deadline(l, reply.get()).date();
        onTime = !reply.get().toLocalDate().isAfter(due);
        days = tracker.calendar().countWorkingDays(day, reply.get().toLocalDate()).count();
      }
      boolean overdue = !rejected && tracker.isOverdue(l, at);
      facts.add(new Fact(l, rejected, reply.isPresent(), onTime, days, overdue, !rejected && tracker.isCensusRisk(l, at)));
      if (!rejected) {
        byType.merge(l.type(), 1L, Long::sum);
      }
    }
    Map<String, List<Fact>> perDepartment = new TreeMap<>();
    for (Fact f : facts) {
      String dept = f.letter().department().isEmpty() ? UNASSIGNED : f.letter().department();
      perDepartment.computeIfAbsent(dept, k -> new ArrayList<>()).add(f);
    }
    List<Map.Entry<String, ReplyCounts>> rows = new ArrayList<>();
    perDepartment.forEach((name, list) -> rows.add(Map.entry(name, counts(list))));
    rows.sort(Comparator.<Map.Entry<String, ReplyCounts>>comparingDouble(e -> -e.getValue().replyRate())
        .thenComparingDouble(e -> -ratio(e.getValue().onTime(), e.getValue().valid()))
        .thenComparingLong(e -> e.getValue().overdue())
        .thenComparing(Map.Entry::getKey));
    List<DepartmentStatistics> departments = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String name = rows.get(i).getKey();
      departments.add(new DepartmentStatistics(i + 1, name, rows.get(i).getValue(),
          perDepartment.getOrDefault(name, List.of()).stream().filter(Fact::overdue).map(f -> f.letter().id()).toList()));
    }
    List<String> overdue = facts.stream().filter(Fact::overdue).map(f -> f.letter().id()).toList();
    List<String> risk = facts.stream().filter(Fact::risk).map(f -> f.letter().id()).toList();
    return new MailboxStatistics(from, to, at, counts(facts), byType, departments, overdue, risk);
  }

  private static ReplyCounts counts(List<Fact> facts) {
    long received = facts.size();
    long rejected = facts.stream().filter(Fact::rejected).count();
    long valid = received - rejected;
    long replied = facts.stream().filter(Fact::replied).count();
    long onTime = facts.stream().filter(f -> f.replied() && f.onTime()).count();
    long overdue = facts.stream().filter(Fact::overdue).count();
    int[] days = facts.stream().filter(Fact::replied).mapToInt(Fact::daysToReply).sorted().toArray();
    return new ReplyCounts(received, rejected, valid, replied, valid - replied, ratio(replied, valid), onTime,
        replied - onTime, overdue, median(days), percentile(days, 90));
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The median of sorted values: the middle one, or the mean of the two middle ones. */
  static OptionalDouble median(int[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
  }

  /** The nearest-rank percentile of sorted values: the smallest value with at least p% at or below it. */
  static OptionalDouble percentile(int[] sorted, int p) {
    int n = sorted.length;
    if (n == 0) {
      return OptionalDouble.empty();
    }
    int rank = (int) Math.ceil(p / 100.0 * n);
    return OptionalDouble.of(sorted[Math.max(rank, 1) - 1]);
  }
}
