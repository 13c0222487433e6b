package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the caller named does not exist (不存在): a letter, a request, a catalogue entry. A web layer
 * answers 404; the command line exits with 2.
 */
@API(status = MAINTAINED, since = "0.1")
public class NotFoundException extends GovSiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a code of category {@link ErrorCategory#NOT_FOUND}.
   *
   * @throws IllegalArgumentException when the code is of another category
   */
  public NotFoundException(ErrorCode code, String message) {
    super(requireCategory(code, ErrorCategory.NOT_FOUND), message);
  }
}
