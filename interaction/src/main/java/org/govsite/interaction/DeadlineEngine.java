package org.govsite.interaction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.govsite.core.calendar.Deadline;
import org.govsite.core.calendar.WorkingDayCalendar;

/**
 * Computes a letter's deadline and state as they stood at an instant, replaying its history up to
 * that instant: the current cycle starts at receipt or at the last reopening.
 */
final class DeadlineEngine {
  private DeadlineEngine() {}

  /** Returns the letter's state at {@code at} (the last history entry not after it). */
  public static LetterState stateAt(Letter letter, LocalDateTime at) {
    LetterState s = LetterState.RECEIVED;
    for (HistoryEntry e : letter.history()) {
      if (e.at().isAfter(at)) {
        break;
      }
      s = e.to();
    }
    return s;
  }

  /** Returns the deadline of the cycle the letter was in at {@code at}. */
  public static ReplyDeadline deadline(Letter letter, DeadlinePolicy policy, WorkingDayCalendar calendar, LocalDateTime at) {
    LocalDate start = letter.received().toLocalDate();
    LocalDateTime extension = null;
    for (HistoryEntry e : letter.history()) {
      if (e.at().isAfter(at)) {
        break;
      }
      if (e.action() == LetterAction.REOPEN) {
        start = e.at().toLocalDate();
        extension = null;
      } else if (e.action() == LetterAction.POST_EXTENSION && extension == null) {
        extension = e.at();
      }
    }
    Deadline base = calendar.addWorkingDays(start, policy.replyWorkingDays());
    if (extension == null) {
      return new ReplyDeadline(letter.id(), policy.name(), base, false, false);
    }
    // RULES §4: the extension notice must be posted within the normal reply period.
    if (extension.toLocalDate().isAfter(base.date())) {
      return new ReplyDeadline(letter.id(), policy.name(), base, false, true);
    }
    return new ReplyDeadline(letter.id(), policy.name(), calendar.addWorkingDays(start, policy.extendedWorkingDays()), true, false);
  }
}
