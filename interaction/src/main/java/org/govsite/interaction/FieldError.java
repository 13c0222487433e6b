package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One fault in a submission (字段错误): the field and a bilingual message.
 *
 * @param field the field, e.g. {@code subject}
 * @param message the Chinese / English reason
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FieldError(String field, String message) {
  /** Rejects a null component, naming it. */
  public FieldError {
    Checks.notNull(field, "field");
    Checks.notNull(message, "message");
  }
}
