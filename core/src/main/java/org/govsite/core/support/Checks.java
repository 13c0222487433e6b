package org.govsite.core.support;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Argument checks that fail with {@link InvalidInputException} naming the field. */
@API(status = INTERNAL, since = "0.1")
public final class Checks {
  private Checks() {}

  /** Returns {@code value}, or throws naming {@code field} when it is null. */
  @Contract("null, _ -> fail")
  public static <T> T notNull(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "不能为空 / is required");
    }
    return value;
  }

  /** Throws naming {@code field} when {@code condition} is false. */
  @Contract("false, _, _, _ -> fail")
  public static void argument(boolean condition, String field, String zh, String en) {
    if (!condition) {
      throw new InvalidInputException(field, zh + " / " + en);
    }
  }
}
