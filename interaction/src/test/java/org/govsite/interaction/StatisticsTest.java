package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.apply;
import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The report on a sample computed by hand (working days from the official 2025 calendar). */
class StatisticsTest {
  static List<Letter> sample() {
    // A1: deadline 10-15 (10-11 is a make-up Saturday); replied 10-13: on time, 3 working days.
    Letter a1 = Fixtures.replied("A1", LetterType.CONSULTATION, "2025-10-09T09:00:00", "教育局", "2025-10-13T15:00:00");
    // A2: deadline 10-20; replied 10-22: late, 7 working days.
    Letter a2 = Fixtures.replied("A2", LetterType.SUGGESTION, "2025-10-13T09:00:00", "教育局", "2025-10-22T15:00:00");
    // A3: extension on 10-20 (before the normal deadline 10-21) → 15 working days → 11-04; replied 11-03: 14 days.
    Letter a3 = Fixtures.assigned("A3", LetterType.COMPLAINT, "2025-10-14T09:00:00", "住建局");
    a3 = apply(a3, Transition.postExtension("住建局", t("2025-10-20T09:00:00"), "需现场核查"));
    a3 = apply(a3, Transition.reply("住建局", t("2025-11-03T09:00:00"), "已核查处理"));
    // A4: deadline 10-27, never replied: overdue, and after 2026-01-20 a census risk.
    Letter a4 = Fixtures.assigned("A4", LetterType.CONSULTATION, "2025-10-20T09:00:00", "住建局");
    // A5: replied by the mailbox owner without assignment, next day: 1 working day.
    Letter a5 = apply(Fixtures.accepted("A5", LetterType.PRAISE, "2025-10-30T09:00:00"),
        Transition.reply("信箱管理员", t("2025-10-31T09:00:00"), "感谢"));
    Letter a6 = apply(Fixtures.received("A6", LetterType.OTHER, "2025-10-10T09:00:00"),
        Transition.reject("信箱管理员", t("2025-10-10T10:00:00"), RejectionReason.SPAM, "广告"));
    // Outside the period.
    Letter a7 = Fixtures.accepted("A7", LetterType.CONSULTATION, "2025-09-15T09:00:00");
    return List.of(a7, a6, a5, a4, a3, a2, a1);
  }

  @Test
  void reportOnTheHandComputedSample() {
    MailboxStatistics s = MailboxTracker.standard().statistics(sample(), LocalDate.of(2025, 10, 1),
        LocalDate.of(2025, 10, 31), t("2026-02-10T23:59:59"));
    ReplyCounts c = s.totals();
    assertEquals(6, c.received());
    assertEquals(1, c.rejected());
    assertEquals(5, c.valid());
    assertEquals(4, c.replied());
    assertEquals(1, c.unreplied());
    assertEquals(0.8, c.replyRate(), 1e-12);
    assertEquals(3, c.onTime());
    assertEquals(1, c.late());
    assertEquals(1, c.overdue());
    assertEquals(OptionalDouble.of(5.0), c.medianWorkingDaysToReply());
    assertEquals(OptionalDouble.of(14.0), c.p90WorkingDaysToReply());
    assertEquals(Map.of(LetterType.CONSULTATION, 2L, LetterType.SUGGESTION, 1L, LetterType.COMPLAINT, 1L,
        LetterType.PRAISE, 1L, LetterType.REPORT, 0L, LetterType.HELP, 0L, LetterType.OTHER, 0L), s.byType());
    assertEquals(List.of("A4"), s.overdue());
    assertEquals(List.of("A4"), s.censusRisk());

    List<DepartmentStatistics> d = s.departments();
    assertEquals(List.of("未分办", "教育局", "住建局"), d.stream().map(DepartmentStatistics::name).toList());
    assertEquals(List.of(1, 2, 3), d.stream().map(DepartmentStatistics::rank).toList());
    ReplyCounts edu = d.get(1).counts();
    assertEquals(new ReplyCounts(2, 0, 2, 2, 0, 1.0, 1, 1, 0, OptionalDouble.of(5.0), OptionalDouble.of(7.0)), edu);
    ReplyCounts build = d.get(2).counts();
    assertEquals(new ReplyCounts(2, 0, 2, 1, 1, 0.5, 1, 0, 1, OptionalDouble.of(14.0), OptionalDouble.of(14.0)), build);
    assertEquals(List.of("A4"), d.get(2).overdue());
    ReplyCounts none = d.get(0).counts();
    assertEquals(new ReplyCounts(2, 1, 1, 1, 0, 1.0, 1, 0, 0, OptionalDouble.of(1.0), OptionalDouble.of(1.0)), none);
  }

  @Test
  void anEarlierInstantSeesOnlyWhatHadHappened() {
    MailboxStatistics s = MailboxTracker.standard().statistics(sample(), LocalDate.of(2025, 10, 1),
        LocalDate.of(2025, 10, 31), t("2025-10-21T23:59:59"));
    ReplyCounts c = s.totals();
    assertEquals(5, c.received(), "A5 arrived later");
    assertEquals(1, c.replied());
    assertEquals(List.of("A2"), s.overdue(), "A2 was due 10-20 and replied only on 10-22");
    assertEquals(List.of(), s.censusRisk());
  }

  @Test
  void emptyPeriodHasZeroRateAndNoMedian() {
    MailboxStatistics s = MailboxTracker.standard().statistics(sample(), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 1, 31), t("2026-02-10T23:59:59"));
    assertEquals(0, s.totals().received());
    assertEquals(0.0, s.totals().replyRate());
    assertEquals(OptionalDouble.empty(), s.totals().medianWorkingDaysToReply());
    assertEquals(List.of(), s.departments());
  }
}
