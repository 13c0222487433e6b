package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * How a {@link BulkIndexer} sends documents (批量索引设置).
 *
 * @param batchSize documents per bulk request, 1 to 10,000 (default 500: a few hundred KB of text)
 * @param maxInFlight bulk requests sent at once, 1 to 16 (default 2); {@code add} waits beyond that
 * @param maxRetries how often a refused (429/503) request or item is sent again, 0 to 20 (default 5)
 * @param initialBackoff the wait before the first retry, doubled each time (default 200 ms)
 * @param maxBackoff the longest wait between retries (default 10 s)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BulkSettings(int batchSize, int maxInFlight, int maxRetries, Duration initialBackoff, Duration maxBackoff) {
  /** The defaults: 500 documents, 2 in flight, 5 retries from 200 ms up to 10 s. */
  public static final BulkSettings DEFAULTS = new BulkSettings(500, 2, 5, Duration.ofMillis(200), Duration.ofSeconds(10));

  /** Checks each setting, naming it when it is out of range. */
  public BulkSettings {
    Checks.argument(batchSize >= 1 && batchSize <= 10_000, "batchSize", "须在 1 到 10000 之间", "must be 1 to 10,000, not " + batchSize);
    Checks.argument(maxInFlight >= 1 && maxInFlight <= 16, "maxInFlight", "须在 1 到 16 之间", "must be 1 to 16, not " + maxInFlight);
    Checks.argument(maxRetries >= 0 && maxRetries <= 20, "maxRetries", "须在 0 到 20 之间", "must be 0 to 20, not " + maxRetries);
    Checks.notNull(initialBackoff, "initialBackoff");
    Checks.notNull(maxBackoff, "maxBackoff");
    Checks.argument(initialBackoff.toMillis() >= 1, "initialBackoff", "至少 1 毫秒", "must be at least 1 ms, not " + initialBackoff);
    Checks.argument(maxBackoff.compareTo(initialBackoff) >= 0 && maxBackoff.compareTo(Duration.ofMinutes(5)) <= 0, "maxBackoff",
        "须不小于 initialBackoff 且不超过 5 分钟", "must be at least initialBackoff and at most 5 min, not " + maxBackoff);
  }

  /** Returns these settings with another batch size. */
  public BulkSettings withBatchSize(int size) {
    return new BulkSettings(size, maxInFlight, maxRetries, initialBackoff, maxBackoff);
  }

  /** Returns these settings with another number of batches in flight. */
  public BulkSettings withMaxInFlight(int n) {
    return new BulkSettings(batchSize, n, maxRetries, initialBackoff, maxBackoff);
  }
}
