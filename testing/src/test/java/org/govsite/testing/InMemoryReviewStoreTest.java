package org.govsite.testing;

import org.govsite.review.ReviewStore;

/** The review store contract on the in-memory store. */
class InMemoryReviewStoreTest extends ReviewStoreContract {
  @Override
  protected ReviewStore newStore() {
    return ReviewStore.inMemory();
  }
}
