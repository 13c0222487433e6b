package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One entry of a letter's history (办理记录): the audit trail, appended to and never rewritten.
 *
 * @param seq the 1-based position in the history
 * @param action what was done
 * @param from the state before
 * @param to the state after (equal to {@code from} for decisions and edits)
 * @param actor who did it
 * @param at when it was done
 * @param reason why ("" when none was needed)
 * @param detail the action's data: the department for {@code ASSIGN} ({@code mode:department}),
 *     the reason code for {@code REJECT}, the rating code for {@code RATE}, {@code publish} or
 *     {@code withhold} for {@code DECIDE_PUBLICATION}; "" otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HistoryEntry(int seq, LetterAction action, LetterState from, LetterState to, String actor,
    LocalDateTime at, String reason, String detail) {
  /** Checks the components. */
  public HistoryEntry {
    Checks.argument(seq >= 1, "seq", "序号从 1 开始", "seq starts at 1: " + seq);
    Checks.notNull(action, "action");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(actor, "actor");
    Checks.argument(!actor.isBlank(), "actor", "必须记录操作人", "every action records who did it");
    Checks.notNull(at, "at");
    Checks.notNull(reason, "reason");
    Checks.notNull(detail, "detail");
  }
}
