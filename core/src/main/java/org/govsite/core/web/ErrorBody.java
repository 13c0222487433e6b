package org.govsite.core.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.ErrorCode;
import org.govsite.core.FieldError;
import org.govsite.core.support.Checks;

/**
 * The one JSON body of every GovSite error answer (错误响应体):
 * {@code {"code", "message", "field"?, "errors": [{"field", "message"}]?}}.
 *
 * <p>{@code field} is empty and {@code errors} is empty when no field is at fault; JSON leaves
 * them out. Whatever JSON provider the host registers writes it (it is a plain record).
 *
 * @param code the stable error code, e.g. {@code INVALID_INPUT} ({@link ErrorCode#name()})
 * @param message a bilingual message a caller can act on
 * @param field the first field at fault, or empty
 * @param errors every field at fault with its reason, or empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"code", "message", "field", "errors"})
public record ErrorBody(String code, String message, String field, List<FieldError> errors) {
  /** Rejects a null component, naming it, and copies the list. */
  public ErrorBody {
    Checks.notNull(code, "code");
    Checks.notNull(message, "message");
    Checks.notNull(field, "field");
    errors = List.copyOf(Checks.notNull(errors, "errors"));
  }

  /** Returns a body without field errors. */
  public static ErrorBody of(ErrorCode code, String message) {
    return new ErrorBody(code.name(), message, "", List.of());
  }

  /**
   * Returns the body for an error status that a container answered by itself, without an
   * exception a mapper could see: e.g. a servlet container's 404 or 413 for an API path.
   */
  public static ErrorBody forStatus(int status) {
    CoreErrorCode code = HttpStatuses.codeFor(status);
    return of(code, HttpStatuses.describe(code));
  }
}
