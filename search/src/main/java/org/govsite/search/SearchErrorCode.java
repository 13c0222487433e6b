package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ErrorCategory;
import org.govsite.core.ErrorCode;

/** The error codes of site search (站内搜索错误代码). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SearchErrorCode implements ErrorCode {
  /** The index cannot be opened, read or written (e.g. another process holds its lock). */
  SEARCH_INDEX(ErrorCategory.UNAVAILABLE),
  /** The folder the user named holds no index (it is empty, or holds something else). */
  NO_INDEX(ErrorCategory.BAD_INPUT),
  /** The index in the folder the user named cannot be read: a file is missing, cut short or damaged. */
  CORRUPT_INDEX(ErrorCategory.BAD_INPUT);

  private final ErrorCategory category;

  SearchErrorCode(ErrorCategory category) {
    this.category = category;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
