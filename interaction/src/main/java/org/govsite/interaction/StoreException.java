package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.UnavailableException;

/**
 * The letter store failed (存储错误), e.g. the database is unreachable; nothing was written. Code
 * {@link MailboxErrorCode#STORE}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class StoreException extends UnavailableException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with what was being done and the cause. */
  public StoreException(String doing, Throwable cause) {
    super(MailboxErrorCode.STORE, "存储失败 / store failed while " + doing + ": " + cause.getMessage(), cause);
  }
}
