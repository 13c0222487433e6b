package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Too many attempts (请求过于频繁): from one address, on one account or at one id. The caller may
 * try again after {@link #retryAfter()}; a web layer answers 429 with a {@code Retry-After} header.
 */
@API(status = MAINTAINED, since = "0.1")
public class TooManyRequestsException extends GovSiteException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  /**
   * Creates the exception with a code of category {@link ErrorCategory#TOO_MANY_REQUESTS}.
   *
   * @param retryAfter how long the caller should wait, positive
   * @throws IllegalArgumentException when the code is of another category or the wait is not positive
   */
  public TooManyRequestsException(ErrorCode code, String message, Duration retryAfter) {
    super(requireCategory(code, ErrorCategory.TOO_MANY_REQUESTS), message);
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative() || retryAfter.isZero()) {
      throw new IllegalArgumentException("retryAfter must be positive: " + retryAfter);
    }
    this.retryAfter = retryAfter;
  }

  /** Returns how long the caller should wait before trying again. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** Returns the wait in whole seconds, rounded up, as a {@code Retry-After} header carries it. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
