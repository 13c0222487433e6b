package org.govsite.testing;

import org.govsite.interaction.InMemoryLetterStore;
import org.govsite.interaction.LetterStore;

/** The letter store contract on the in-memory store. */
class InMemoryLetterStoreTest extends LetterStoreContract {
  @Override
  protected LetterStore newStore() {
    return new InMemoryLetterStore();
  }
}
