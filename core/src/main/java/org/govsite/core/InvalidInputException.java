package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Bad input from a caller (输入错误): names the field at fault and the reason, or every field at
 * fault when there are several.
 *
 * <p>A web layer answers it with 400, the field and the field errors; the CLI prints its message
 * and exits with 2.
 */
@API(status = MAINTAINED, since = "0.1")
public class InvalidInputException extends GovSiteException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;
  private final transient List<FieldError> errors;

  /** Creates an exception for the named field with a bilingual reason. */
  public InvalidInputException(String field, String reason) {
    this(CoreErrorCode.INVALID_INPUT, field, reason, null);
  }

  /** Creates an exception for the named field with a bilingual reason and its cause. */
  public InvalidInputException(String field, String reason, Throwable cause) {
    this(CoreErrorCode.INVALID_INPUT, field, reason, cause);
  }

  /**
   * Creates a subclass instance with its own code of category {@link ErrorCategory#BAD_INPUT}.
   *
   * @throws IllegalArgumentException when the code is of another category
   */
  protected InvalidInputException(ErrorCode code, String field, String reason, @Nullable Throwable cause) {
    this(code, field, reason, field + ": " + reason, cause);
  }

  /** Creates a subclass instance with its own code and a message that says more than the field. */
  protected InvalidInputException(ErrorCode code, String field, String reason, String message, @Nullable Throwable cause) {
    super(requireCategory(code, ErrorCategory.BAD_INPUT), message, cause);
    // A null here would turn the caller's bad input into a NullPointerException: take it as "no field".
    this.field = field == null ? "" : field;
    this.reason = reason == null ? "" : reason;
    this.errors = this.field.isEmpty() ? List.of() : List.of(new FieldError(this.field, this.reason));
  }

  /**
   * Creates an exception for several faulty fields; the first is {@link #field()}.
   *
   * @throws IllegalArgumentException when the list is empty or the code is of another category
   */
  protected InvalidInputException(ErrorCode code, List<FieldError> errors) {
    super(requireCategory(code, ErrorCategory.BAD_INPUT), joined(errors), null);
    this.field = errors.get(0).field();
    this.reason = errors.get(0).message();
    this.errors = List.copyOf(errors);
  }

  private static String joined(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("at least one field error is required");
    }
    return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
  }

  /** Returns the name (or path) of the field at fault, e.g. {@code n} or {@code days[3].date}; may be empty. */
  public String field() {
    return field;
  }

  /** Returns the reason without the field name. */
  public String reason() {
    return reason;
  }

  /** Returns every field at fault with its reason, in input order; empty when no field is named. */
  public List<FieldError> errors() {
    return errors;
  }
}
