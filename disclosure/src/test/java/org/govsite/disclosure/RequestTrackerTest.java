package org.govsite.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.disclosure.RequestEvent.Type;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every deadline path of 条例 第30–33条, with dates worked out by hand on the official calendar. */
class RequestTrackerTest {
  private final RequestTracker tracker = RequestTracker.national();

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static DisclosureRequest req(String received, RequestEvent... events) {
    return new DisclosureRequest("R", ApplicantType.NATURAL_PERSON, Channel.ONLINE, d(received), "", List.of(events));
  }

  @Nested
  class Plain {
    @Test
    void twentyWorkingDaysAcrossNationalDay() {
      // 2025-10-01..08 are off, 2025-10-11 (Saturday) is a make-up working day: day 1 is 10-09.
      RequestStatus s = tracker.status(req("2025-09-30"), d("2025-10-20"));
      assertEquals(Optional.of(d("2025-11-04")), s.deadline());
      assertEquals(RequestStatus.State.OPEN, s.state());
      assertFalse(s.late());
      assertFalse(s.legacy());
      assertTrue(s.lateNotices().isEmpty());
    }

    @Test
    void answeredOnTheDeadlineIsOnTime() {
      RequestStatus s = tracker.status(req("2025-09-30", RequestEvent.answered(d("2025-11-04"), Outcome.DISCLOSED)), d("2025-12-31"));
      assertFalse(s.late());
      assertEquals(RequestStatus.State.ANSWERED, s.state());
      assertEquals(Optional.of(Outcome.DISCLOSED), s.outcome());
    }

    @Test
    void unansweredAfterTheDeadlineIsLateWithAMissingReply() {
      RequestStatus s = tracker.status(req("2025-09-30"), d("2025-11-07"));
      assertTrue(s.late());
      LateNotice n = s.lateNotices().get(0);
      assertEquals(LateNotice.Kind.REPLY, n.kind());
      assertEquals(Optional.empty(), n.given());
      assertEquals(3, n.workingDaysLate());
    }

    @Test
    void eventsAfterTheDayAreIgnored() {
      DisclosureRequest r = req("2025-09-30", RequestEvent.answered(d("2025-11-20"), Outcome.DISCLOSED));
      RequestStatus s = tracker.status(r, d("2025-10-31"));
      assertEquals(RequestStatus.State.OPEN, s.state());
      assertFalse(s.late());
    }
  }

  @Nested
  class Correction {
    @Test
    void clockRestartsFromTheCorrectedRequest() {
      DisclosureRequest r = req("2025-09-30", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10")),
          RequestEvent.of(Type.CORRECTED, d("2025-10-15")),
          RequestEvent.answered(d("2025-11-20"), Outcome.WITHHELD_THIRD_PARTY_RIGHTS));
      RequestStatus s = tracker.status(r, d("2025-12-31"));
      assertEquals(d("2025-10-15"), s.clockStart());
      assertEquals(Optional.of(d("2025-11-12")), s.deadline());
      assertTrue(s.late());
      assertEquals(List.of(new LateNotice(LateNotice.Kind.REPLY, d("2025-11-12"), Optional.of(d("2025-11-20")), 6)), s.lateNotices());
    }

    @Test
    void correctionNoticeAfterSevenWorkingDaysIsLate() {
      // 7 working days after 2025-09-30 is 2025-10-16; a notice on 10-20 is 2 working days late.
      DisclosureRequest r = req("2025-09-30", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-20")),
          RequestEvent.of(Type.CORRECTED, d("2025-10-21")));
      RequestStatus s = tracker.status(r, d("2025-10-22"));
      assertEquals(List.of(new LateNotice(LateNotice.Kind.CORRECTION_NOTICE, d("2025-10-16"), Optional.of(d("2025-10-20")), 2)),
          s.lateNotices());
    }

    @Test
    void correctionNoticeOnTheSeventhDayIsOnTime() {
      DisclosureRequest r = req("2025-09-30", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-16")));
      assertTrue(tracker.status(r, d("2025-10-17")).lateNotices().isEmpty());
    }

    @Test
    void awaitingCorrectionHasNoDeadlineAndIsNeverLate() {
      DisclosureRequest r = req("2025-09-30", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10")));
      RequestStatus s = tracker.status(r, d("2025-12-31"));
      assertEquals(RequestStatus.State.AWAITING_CORRECTION, s.state());
      assertEquals(Optional.empty(), s.deadline());
      assertFalse(s.late());
    }

    @Test
    void onlyOneCorrectionNoticeIsAllowed() {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> req("2025-09-30",
          RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10")), RequestEvent.of(Type.CORRECTED, d("2025-10-11")),
          RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-13"))));
      assertEquals("events[2].type", e.field());
    }
  }

  @Nested
  class Consultation {
    @Test
    void workingDaysAfterTheStartUpToTheEndAreAdded() {
      // Base 2025-11-03 + 20 = 12-01; 11-11..11-14 are 4 paused working days → 12-05.
      DisclosureRequest r = req("2025-11-03", RequestEvent.of(Type.CONSULTATION_STARTED, d("2025-11-10")),
          RequestEvent.of(Type.CONSULTATION_ENDED, d("2025-11-14")));
      RequestStatus s = tracker.status(r, d("2025-11-20"));
      assertEquals(4, s.pausedWorkingDays());
      assertEquals(Optional.of(d("2025-12-05")), s.deadline());
    }

    @Test
    void anOpenConsultationPausesUpToTheDayOfTheStatus() {
      DisclosureRequest r = req("2025-11-03", RequestEvent.of(Type.CONSULTATION_STARTED, d("2025-11-10")));
      RequestStatus s = tracker.status(r, d("2025-11-12"));
      assertEquals(RequestStatus.State.IN_CONSULTATION, s.state());
      assertEquals(2, s.pausedWorkingDays());
      assertEquals(Optional.of(d("2025-12-03")), s.deadline());
    }

    @Test
    void consultationBeforeTheCorrectedRequestDoesNotCount() {
      DisclosureRequest r = req("2025-11-03", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-11-04")),
          RequestEvent.of(Type.CONSULTATION_STARTED, d("2025-11-05")), RequestEvent.of(Type.CORRECTED, d("2025-11-07")),
          RequestEvent.of(Type.CONSULTATION_ENDED, d("2025-11-10")));
      RequestStatus s = tracker.status(r, d("2025-11-12"));
      assertEquals(1, s.pausedWorkingDays());
    }
  }

  @Nested
  class Extension {
    @Test
    void oneExtensionAddsItsDays() {
      DisclosureRequest r = req("2025-11-03", RequestEvent.extended(d("2025-11-28"), 20));
      RequestStatus s = tracker.status(r, d("2025-12-01"));
      assertEquals(Optional.of(d("2025-12-29")), s.deadline());
      assertEquals(20, s.extensionWorkingDays());
      assertTrue(s.lateNotices().isEmpty());
    }

    @Test
    void anExtensionWithoutDaysTakesTheMaximum() {
      RequestStatus s = tracker.status(req("2025-11-03", RequestEvent.extended(d("2025-11-28"), 0)), d("2025-12-01"));
      assertEquals(20, s.extensionWorkingDays());
    }

    @Test
    void anExtensionAfterTheDeadlineIsALateNotice() {
      RequestStatus s = tracker.status(req("2025-11-03", RequestEvent.extended(d("2025-12-02"), 10)), d("2025-12-03"));
      assertEquals(List.of(new LateNotice(LateNotice.Kind.EXTENSION_NOTICE, d("2025-12-01"), Optional.of(d("2025-12-02")), 1)),
          s.lateNotices());
    }

    @Test
    void anExtensionOverTheLimitIsRejected() {
      DisclosureRequest r = req("2025-11-03", RequestEvent.extended(d("2025-11-28"), 21));
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> tracker.status(r, d("2025-12-01")));
      assertEquals("events[0].days", e.field());
    }

    @Test
    void aSecondExtensionIsRejected() {
      assertThrows(InvalidInputException.class, () -> req("2025-11-03",
          RequestEvent.extended(d("2025-11-10"), 5), RequestEvent.extended(d("2025-11-11"), 5)));
    }
  }

  @Nested
  class Legacy {
    @Test
    void beforeTheRevisionFifteenWorkingDays() {
      // 2019-05-14: the 2007 text's 15 working days → 2019-06-04.
      RequestStatus s = tracker.status(req("2019-05-14"), d("2019-05-20"));
      assertTrue(s.legacy());
      assertEquals(Optional.of(d("2019-06-04")), s.deadline());
    }

    @Test
    void fromTheRevisionDayTwentyWorkingDays() {
      RequestStatus s = tracker.status(req("2019-05-15"), d("2019-05-20"));
      assertFalse(s.legacy());
      assertEquals(Optional.of(d("2019-06-13")), s.deadline());
    }

    @Test
    void legacyExtensionIsAtMostFifteen() {
      DisclosureRequest ok = req("2019-05-14", RequestEvent.extended(d("2019-05-20"), 0));
      assertEquals(Optional.of(d("2019-06-26")), tracker.status(ok, d("2019-06-01")).deadline());
      DisclosureRequest over = req("2019-05-14", RequestEvent.extended(d("2019-05-20"), 16));
      assertThrows(InvalidInputException.class, () -> tracker.status(over, d("2019-06-01")));
    }

    @Test
    void legacyCorrectionNoticeHasNoSevenDayLimit() {
      DisclosureRequest r = req("2019-04-01", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2019-04-30")));
      assertTrue(tracker.status(r, d("2019-05-10")).lateNotices().isEmpty());
    }
  }

  @Nested
  class LocalRules {
    @Test
    void aStricterLocalLimitAndALocalDayOffApply() {
      WorkingDayCalendar cal = WorkingDayCalendar.builder().addLocalDayOff(d("2025-11-04"), "本地节日").build();
      RequestTracker local = RequestTracker.of(cal, DisclosureRules.builder().replyWorkingDays(10).build());
      // 11-04 is off locally: days 1..10 are 11-05..11-07, 11-10..11-14, 11-17, 11-18.
      assertEquals(Optional.of(d("2025-11-18")), local.status(req("2025-11-03"), d("2025-11-05")).deadline());
    }

    @Test
    void rulesRejectNonsense() {
      assertEquals("replyWorkingDays", assertThrows(InvalidInputException.class,
          () -> DisclosureRules.builder().replyWorkingDays(0)).field());
    }
  }

  @Test
  void aReceiptOutsideTheCalendarNamesTheReceivedField() {
    assertEquals("received", assertThrows(InvalidInputException.class,
        () -> RequestTracker.national().status(req("1999-12-31"), d("2025-01-01"))).field());
  }

  @Test
  void historyMustBeInOrderAndEndWithTheAnswer() {
    assertEquals("events[1].at", assertThrows(InvalidInputException.class, () -> req("2025-09-30",
        RequestEvent.of(Type.CONSULTATION_STARTED, d("2025-10-20")), RequestEvent.of(Type.CONSULTATION_ENDED, d("2025-10-10")))).field());
    assertEquals("events[1]", assertThrows(InvalidInputException.class, () -> req("2025-09-30",
        RequestEvent.answered(d("2025-10-20"), Outcome.DISCLOSED), RequestEvent.of(Type.WITHDRAWN, d("2025-10-21")))).field());
    assertEquals("events[0].at", assertThrows(InvalidInputException.class, () -> req("2025-09-30",
        RequestEvent.of(Type.WITHDRAWN, d("2025-09-29")))).field());
  }
}
