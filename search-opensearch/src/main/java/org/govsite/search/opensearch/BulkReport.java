package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * What a bulk load did (批量索引结果): documents indexed, documents refused, and how often the node
 * asked to slow down.
 *
 * @param indexed documents the node accepted
 * @param failures documents the node refused, in the order their batches finished
 * @param batches bulk requests sent, retries not counted
 * @param retries requests sent again because the node answered 429 or 503, for the whole request or some items
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BulkReport(long indexed, List<BulkFailure> failures, int batches, int retries) {
  /** Rejects nulls and copies the list. */
  public BulkReport {
    Checks.notNull(failures, "failures");
    failures = List.copyOf(failures);
  }

  /** Returns whether every document was indexed. */
  public boolean succeeded() {
    return failures.isEmpty();
  }
}
