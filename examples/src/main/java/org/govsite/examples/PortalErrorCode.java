package org.govsite.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ErrorCategory;
import org.govsite.core.ErrorCode;

/** The error codes of the demo portal (示例门户错误代码). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PortalErrorCode implements ErrorCode {
  /** The port is already taken by another program ({@link Portal#start}). */
  PORT_IN_USE(ErrorCategory.CONFLICT),
  /** Another live portal holds the data directory's lock ({@link Portal#start}); exit 2, like a taken port. */
  DATA_DIR_IN_USE(ErrorCategory.CONFLICT),
  /** A staff account of that name exists already ({@code govsite staff add}). */
  STAFF_EXISTS(ErrorCategory.CONFLICT),
  /** A letter already has a reply in review (答复审核中) or returned to its author: one reply at a time. */
  REPLY_IN_REVIEW(ErrorCategory.CONFLICT),
  /** The server could not start for another reason. */
  PORTAL_START(ErrorCategory.INTERNAL),
  /** A lock shared by the portals (a shared search index being rebuilt) stayed taken longer than a request may wait: retry later. */
  PORTAL_BUSY(ErrorCategory.UNAVAILABLE),
  /** The portal's own tables (column items, the screening queue) failed in the database. */
  PORTAL_STORAGE(ErrorCategory.UNAVAILABLE);

  private final ErrorCategory category;

  PortalErrorCode(ErrorCategory category) {
    this.category = category;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
