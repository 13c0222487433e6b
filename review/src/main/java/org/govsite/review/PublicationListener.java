package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What happens when an item goes public or is taken down (发布联动): record freshness, index it for
 * search, render its page, notify a letter writer.
 *
 * <p>Listeners run <em>after</em> the store has recorded the claim (the item is
 * {@link ReviewState#PUBLISHING} or {@link ReviewState#WITHDRAWING}, with the decision in its
 * history) and before it records the outcome, in the order they were added to the workflow. Only
 * the actor whose claim won runs them: of two approvers withdrawing one item at once, the second
 * gets {@link ReviewErrorCode#ITEM_CHANGED} and no listener hears of it. When one throws, those
 * that already ran are told the opposite (a {@code published} is undone by {@code withdrawn} with
 * {@link #UNDONE}, a {@code withdrawn} by {@code published}), the item is written back to where it
 * stood with a {@link Decision#PUBLICATION_FAILED} or {@link Decision#WITHDRAWAL_FAILED} entry,
 * and the decision fails with {@link ReviewErrorCode#LISTENER_FAILED}; it can be made again.
 *
 * <p>The contract: a listener must be <b>idempotent</b>. A crash between the claim and the outcome
 * leaves the claim stored, and {@link ReviewWorkflow#resumeInterrupted()} runs every listener again
 * for it, so a listener may hear {@code published} (or {@code withdrawn}) of one item twice, the
 * second time perhaps after a restart, and must then check what is already done rather than do it
 * again (replace an article rather than add a second, skip a reply already sent). The item it is
 * given is the item as the outcome will store it: {@link ReviewState#PUBLISHED} or
 * {@link ReviewState#WITHDRAWN}, {@link ReviewItem#updated()} the time of the decision.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PublicationListener {
  /** Reason passed to {@link #withdrawn} when a publication is undone because another listener or the store failed. */
  String UNDONE = "发布未完成，已撤回 / publication did not complete and was undone";

  /** The item is being published: every stage approved it. {@code item} is in state {@link ReviewState#PUBLISHED}. */
  void published(ReviewItem item);

  /** The item was withdrawn (撤稿) with {@code reason}, or a publication was undone ({@link #UNDONE}). */
  void withdrawn(ReviewItem item, String reason);
}
