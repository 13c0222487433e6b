package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A document the node refused to index (索引失败的文档), e.g. a field that does not fit the mapping.
 *
 * @param documentId the document's OpenSearch id, {@code site/id}
 * @param status the HTTP status the node gave the item, e.g. 400
 * @param reason the node's error type and reason
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BulkFailure(String documentId, int status, String reason) {
  /** Rejects nulls. */
  public BulkFailure {
    Checks.notNull(documentId, "documentId");
    Checks.notNull(reason, "reason");
  }
}
