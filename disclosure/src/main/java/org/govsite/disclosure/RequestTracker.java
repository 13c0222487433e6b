package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.calendar.CalendarCoverage;
import org.govsite.core.calendar.Deadline;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.support.Checks;
import org.govsite.disclosure.RequestEvent.Type;

/**
 * Computes a request's reply deadline and lateness (答复期限) under 条例 第30–33条: 20 working days
 * from receipt; a 补正 notice within 7 working days, after which the 20 days restart from the
 * corrected request; consultation days (after it starts, up to and including the day it ends)
 * added; one extension of at most 20 working days; requests received before 2019-05-15 follow the
 * 2007 text (15 + 15).
 *
 * <p>Working days come from {@link WorkingDayCalendar}; limits from {@link DisclosureRules}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RequestTracker {
  private final WorkingDayCalendar calendar;
  private final DisclosureRules rules;

  private RequestTracker(WorkingDayCalendar calendar, DisclosureRules rules) {
    this.calendar = calendar;
    this.rules = rules;
  }

  /** Returns a tracker on the official calendar with the national limits. */
  public static RequestTracker national() {
    return new RequestTracker(WorkingDayCalendar.official(), DisclosureRules.national());
  }

  /** Returns a tracker on a calendar with the given limits. */
  public static RequestTracker of(WorkingDayCalendar calendar, DisclosureRules rules) {
    return new RequestTracker(Checks.notNull(calendar, "calendar"), Checks.notNull(rules, "rules"));
  }

  /** Returns the calendar. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** Returns the limits. */
  public DisclosureRules rules() {
    return rules;
  }

  /**
   * Returns the request's status at the end of {@code asOf}, ignoring later events.
   *
   * @throws InvalidInputException naming the event when an extension exceeds the limit
   * @throws InvalidInputException naming {@code received} when the calendar cannot count from that day
   */
  public RequestStatus status(DisclosureRequest request, LocalDate asOf) {
    Checks.notNull(request, "request");
    Checks.notNull(asOf, "asOf");
    // Named here: the calendar would name its own parameter ("start"), not the request's field.
    CalendarCoverage range = calendar.coverage();
    if (request.received().isBefore(range.supportedFrom()) || request.received().isAfter(range.supportedTo())) {
      throw new InvalidInputException("received", "收到日期超出日历支持范围 / the day of receipt is outside the calendar's range "
          + range.supportedFrom() + "–" + range.supportedTo() + ": " + request.received());
    }
    boolean legacy = rules.legacy(request.received());
    int base = legacy ? rules.legacyReplyWorkingDays() : rules.replyWorkingDays();
    int maxExtension = legacy ? rules.legacyExtensionMaxWorkingDays() : rules.extensionMaxWorkingDays();
    List<LateNotice> notices = new ArrayList<>();

    RequestEvent correctionNotice = null;
    RequestEvent corrected = null;
    RequestEvent extension = null;
    int extensionIndex = -1;
    RequestEvent closure = null;
    List<LocalDate[]> consultations = new ArrayList<>();
    List<RequestEvent> events = request.events();
    for (int i = 0; i < events.size(); i++) {
      RequestEvent e = events.get(i);
      if (e.date().isAfter(asOf)) {
        break;
      }
      switch (e.type()) {
        case CORRECTION_REQUESTED -> correctionNotice = e;
        case CORRECTED -> corrected = e;
        case CONSULTATION_STARTED -> consultations.add(new LocalDate[] {e.date(), null});
        case CONSULTATION_ENDED -> consultations.get(consultations.size() - 1)[1] = e.date();
        case EXTENDED -> {
          extension = e;
          extensionIndex = i;
        }
        case ANSWERED, WITHDRAWN -> closure = e;
        default -> throw new IllegalStateException(e.type().toString());
      }
    }
    Optional<LocalDate> closedOn = Optional.ofNullable(closure).map(RequestEvent::date);
    Optional<Outcome> outcome = closure == null ? Optional.empty() : closure.outcome();
    RequestStatus.State closedState = closure == null ? null
        : closure.type() == Type.ANSWERED ? RequestStatus.State.ANSWERED : RequestStatus.State.WITHDRAWN;

    // The 2007 text set no limit for asking for a correction; Art. 30 (2019) sets 7 working days.
    if (correctionNotice != null && !legacy) {
      Deadline due = calendar.addWorkingDays(request.received(), rules.correctionNoticeWorkingDays());
      lateBy(LateNotice.Kind.CORRECTION_NOTICE, due.date(), correctionNotice.date()).ifPresent(notices::add);
    }
    if (correctionNotice != null && corrected == null) {
      // The clock stopped with the notice; it restarts only when a corrected request arrives.
      RequestStatus.State s = closedState != null ? closedState : RequestStatus.State.AWAITING_CORRECTION;
      return new RequestStatus(request.id(), asOf, s, legacy, request.received(), Optional.empty(), false, 0, 0,
          false, closedOn, outcome, notices);
    }
    LocalDate clockStart = corrected != null ? corrected.date() : request.received();
    LocalDate end = closure != null ? closure.date() : asOf;
    int paused = 0;
    boolean consulting = false;
    for (LocalDate[] c : consultations) {
      LocalDate from = c[0].isBefore(clockStart) ? clockStart : c[0];
      LocalDate to = c[1] != null ? c[1] : end;
      consulting |= c[1] == null && closure == null;
      if (to.isAfter(from)) {
        paused += calendar.countWorkingDays(from, to).count();
      }
    }
    int extensionDays = 0;
    if (extension != null) {
      extensionDays = extension.workingDays() == 0 ? maxExtension : extension.workingDays();
      if (extensionDays > maxExtension) {
        throw new InvalidInputException("events[" + extensionIndex + "].days", "延期不能超过" + maxExtension
            + "个工作日 / the extension may add at most " + maxExtension + " working days: " + extensionDays);
      }
      Deadline before = calendar.addWorkingDays(clockStart, base + paused);
      lateBy(LateNotice.Kind.EXTENSION_NOTICE, before.date(), extension.date()).ifPresent(notices::add);
    }
    Deadline deadline = calendar.addWorkingDays(clockStart, base + paused + extensionDays);
    boolean late;
    if (closure != null) {
      late = closure.type() == Type.ANSWERED && closure.date().isAfter(deadline.date());
      if (late) {
        lateBy(LateNotice.Kind.REPLY, deadline.date(), closure.date()).ifPresent(notices::add);
      }
    } else {
      late = asOf.isAfter(deadline.date());
      if (late) {
        notices.add(new LateNotice(LateNotice.Kind.REPLY, deadline.date(), Optional.empty(),
            Math.max(1, calendar.countWorkingDays(deadline.date(), asOf).count())));
      }
    }
    notices.sort(Comparator.comparing(LateNotice::due));
    RequestStatus.State state = closedState != null ? closedState
        : consulting ? RequestStatus.State.IN_CONSULTATION : RequestStatus.State.OPEN;
    return new RequestStatus(request.id(), asOf, state, legacy, clockStart, Optional.of(deadline.date()),
        deadline.provisional(), paused, extensionDays, late, closedOn, outcome, notices);
  }

  private Optional<LateNotice> lateBy(LateNotice.Kind kind, LocalDate due, LocalDate given) {
    if (!given.isAfter(due)) {
      return Optional.empty();
    }
    // A notice given on a day off after the due day is late though no working day passed.
    int days = Math.max(1, calendar.countWorkingDays(due, given).count());
    return Optional.of(new LateNotice(kind, due, Optional.of(given), days));
  }
}
