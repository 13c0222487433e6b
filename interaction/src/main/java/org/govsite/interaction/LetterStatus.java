package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * What the writer sees with the id and the query code (办理进度): state, deadline and reply.
 *
 * @param id the letter's id
 * @param state the state code, e.g. {@code assigned}
 * @param stateName the state in Chinese, e.g. 已分办
 * @param received when it was received
 * @param deadline the reply deadline
 * @param provisional whether the deadline may still move (calendar data missing)
 * @param reply the latest reply ("" before any)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LetterStatus(String id, String state, String stateName, LocalDateTime received, LocalDate deadline,
    boolean provisional, String reply) {
  /** Rejects a null component, naming it. */
  public LetterStatus {
    Checks.notNull(id, "id");
    Checks.notNull(state, "state");
    Checks.notNull(stateName, "stateName");
    Checks.notNull(received, "received");
    Checks.notNull(deadline, "deadline");
    Checks.notNull(reply, "reply");
  }
}
