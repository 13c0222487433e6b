package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What happens when an item goes public or is taken down (发布联动): record freshness, index it for
 * search, render its page, notify a letter writer.
 *
 * <p>Listeners run <em>before</em> the store records the publication or withdrawal, in the order
 * they were added to the workflow. When one throws, those that already ran are told the opposite
 * (a {@code published} is undone by {@code withdrawn}, a {@code withdrawn} by {@code published}),
 * nothing is stored, and the decision fails with {@link ReviewErrorCode#LISTENER_FAILED}; the
 * decision can be made again. The same undo runs when the store refuses the write afterwards (a
 * concurrent change). So the store never says "published" while a listener did nothing, and a
 * listener must accept being told the same thing twice (index and freshness updates are
 * naturally idempotent).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PublicationListener {
  /** Reason passed to {@link #withdrawn} when a publication is undone because another listener or the store failed. */
  String UNDONE = "发布未完成，已撤回 / publication did not complete and was undone";

  /** The item was published: every stage approved it. {@code item} is in state {@link ReviewState#PUBLISHED}. */
  void published(ReviewItem item);

  /** The item was withdrawn (撤稿) with {@code reason}, or a publication was undone ({@link #UNDONE}). */
  void withdrawn(ReviewItem item, String reason);
}
