package org.govsite.testing;

import org.govsite.disclosure.RequestStore;

/** The request store contract on the in-memory store. */
class InMemoryRequestStoreTest extends RequestStoreContract {
  @Override
  protected RequestStore newStore() {
    return RequestStore.inMemory();
  }
}
