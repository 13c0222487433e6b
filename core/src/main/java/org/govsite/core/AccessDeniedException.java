package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The caller may not do this (拒绝访问): it has not signed in (401) or its roles do not allow the
 * action, or the request came from another site (403). Nothing was changed; the command line exits
 * with 2.
 */
@API(status = MAINTAINED, since = "0.1")
public class AccessDeniedException extends GovSiteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a code of category {@link ErrorCategory#UNAUTHENTICATED} or
   * {@link ErrorCategory#FORBIDDEN}.
   *
   * @throws IllegalArgumentException when the code is of another category
   */
  public AccessDeniedException(ErrorCode code, String message) {
    super(code.category() == ErrorCategory.UNAUTHENTICATED ? code : requireCategory(code, ErrorCategory.FORBIDDEN), message);
  }
}
