package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;

/** The letter store failed (存储错误), e.g. the database is unreachable; nothing was written. */
@API(status = EXPERIMENTAL, since = "0.1")
public class StoreException extends GovSiteException {
  private static final long serialVersionUID = 1L;

  /** The stable error code of this exception. */
  public static final String CODE = "STORE";

  /** Creates the exception with what was being done and the cause. */
  public StoreException(String doing, Throwable cause) {
    super(CODE, "存储失败 / store failed while " + doing + ": " + cause.getMessage(), cause);
  }
}
