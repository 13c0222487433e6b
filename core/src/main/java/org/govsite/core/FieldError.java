package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * One fault in a caller's input (字段错误): the field and a bilingual message. Error bodies list
 * them as {@code errors: [{field, message}]}.
 *
 * @param field the field or parameter, e.g. {@code subject} or {@code year}
 * @param message the Chinese / English reason
 */
@API(status = MAINTAINED, since = "0.1")
public record FieldError(String field, String message) {
  /**
   * Rejects a missing part as bad input naming it. Written out rather than with
   * {@code core.support.Checks}: this root package may not depend on core.support, which depends on it.
   */
  public FieldError {
    if (field == null) {
      throw new InvalidInputException("field", "不能为空 / is required");
    }
    if (message == null) {
      throw new InvalidInputException("message", "不能为空 / is required");
    }
  }
}
