package org.govsite.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.disclosure.RequestEvent.Type;

/** Invariants of the reply deadline: never before receipt; a pause or an extension never makes it earlier. */
class RequestDeadlineProperties {
  private static final RequestTracker TRACKER = RequestTracker.national();
  private static final WorkingDayCalendar CAL = WorkingDayCalendar.official();
  private static final LocalDate FROM = LocalDate.of(2017, 1, 1);

  @Provide
  Arbitrary<LocalDate> receipts() {
    return Arbitraries.integers().between(0, 365 * 9).map(FROM::plusDays);
  }

  private static DisclosureRequest request(LocalDate received, List<RequestEvent> events) {
    return new DisclosureRequest("P", ApplicantType.BUSINESS, Channel.POST, received, "", events);
  }

  private static LocalDate deadline(DisclosureRequest r, LocalDate asOf) {
    return TRACKER.status(r, asOf).deadline().orElseThrow();
  }

  @Property
  void deadlineNeverPrecedesReceipt(@ForAll("receipts") LocalDate received, @ForAll @IntRange(min = 0, max = 30) int correctAfter,
      @ForAll boolean correction, @ForAll @IntRange(min = 0, max = 60) int asOfAfter) {
    List<RequestEvent> events = new ArrayList<>();
    if (correction) {
      events.add(RequestEvent.of(Type.CORRECTION_REQUESTED, received.plusDays(correctAfter / 2)));
      events.add(RequestEvent.of(Type.CORRECTED, received.plusDays(correctAfter)));
    }
    RequestStatus s = TRACKER.status(request(received, events), received.plusDays(correctAfter + asOfAfter));
    LocalDate d = s.deadline().orElseThrow();
    assertTrue(d.isAfter(received));
    assertTrue(CAL.isWorkingDay(d));
    assertFalse(d.isBefore(s.clockStart()));
  }

  @Property
  void aPauseNeverMakesItEarlier(@ForAll("receipts") LocalDate received, @ForAll @IntRange(min = 0, max = 40) int startAfter,
      @ForAll @IntRange(min = 0, max = 40) int length) {
    LocalDate asOf = received.plusDays(startAfter + length + 1);
    LocalDate plain = deadline(request(received, List.of()), asOf);
    DisclosureRequest paused = request(received, List.of(RequestEvent.of(Type.CONSULTATION_STARTED, received.plusDays(startAfter)),
        RequestEvent.of(Type.CONSULTATION_ENDED, received.plusDays(startAfter + length))));
    RequestStatus s = TRACKER.status(paused, asOf);
    assertFalse(s.deadline().orElseThrow().isBefore(plain));
    assertEquals(CAL.countWorkingDays(received.plusDays(startAfter), received.plusDays(startAfter + length)).count(), s.pausedWorkingDays());
  }

  @Property
  void anExtensionNeverMakesItEarlier(@ForAll("receipts") LocalDate received, @ForAll @IntRange(min = 0, max = 30) int at,
      @ForAll @IntRange(min = 0, max = 15) int days) {
    LocalDate asOf = received.plusDays(at + 1);
    LocalDate plain = deadline(request(received, List.of()), asOf);
    LocalDate extended = deadline(request(received, List.of(RequestEvent.extended(received.plusDays(at), days))), asOf);
    assertFalse(extended.isBefore(plain));
    int added = days == 0 ? (received.isBefore(DisclosureRules.DECREE_711_IN_FORCE) ? 15 : 20) : days;
    assertEquals(added, CAL.countWorkingDays(plain, extended).count());
  }

  @Property
  void theDeadlineInForceIsTheBaseLimitAfterTheClockStart(@ForAll("receipts") LocalDate received) {
    int base = received.isBefore(DisclosureRules.DECREE_711_IN_FORCE) ? 15 : 20;
    assertEquals(base, CAL.countWorkingDays(received, deadline(request(received, List.of()), received)).count());
  }
}
