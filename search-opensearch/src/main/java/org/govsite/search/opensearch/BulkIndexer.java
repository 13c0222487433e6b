package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.UnavailableException;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Loads documents into one index in batches (批量索引): {@link #add} buffers a document, sends a full
 * batch on a worker thread, and blocks while {@link BulkSettings#maxInFlight()} batches are already
 * in flight, so a fast producer cannot queue more than that many batches in memory (backpressure).
 *
 * <p>When the node answers 429 (its write queue is full) or 503 (a shard is not ready), for the
 * whole request or for some items, those documents are sent again after a backoff that doubles
 * each time (with jitter, up to {@link BulkSettings#maxBackoff()}), at most {@link
 * BulkSettings#maxRetries()} times. Documents the node refuses for other reasons (a field that does
 * not fit the mapping) are not retried: {@link #finish()} reports them. A request that fails as a
 * whole for another reason, or a node that stays busy or down, stops the load: the next {@code add}
 * or {@code finish} throws.
 *
 * <p>Not thread-safe: one producer thread adds documents. Obtain one from {@link
 * OpenSearchIndex#indexer()} or inside {@link OpenSearchIndex#rebuild}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BulkIndexer implements AutoCloseable {
  private final OpenSearchConnection connection;
  private final String index;
  private final BulkSettings settings;
  private final ExecutorService workers;
  private final Semaphore inFlight;
  private final List<OpenSearchDocument> buffer = new ArrayList<>();
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicInteger batches = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final List<BulkFailure> failures = new ArrayList<>();
  private final AtomicReference<@Nullable RuntimeException> fatal = new AtomicReference<>();
  private boolean finished;
  private @Nullable BulkReport report;

  BulkIndexer(OpenSearchConnection connection, String index, BulkSettings settings) {
    this.connection = connection;
    this.index = index;
    this.settings = settings;
    this.inFlight = new Semaphore(settings.maxInFlight());
    AtomicInteger threads = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(settings.maxInFlight(), r -> {
      Thread t = new Thread(r, "govsite-bulk-" + index + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Returns the concrete index or alias the documents go to. */
  public String index() {
    return index;
  }

  /**
   * Adds a document; sends a batch when {@link BulkSettings#batchSize()} are buffered, waiting while
   * the maximum number of batches is in flight.
   *
   * @throws IllegalStateException after {@link #finish()}
   * @throws UnavailableException when the node is down or stayed busy for an earlier batch
   * @throws GovSiteException when the node rejected an earlier request as a whole
   */
  public void add(OpenSearchDocument document) {
    if (finished) {
      throw new IllegalStateException("this bulk load is finished; start another");
    }
    rethrowFatal();
    buffer.add(org.govsite.core.support.Checks.notNull(document, "document"));
    if (buffer.size() >= settings.batchSize()) {
      send();
    }
  }

  /**
   * Sends what is buffered, waits for every batch and reports. Calling it again returns the same report.
   *
   * @throws UnavailableException when the node is down or stayed busy
   * @throws GovSiteException when the node rejected a request as a whole
   */
  public BulkReport finish() {
    if (report != null) {
      return report;
    }
    try {
      if (!finished && fatal.get() == null && !buffer.isEmpty()) {
        send();
      }
    } finally {
      finished = true;
      awaitAll();
    }
    rethrowFatal();
    BulkReport done;
    synchronized (failures) {
      done = new BulkReport(indexed.get(), failures, batches.get(), retries.get());
    }
    report = done;
    return done;
  }

  /** Finishes the load (see {@link #finish()}) unless it already is. */
  @Override
  public void close() {
    finish();
  }

  private void send() {
    List<OpenSearchDocument> batch = List.copyOf(buffer);
    buffer.clear();
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a batch slot", e);
    }
    batches.incrementAndGet();
    try {
      workers.execute(() -> {
        try {
          sendWithRetry(batch);
        } catch (RuntimeException e) {
          fatal.compareAndSet(null, e);
        } finally {
          inFlight.release();
        }
      });
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  private void awaitAll() {
    workers.shutdown();
    try {
      // every batch holds a permit until it is done: taking them all means all are done
      inFlight.acquire(settings.maxInFlight());
      inFlight.release(settings.maxInFlight());
      workers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
      throw new IllegalStateException("interrupted while waiting for the bulk load to finish", e);
    }
  }

  private void rethrowFatal() {
    RuntimeException e = fatal.get();
    if (e != null) {
      throw e;
    }
  }

  /** Sends one batch, retrying the whole request or its busy items while the node asks to slow down. */
  private void sendWithRetry(List<OpenSearchDocument> batch) {
    List<OpenSearchDocument> pending = batch;
    for (int attempt = 0; ; attempt++) {
      BulkResponse response;
      try {
        List<BulkOperation> operations = new ArrayList<>(pending.size());
        for (OpenSearchDocument d : pending) {
          operations.add(BulkOperation.of(o -> o.index(i -> i.id(d.documentId()).document(d.source()))));
        }
        response = connection.client().bulk(b -> b.index(index).operations(operations));
      } catch (OpenSearchException e) {
        if (OpenSearchCalls.isBusy(e.status()) && attempt < settings.maxRetries()) {
          pause(attempt);
          continue;
        }
        throw OpenSearchCalls.rejected(connection.url(), "index a batch into " + index, e);
      } catch (IOException e) {
        // the documents carry their ids, so sending them again cannot duplicate one
        if (attempt < settings.maxRetries()) {
          pause(attempt);
          continue;
        }
        throw OpenSearchCalls.unavailable(connection.url(), e);
      }
      List<OpenSearchDocument> busy = new ArrayList<>();
      List<BulkFailure> refused = new ArrayList<>();
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        var error = item.error();
        if (error == null) {
          indexed.incrementAndGet();
        } else if (OpenSearchCalls.isBusy(item.status()) && attempt < settings.maxRetries()) {
          busy.add(pending.get(i));
        } else {
          refused.add(new BulkFailure(pending.get(i).documentId(), item.status(), OpenSearchCalls.reason(error)));
        }
      }
      if (!refused.isEmpty()) {
        synchronized (failures) {
          failures.addAll(refused);
        }
      }
      if (busy.isEmpty()) {
        return;
      }
      pending = busy;
      pause(attempt);
    }
  }

  private void pause(int attempt) {
    retries.incrementAndGet();
    long ceiling = Math.min(settings.maxBackoff().toMillis(), settings.initialBackoff().toMillis() << Math.min(attempt, 20));
    // jitter: concurrent batches that were refused together should not come back together
    long millis = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while backing off", e);
    }
  }

  /** Returns the backoff ceiling before retry number {@code attempt} (0-based), for tests of the policy. */
  static Duration backoffCeiling(BulkSettings settings, int attempt) {
    return Duration.ofMillis(Math.min(settings.maxBackoff().toMillis(), settings.initialBackoff().toMillis() << Math.min(attempt, 20)));
  }
}
