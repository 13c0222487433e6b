package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One entry of an item's history (审核记录): who did what, when, at which stage, with which opinion,
 * and which {@code review} findings the secrecy review acknowledged with which reason. The history
 * is append-only: entries are never changed or removed.
 *
 * @param itemId the item
 * @param seq the entry's position in the item's history, 0 for the submission; equals the item's
 *     {@link ReviewItem#version()} after the decision
 * @param at when (kept to the millisecond)
 * @param actor the name of who did it
 * @param decision what was done
 * @param round the item's round: 1, then one more per resubmission
 * @param stage the stage's name for {@link Decision#APPROVED} and {@link Decision#REJECTED}, else {@code ""}
 * @param opinion the opinion, rejection reason or withdrawal reason ({@code ""} when none was given)
 * @param acknowledgements for the secrecy review's approval: each acknowledged finding's rule and the reason
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReviewEvent(String itemId, long seq, Instant at, String actor, Decision decision, int round, String stage,
    String opinion, Map<String, String> acknowledgements) {
  /** The longest opinion or reason accepted. */
  public static final int MAX_OPINION = 4000;

  /** Validates the components; keeps the time to the millisecond and the acknowledgements sorted by rule. */
  public ReviewEvent {
    Checks.notNull(itemId, "itemId");
    Checks.notNull(at, "at");
    Checks.notNull(actor, "actor");
    Checks.notNull(decision, "decision");
    Checks.notNull(stage, "stage");
    Checks.notNull(opinion, "opinion");
    Checks.notNull(acknowledgements, "acknowledgements");
    Checks.argument(seq >= 0, "seq", "不能为负", "must not be negative");
    Checks.argument(round >= 1, "round", "须至少为 1", "must be at least 1");
    Checks.argument(opinion.length() <= MAX_OPINION, "opinion", "意见不超过 4000 字符", "at most 4000 characters");
    TreeMap<String, String> sorted = new TreeMap<>();
    acknowledgements.forEach((rule, reason) -> sorted.put(Checks.notNull(rule, "acknowledgements"),
        Checks.notNull(reason, "acknowledgements")));
    acknowledgements = Collections.unmodifiableMap(sorted);
    at = at.truncatedTo(ChronoUnit.MILLIS);
  }
}
