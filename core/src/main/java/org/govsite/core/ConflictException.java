package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The request conflicts with the current state (冲突): a taken id, a change made by someone else
 * first, an action the state does not allow. Nothing was changed; a web layer answers 409, the
 * command line exits with 2.
 */
@API(status = MAINTAINED, since = "0.1")
public class ConflictException extends GovSiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a code of category {@link ErrorCategory#CONFLICT}.
   *
   * @throws IllegalArgumentException when the code is of another category
   */
  public ConflictException(ErrorCode code, String message) {
    super(requireCategory(code, ErrorCategory.CONFLICT), message);
  }
}
