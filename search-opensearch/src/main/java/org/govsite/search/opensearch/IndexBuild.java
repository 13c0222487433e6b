package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.UnavailableException;
import org.govsite.core.support.Checks;

/**
 * A new index being built beside the live one (旁路重建), from {@link OpenSearchIndex#beginRebuild()}:
 * searches keep seeing the old index until {@link #publish()} switches the alias in one atomic
 * request; {@link #close()} without a publish deletes the new index and leaves the alias alone.
 *
 * <pre>{@code
 * try (IndexBuild build = index.beginRebuild()) {
 *   documents.forEach(build::add);
 *   BulkReport report = build.publish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one producer thread adds documents.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class IndexBuild implements AutoCloseable {
  private final OpenSearchIndex index;
  private final List<String> old;
  private final String fresh;
  private final BulkIndexer loader;
  private boolean done;

  IndexBuild(OpenSearchIndex index, List<String> old, String fresh, BulkIndexer loader) {
    this.index = index;
    this.old = List.copyOf(old);
    this.fresh = fresh;
    this.loader = loader;
  }

  /** Returns the concrete index being built, e.g. {@code govsite-20261130-061500-123-a1b}. */
  public String indexName() {
    return fresh;
  }

  /** Adds a document to the new index (in batches, blocking while too many are in flight). */
  public void add(OpenSearchDocument document) {
    checkOpen();
    loader.add(Checks.notNull(document, "document"));
  }

  BulkIndexer loader() {
    checkOpen();
    return loader;
  }

  /**
   * Sends what is left, restores the live settings, switches the alias to the new index and deletes
   * the old one. A build the node refused any document of (see {@link BulkReport#failures()}),
   * also one it still answered 429/503 for after every retry, is not published: the old index
   * stays live, the new one is deleted, and the error says which documents failed. Switching to an
   * incomplete index and deleting the complete one would lose those documents from search until
   * each is edited again.
   *
   * @return what the load did, every document indexed
   * @throws org.govsite.core.UnavailableException with {@link OpenSearchErrorCode#NODE_BUSY} when the node kept refusing some document as busy
   * @throws org.govsite.core.GovSiteException with {@link OpenSearchErrorCode#REQUEST_FAILED} when it refused some document otherwise
   */
  public BulkReport publish() {
    checkOpen();
    done = true;
    try {
      BulkReport report = loader.finish();
      if (!report.succeeded()) {
        throw incomplete(index.alias(), report);
      }
      index.finishBuilding(fresh);
      index.publish(old, fresh);
      return report;
    } catch (RuntimeException e) {
      index.deleteQuietly(fresh, e);
      throw e;
    }
  }

  static GovSiteException incomplete(String alias, BulkReport report) {
    List<BulkFailure> failures = report.failures();
    String sample = failures.stream().limit(5).map(f -> f.documentId() + " (HTTP " + f.status() + ": " + f.reason() + ")")
        .collect(Collectors.joining(", "));
    String message = "重建未完成，未切换索引 / the rebuild of " + alias + " was not published: the node refused "
        + failures.size() + " of " + (report.indexed() + failures.size()) + " documents, e.g. " + sample
        + "; nothing was published";
    if (failures.stream().anyMatch(f -> OpenSearchCalls.isBusy(f.status()))) {
      return new UnavailableException(OpenSearchErrorCode.NODE_BUSY, message, null);
    }
    return new GovSiteException(OpenSearchErrorCode.REQUEST_FAILED, message);
  }

  /** Abandons the build after a failure of the caller's: waits for the batches in flight, deletes the new index. */
  void abandon(RuntimeException failure) {
    if (done) {
      return;
    }
    done = true;
    try {
      loader.finish();
    } catch (RuntimeException also) {
      failure.addSuppressed(also);
    }
    index.deleteQuietly(fresh, failure);
  }

  /** Abandons the build unless it was published: the new index is deleted, the alias stays. */
  @Override
  public void close() {
    if (!done) {
      RuntimeException quiet = new RuntimeException("abandoned");
      abandon(quiet);
    }
  }

  private void checkOpen() {
    if (done) {
      throw new IllegalStateException("this rebuild is published or abandoned; start another");
    }
  }
}
