package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Something GovSite depends on failed (服务暂不可用): a database, a search index. The message names
 * what failed for the operator; a web layer answers 503 without it, the command line prints it and
 * exits with 2. Retrying later may succeed.
 */
@API(status = MAINTAINED, since = "0.1")
public class UnavailableException extends GovSiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a code of category {@link ErrorCategory#UNAVAILABLE} and the cause.
   *
   * @throws IllegalArgumentException when the code is of another category
   */
  public UnavailableException(ErrorCode code, String message, @Nullable Throwable cause) {
    super(requireCategory(code, ErrorCategory.UNAVAILABLE), message, cause);
  }
}
