package org.govsite.interaction;

class InMemoryLetterStoreTest extends LetterStoreContract {
  @Override
  LetterStore store() {
    return new InMemoryLetterStore();
  }
}
