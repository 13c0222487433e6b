package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception GovSite throws (错误), each carrying a stable {@link ErrorCode}.
 *
 * <p>Catch this type to handle any GovSite failure; switch on {@link #code()} or
 * {@link #category()} rather than on the message, which is bilingual (Chinese / English) and may be
 * reworded. The subclasses name the common kinds: {@link InvalidInputException},
 * {@link NotFoundException}, {@link ConflictException}, {@link UnavailableException}.
 */
@API(status = MAINTAINED, since = "0.1")
public class GovSiteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /** Creates an exception with a stable code and a message a user can act on. */
  public GovSiteException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /** Creates an exception with a stable code, a message and the underlying cause if any. */
  public GovSiteException(ErrorCode code, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Returns the stable error code; {@code code().name()} is its text, e.g. {@code INVALID_INPUT}. */
  public ErrorCode code() {
    return code;
  }

  /** Returns the kind of failure, i.e. the category of {@link #code()}. */
  public ErrorCategory category() {
    return code.category();
  }

  /** Fails when a subclass is given a code of another category (a 404 type with a 409 code). */
  static ErrorCode requireCategory(ErrorCode code, ErrorCategory expected) {
    Objects.requireNonNull(code, "code");
    if (code.category() != expected) {
      throw new IllegalArgumentException("error code " + code.name() + " is " + code.category() + ", not " + expected);
    }
    return code;
  }
}
