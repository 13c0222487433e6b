package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * Where review items and their histories are kept (审核存储): in memory or in a database (H2,
 * PostgreSQL). Every implementation passes {@code org.govsite.testing.ReviewStoreContract}.
 *
 * <p>The history is append-only. A write replaces an item only when the stored version is the one
 * before it (optimistic locking), and appends exactly one history entry whose {@code seq} is the
 * new version, atomically: either both are stored or neither.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReviewStore {
  /** Returns a new, empty store in memory: for tests and single-process tools. */
  static ReviewStore inMemory() {
    return new InMemoryReviewStore();
  }

  /** Returns a store in the database behind {@code dataSource}; its tables are created or migrated now. */
  static ReviewStore jdbc(DataSource dataSource) {
    return JdbcReviewStore.builder().dataSource(dataSource).build();
  }

  /**
   * Stores a new item (version 0) with its first history entry (seq 0).
   *
   * @throws org.govsite.core.ConflictException with {@link ReviewErrorCode#ITEM_EXISTS} when the id is taken
   * @throws org.govsite.core.InvalidInputException when the item is not version 0 or the entry is not its seq 0
   */
  ReviewItem add(ReviewItem item, ReviewEvent submitted);

  /**
   * Replaces the stored item with {@code next} when the stored version is {@code next.version() - 1},
   * and appends {@code event} (whose seq must be {@code next.version()}).
   *
   * @throws org.govsite.core.NotFoundException with {@link ReviewErrorCode#ITEM_NOT_FOUND} for an unknown id
   * @throws org.govsite.core.ConflictException with {@link ReviewErrorCode#ITEM_CHANGED} when another write came first;
   *     nothing is written
   */
  ReviewItem update(ReviewItem next, ReviewEvent event);

  /** Returns the item with {@code id}, if stored. */
  Optional<ReviewItem> find(String id);

  /** Returns the item's history in order ({@code seq} 0, 1, …); empty for an unknown id. */
  List<ReviewEvent> history(String id);

  /**
   * Returns the items in {@code state}, in the order they were added; for the claimed states
   * ({@link ReviewState#PUBLISHING}, {@link ReviewState#WITHDRAWING}) what an interruption left.
   */
  List<ReviewItem> list(ReviewState state);

  /** Returns every history entry of every item, items in the order they were added, each item's in seq order. */
  List<ReviewEvent> events();

  /**
   * Takes the lease (租约) of an item at {@code version} for {@code owner} until {@code until}: who
   * finishes a claimed publication or withdrawal, when several workflow instances share the store.
   * Taken only when the item is still at that version and its lease is free: never taken, expired
   * at {@code now}, or already {@code owner}'s (then it is extended). A conditional write, atomic like
   * {@link #update}; any later {@link #update} of the item ends the lease.
   *
   * @return true when {@code owner} holds the lease now; false when another holds it, the item moved
   *     on, or there is no such item
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  boolean lease(String id, long version, String owner, Instant now, Instant until);
}
