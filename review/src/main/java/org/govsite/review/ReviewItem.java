package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * An item under review (待审稿件), as stored: its draft, author, state and lock version. Immutable;
 * every decision makes a new one with {@link #version()} one higher and appends one
 * {@link ReviewEvent} whose {@code seq} is that version.
 *
 * <p>Times are kept to the millisecond, as every store keeps them, so an item read back equals the
 * one written.
 *
 * @param id the item's id, made by the workflow
 * @param draft the current text (the last submitted or resubmitted one)
 * @param author the name of the actor who submitted it ({@link java.security.Principal#getName()})
 * @param state where it stands
 * @param approvedStages how many stages approved it in the current round: while {@link ReviewState#IN_REVIEW},
 *     the index of the stage it waits for; once published, the number of stages
 * @param round 1 for the first submission, one more for each resubmission
 * @param version the optimistic-lock version: 0 when submitted, one more per decision
 * @param submitted when it was first submitted
 * @param updated when its last decision was made: for an item in review, since when it waits for its stage
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReviewItem(String id, Draft draft, String author, ReviewState state, int approvedStages, int round,
    long version, Instant submitted, Instant updated) {
  /** Validates the components and keeps the times to the millisecond. */
  public ReviewItem {
    Checks.notNull(id, "id");
    Checks.notNull(draft, "draft");
    Checks.notNull(author, "author");
    Checks.notNull(state, "state");
    Checks.notNull(submitted, "submitted");
    Checks.notNull(updated, "updated");
    Checks.argument(!id.isBlank() && id.length() <= 100, "id", "编号不能为空且不超过 100 字符", "is required, at most 100 characters");
    Checks.argument(!author.isBlank() && author.length() <= 200, "author", "作者不能为空且不超过 200 字符",
        "is required, at most 200 characters");
    Checks.argument(approvedStages >= 0, "approvedStages", "不能为负", "must not be negative");
    Checks.argument(round >= 1, "round", "须至少为 1", "must be at least 1");
    Checks.argument(version >= 0, "version", "不能为负", "must not be negative");
    submitted = submitted.truncatedTo(ChronoUnit.MILLIS);
    updated = updated.truncatedTo(ChronoUnit.MILLIS);
  }

  /** Returns the item after a decision: the given state, stages, round, text and time, version one higher. */
  ReviewItem next(Draft newDraft, ReviewState newState, int newApprovedStages, int newRound, Instant at) {
    return new ReviewItem(id, newDraft, author, newState, newApprovedStages, newRound, version + 1, submitted, at);
  }
}
