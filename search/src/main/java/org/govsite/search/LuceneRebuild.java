package org.govsite.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.file.Path;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/** A rebuild of the embedded backend: a new index beside the live one, switched in by {@link #publish}. */
final class LuceneRebuild implements SearchBackend.Rebuild {
  private final LuceneBackend backend;
  private final LuceneIndex index;
  private final AtomicBoolean done = new AtomicBoolean();

  LuceneRebuild(LuceneBackend backend, LuceneIndex index) {
    this.backend = backend;
    this.index = index;
  }

  @Override
  public void add(SearchDocument document) {
    checkOpen();
    backend.add(index, Checks.notNull(document, "document"));
  }

  @Override
  public void publish() {
    finish(null);
  }

  @Override
  public void publish(String source) {
    finish(Checks.notNull(source, "source"));
  }

  private void finish(@Nullable String source) {
    checkOpen();
    done.set(true);
    try {
      backend.publish(index, source);
    } catch (RuntimeException e) {
      abandon();
      throw e;
    }
  }

  private void checkOpen() {
    if (done.get()) {
      throw new IllegalStateException("the rebuild was already published or abandoned");
    }
  }

  @Override
  public void close() {
    if (done.compareAndSet(false, true)) {
      abandon();
    }
  }

  private void abandon() {
    index.discard();
    Path path = index.path();
    if (path != null) {
      try {
        LuceneFolder.deleteTree(path);
      } catch (IOException e) {
        // litter: removed by the next clean of the folder
      }
    }
  }
}
