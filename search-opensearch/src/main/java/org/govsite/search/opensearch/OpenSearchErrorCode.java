package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ErrorCategory;
import org.govsite.core.ErrorCode;

/** The error codes of search on OpenSearch (OpenSearch 搜索错误代码). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum OpenSearchErrorCode implements ErrorCode {
  /** The node does not answer at its URL: down, wrong address, or a network fault (503, CLI exit 2). */
  NODE_UNAVAILABLE(ErrorCategory.UNAVAILABLE),
  /** The node answers but is older than {@link OpenSearchVersion#MINIMUM}, or is not OpenSearch. */
  NODE_TOO_OLD(ErrorCategory.UNAVAILABLE),
  /** The node kept refusing work (HTTP 429 or 503) after every retry. */
  NODE_BUSY(ErrorCategory.UNAVAILABLE),
  /** The alias the user named has no index behind it yet: index documents first. */
  NO_INDEX(ErrorCategory.BAD_INPUT),
  /** The node rejected a request GovSite made: a fault in GovSite or in the node's configuration. */
  REQUEST_FAILED(ErrorCategory.INTERNAL);

  private final ErrorCategory category;

  OpenSearchErrorCode(ErrorCategory category) {
    this.category = category;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
