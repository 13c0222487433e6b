package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ConflictException;

/**
 * Another operator changed the letter first (并发冲突): reload it and try again; nothing was written.
 * Code {@link MailboxErrorCode#CONFLICT}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ConcurrentUpdateException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final String letterId;
  private final long expectedVersion;

  /** Creates the exception for a letter and the version the caller expected. */
  public ConcurrentUpdateException(String letterId, long expectedVersion, String detail) {
    super(MailboxErrorCode.CONFLICT, "信件 " + letterId + " 已被他人修改，请刷新后重试 / letter " + letterId
        + " was changed by someone else since version " + expectedVersion + " (" + detail + "); reload and retry");
    this.letterId = letterId;
    this.expectedVersion = expectedVersion;
  }

  /** Returns the letter's id. */
  public String letterId() {
    return letterId;
  }

  /** Returns the version the caller acted on. */
  public long expectedVersion() {
    return expectedVersion;
  }
}
