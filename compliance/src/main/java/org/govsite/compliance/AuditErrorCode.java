package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ErrorCategory;
import org.govsite.core.ErrorCode;

/**
 * The error codes of a site audit (检查错误代码). An unreachable site is not an error: the report
 * says so; these are failures of the audit itself.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AuditErrorCode implements ErrorCode {
  /** The thread running the crawl or the link check was interrupted. */
  AUDIT_INTERRUPTED(ErrorCategory.INTERNAL),
  /** A crawl or link-check task failed unexpectedly. */
  AUDIT_FAILED(ErrorCategory.INTERNAL),
  /** The report could not be written as JSON. */
  REPORT_FAILED(ErrorCategory.INTERNAL),
  /** The headless browser could not render a page (it failed or took longer than the timeout). */
  RENDER_FAILED(ErrorCategory.UNAVAILABLE),
  /** The monitor's store could not be written. */
  STORE_FAILED(ErrorCategory.INTERNAL);

  private final ErrorCategory category;

  AuditErrorCode(ErrorCategory category) {
    this.category = category;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
