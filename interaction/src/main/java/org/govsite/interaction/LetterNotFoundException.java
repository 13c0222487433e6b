package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;

/** No letter has the given id (信件不存在). */
@API(status = EXPERIMENTAL, since = "0.1")
public class LetterNotFoundException extends GovSiteException {
  private static final long serialVersionUID = 1L;

  /** The stable error code of this exception. */
  public static final String CODE = "NOT_FOUND";

  /** Creates the exception for an id. */
  public LetterNotFoundException(String letterId) {
    super(CODE, "信件不存在 / no letter with id " + letterId);
  }
}
