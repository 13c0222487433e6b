package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * Where a request stands on a day (办理状态): its state, the reply deadline in force, whether it is
 * late, and every notice that was itself late.
 *
 * @param requestId the request's id
 * @param asOf the day the status describes (events after it are ignored)
 * @param state the state on that day
 * @param legacy true when the 2007 limits apply (received before 2019-05-15)
 * @param clockStart the day the reply clock counts from: receipt, or the corrected request's arrival
 * @param deadline the reply deadline in force; empty while the clock waits for a correction
 * @param provisional true when the deadline depends on a year without official calendar data
 * @param pausedWorkingDays working days added for consultations
 * @param extensionWorkingDays working days added by the extension
 * @param late true when the reply was, or is, after the deadline
 * @param closedOn the day of the answer or withdrawal, when closed
 * @param outcome the outcome, when answered
 * @param lateNotices every notice or reply that was late, in date order of their due days
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RequestStatus(String requestId, LocalDate asOf, State state, boolean legacy, LocalDate clockStart,
    Optional<LocalDate> deadline, boolean provisional, int pausedWorkingDays, int extensionWorkingDays, boolean late,
    Optional<LocalDate> closedOn, Optional<Outcome> outcome, List<LateNotice> lateNotices) {
  /** Checks the parts. */
  public RequestStatus {
    Checks.notNull(requestId, "requestId");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(state, "state");
    Checks.notNull(clockStart, "clockStart");
    Checks.notNull(deadline, "deadline");
    Checks.notNull(closedOn, "closedOn");
    Checks.notNull(outcome, "outcome");
    lateNotices = List.copyOf(Checks.notNull(lateNotices, "lateNotices"));
  }

  /** The states of a request (办理状态). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum State {
    /** 办理中: the reply clock is running. */
    OPEN("open"),
    /** 待补正: a 补正 notice was sent and the corrected request has not arrived; the clock waits. */
    AWAITING_CORRECTION("awaiting-correction"),
    /** 征求意见中: the clock is paused for a consultation. */
    IN_CONSULTATION("in-consultation"),
    /** 已答复. */
    ANSWERED("answered"),
    /** 已撤回. */
    WITHDRAWN("withdrawn");

    private final String code;

    State(String code) {
      this.code = code;
    }

    /** Returns the stable code, e.g. {@code awaiting-correction}. */
    public String code() {
      return code;
    }

    /** Returns true for answered and withdrawn requests. */
    public boolean closed() {
      return this == ANSWERED || this == WITHDRAWN;
    }
  }
}
