package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.accepted;
import static org.govsite.interaction.Fixtures.apply;
import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private final MailboxTracker tracker = MailboxTracker.standard();

  @Test
  void fiveWorkingDaysAcrossNationalDayCountTheSaturdayMakeUpDay() {
    // 2025-10-01..08 off, Saturday 2025-10-11 a make-up working day: 10-09, 10, 11, 13, 14.
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-09-30T10:00:00");
    ReplyDeadline d = tracker.deadline(l);
    assertEquals(LocalDate.of(2025, 10, 14), d.date());
    assertFalse(d.extended());
    assertFalse(d.provisional());
    assertEquals("standard-5-15", d.policy());
  }

  @Test
  void receiptOnADayOffStartsCountingAtTheNextWorkingDay() {
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-10-03T22:00:00");
    assertEquals(LocalDate.of(2025, 10, 14), tracker.deadline(l).date());
  }

  @Test
  void springFestivalWithTheSundayMakeUpDay() {
    // 2025-01-26 (Sunday) works, 01-28..02-04 off: 01-26, 01-27, 02-05, 02-06, 02-07.
    Letter l = accepted("L1", LetterType.COMPLAINT, "2025-01-24T16:00:00");
    assertEquals(LocalDate.of(2025, 2, 7), tracker.deadline(l).date());
  }

  @Test
  void extensionNoticeWithinFiveWorkingDaysMovesTheDeadlineTo15() {
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-09-30T10:00:00");
    l = apply(l, Transition.postExtension("教育局", t("2025-10-14T17:00:00"), "需实地调查"));
    ReplyDeadline d = tracker.deadline(l);
    assertEquals(LocalDate.of(2025, 10, 28), d.date());
    assertTrue(d.extended());
    assertEquals(15, d.deadline().workingDays());
  }

  @Test
  void extensionNoticeAfterTheFifthWorkingDayDoesNotMoveTheDeadline() {
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-09-30T10:00:00");
    l = apply(l, Transition.postExtension("教育局", t("2025-10-15T09:00:00"), "需实地调查"));
    ReplyDeadline d = tracker.deadline(l);
    assertEquals(LocalDate.of(2025, 10, 14), d.date());
    assertFalse(d.extended());
    assertTrue(d.lateExtensionIgnored());
  }

  @Test
  void deadlineAsItStoodBeforeTheExtension() {
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-09-30T10:00:00");
    l = apply(l, Transition.postExtension("教育局", t("2025-10-10T09:00:00"), "需实地调查"));
    assertEquals(LocalDate.of(2025, 10, 14), tracker.deadline(l, t("2025-10-09T18:00:00")).date());
    assertEquals(LocalDate.of(2025, 10, 28), tracker.deadline(l, t("2025-10-10T09:00:00")).date());
  }

  @Test
  void presetsSimpleComplexAnd12345() {
    Letter l = accepted("L1", LetterType.COMPLAINT, "2025-09-30T10:00:00");
    Letter ext = apply(l, Transition.postExtension("x", t("2025-10-09T10:00:00"), "复杂"));
    MailboxTracker simple = MailboxTracker.builder().policy(DeadlinePolicy.simpleComplex()).build();
    assertEquals(LocalDate.of(2025, 10, 11), simple.deadline(l).date());
    assertEquals(LocalDate.of(2025, 10, 21), simple.deadline(ext).date());
    MailboxTracker hotline = MailboxTracker.builder().policy(DeadlinePolicy.hotline12345()).build();
    assertEquals(LocalDate.of(2025, 10, 11), hotline.deadline(l).date());
    assertEquals(LocalDate.of(2025, 10, 24), hotline.deadline(ext).date());
  }

  @Test
  void deadlineIntoAYearWithoutCalendarDataIsProvisional() {
    Letter l = accepted("L1", LetterType.CONSULTATION, "2026-12-28T10:00:00");
    ReplyDeadline d = tracker.deadline(l);
    assertEquals(LocalDate.of(2027, 1, 4), d.date());
    assertTrue(d.provisional());
  }

  @Test
  void reopenedLetterGetsANewCycleFromTheReopeningDay() {
    Letter l = Fixtures.replied("L1", LetterType.CONSULTATION, "2025-09-30T10:00:00", "教育局", "2025-10-13T10:00:00");
    l = apply(l, Transition.rate("来信人", t("2025-10-15T10:00:00"), Rating.DISSATISFIED));
    l = apply(l, Transition.reopen("督办员", t("2025-10-16T10:00:00"), "群众不满意，重新办理"));
    assertEquals(LetterState.ASSIGNED, l.state());
    assertEquals(LocalDate.of(2025, 10, 23), tracker.deadline(l).date());
    assertEquals(LocalDate.of(2025, 10, 14), tracker.deadline(l, t("2025-10-15T10:00:00")).date());
  }

  @Test
  void overdueOnlyAfterTheEndOfTheDeadlineDay() {
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-09-30T10:00:00");
    assertFalse(tracker.isOverdue(l, t("2025-10-14T23:59:59")));
    assertTrue(tracker.isOverdue(l, t("2025-10-15T00:00:00")));
    Letter replied = apply(l, Transition.reply("x", t("2025-10-20T10:00:00"), "答复"));
    assertTrue(tracker.isOverdue(replied, t("2025-10-19T10:00:00")), "judged at an instant before the reply");
    assertFalse(tracker.isOverdue(replied, t("2025-10-21T10:00:00")));
  }

  @Test
  void alarmLadderColours() {
    // deadline 2025-10-14; warning from −5 working days, yellow from −2 (10-11), red from +2 (10-16).
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-09-30T10:00:00");
    assertEquals(AlarmLevel.WARNING, tracker.alarm(l, t("2025-09-30T12:00:00")), "5 working days before: warning from receipt");
    assertEquals(AlarmLevel.WARNING, tracker.alarm(l, t("2025-10-09T10:00:00")));
    assertEquals(AlarmLevel.YELLOW_CARD, tracker.alarm(l, t("2025-10-11T10:00:00")));
    assertEquals(AlarmLevel.YELLOW_CARD, tracker.alarm(l, t("2025-10-15T10:00:00")));
    assertEquals(AlarmLevel.RED_CARD, tracker.alarm(l, t("2025-10-16T10:00:00")));
    Letter replied = apply(l, Transition.reply("x", t("2025-10-16T11:00:00"), "答复"));
    assertEquals(AlarmLevel.NONE, tracker.alarm(replied, t("2025-10-17T10:00:00")));
    assertEquals("red", AlarmLevel.RED_CARD.colour());
  }

  @Test
  void alarmBeforeTheWarningRungIsNone() {
    MailboxTracker slow = MailboxTracker.builder().policy(DeadlinePolicy.builder().replyWorkingDays(10).extendedWorkingDays(20).build()).build();
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-11-03T10:00:00");
    assertEquals(AlarmLevel.NONE, slow.alarm(l, t("2025-11-04T10:00:00")));
    assertEquals(AlarmLevel.WARNING, slow.alarm(l, t("2025-11-12T10:00:00")));
  }

  @Test
  void censusRiskAfterMoreThanThreeCalendarMonths() {
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-09-30T10:00:00");
    // RULES §1: a calendar limit runs to the end of its last day; 3 months from 09-30 end with 12-30.
    assertFalse(tracker.isCensusRisk(l, t("2025-12-30T23:59:59")), "exactly 3 months is not more than 3 months");
    assertTrue(tracker.isCensusRisk(l, t("2025-12-31T00:00:00")));
    assertFalse(tracker.isCensusRisk(apply(l, Transition.reply("x", t("2025-12-30T18:00:00"), "答复")), t("2026-02-01T10:00:00")),
        "a reply on the last day of the 3 months is in time");
    Letter complaint = accepted("L2", LetterType.COMPLAINT, "2025-09-30T10:00:00");
    assertFalse(tracker.isCensusRisk(complaint, t("2026-03-01T10:00:00")), "only consultations count");
    Letter lateReply = apply(l, Transition.reply("x", t("2026-01-05T10:00:00"), "答复"));
    assertTrue(tracker.isCensusRisk(lateReply, t("2026-02-01T10:00:00")), "answered after more than 3 months, within a year");
    assertFalse(tracker.isCensusRisk(lateReply, t("2026-12-01T10:00:00")), "more than a year ago");
    Letter rejected = apply(Fixtures.received("L3", LetterType.CONSULTATION, "2025-09-30T10:00:00"),
        Transition.reject("x", t("2025-09-30T11:00:00"), RejectionReason.SPAM, "广告"));
    assertFalse(tracker.isCensusRisk(rejected, t("2026-03-01T10:00:00")), "only valid letters count");
  }

  @Test
  void censusFloorAppliesOnTopOfAnyPolicy() {
    MailboxTracker lax = MailboxTracker.builder()
        .policy(DeadlinePolicy.builder().replyWorkingDays(200).extendedWorkingDays(300).build()).build();
    Letter l = accepted("L1", LetterType.CONSULTATION, "2025-01-06T10:00:00");
    LocalDateTime at = t("2025-05-01T10:00:00");
    assertFalse(lax.isOverdue(l, at));
    assertTrue(lax.isCensusRisk(l, at));
  }
}
