package org.govsite.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception GovSite throws (错误), each carrying a stable error code.
 *
 * <p>Catch this type to handle any GovSite failure; switch on {@link #code()} rather than on the
 * message, which is bilingual (Chinese / English) and may be reworded.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class GovSiteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /** Creates an exception with a stable code and a message a user can act on. */
  public GovSiteException(String code, String message) {
    this(code, message, null);
  }

  /** Creates an exception with a stable code, a message and the underlying cause, if any. */
  public GovSiteException(String code, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** Returns the stable, machine-readable error code, e.g. {@code INVALID_INPUT}. */
  public String code() {
    return code;
  }
}
