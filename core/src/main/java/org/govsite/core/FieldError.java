package org.govsite.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One fault in a caller's input (字段错误): the field and a bilingual message. Error bodies list
 * them as {@code errors: [{field, message}]}.
 *
 * @param field the field or parameter, e.g. {@code subject} or {@code year}
 * @param message the Chinese / English reason
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FieldError(String field, String message) {
  /** Checks that both parts are given. */
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
