package org.govsite.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Bad input from a caller (输入错误): names the field at fault and the reason.
 *
 * <p>A web layer answers it with 400 and the field; the CLI prints its message and exits with 2.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class InvalidInputException extends GovSiteException {
  private static final long serialVersionUID = 1L;

  /** The stable error code of this exception. */
  public static final String CODE = "INVALID_INPUT";

  private final String field;
  private final String reason;

  /** Creates an exception for the named field with a bilingual reason. */
  public InvalidInputException(String field, String reason) {
    this(CODE, field, reason, null);
  }

  /** Creates an exception for the named field with a bilingual reason and its cause. */
  public InvalidInputException(String field, String reason, Throwable cause) {
    this(CODE, field, reason, cause);
  }

  /** Creates a subclass instance with its own code. */
  protected InvalidInputException(String code, String field, String reason, @Nullable Throwable cause) {
    this(code, field, reason, field + ": " + reason, cause);
  }

  /** Creates a subclass instance with its own code and a message that says more than the field. */
  protected InvalidInputException(String code, String field, String reason, String message, @Nullable Throwable cause) {
    super(code, message, cause);
    this.field = field;
    this.reason = reason;
  }

  /** Returns the name (or path) of the field at fault, e.g. {@code n} or {@code days[3].date}. */
  public String field() {
    return field;
  }

  /** Returns the reason without the field name. */
  public String reason() {
    return reason;
  }
}
