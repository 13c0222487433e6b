package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ErrorCategory;
import org.govsite.core.ErrorCode;

/** The error codes of government information disclosure (政务公开错误代码). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DisclosureErrorCode implements ErrorCode {
  /** A request id is already taken ({@link RequestStore#add}). */
  REQUEST_EXISTS(ErrorCategory.CONFLICT),
  /** No request has the id. */
  REQUEST_NOT_FOUND(ErrorCategory.NOT_FOUND),
  /** No catalogue entry has the 索引号. */
  ENTRY_NOT_FOUND(ErrorCategory.NOT_FOUND),
  /** A 索引号 sequence has used every serial its width allows ({@link IndexNumberAllocator}). */
  INDEX_SERIAL_EXHAUSTED(ErrorCategory.CONFLICT),
  /** The 索引号 database failed, or a transaction lost a race to create a sequence (retry it). */
  INDEX_STORAGE(ErrorCategory.UNAVAILABLE),
  /** Another clerk changed the request first ({@link JdbcRequestStore}): read it again and retry. */
  REQUEST_CHANGED(ErrorCategory.CONFLICT),
  /** The request database failed ({@link JdbcRequestStore}); nothing was written. */
  REQUEST_STORAGE(ErrorCategory.UNAVAILABLE);

  private final ErrorCategory category;

  DisclosureErrorCode(ErrorCategory category) {
    this.category = category;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
