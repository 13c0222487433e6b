package org.govsite.core.support;

import java.util.Arrays;
import java.util.function.Function;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Looks up enum constants by their codes as files, JSON and command lines spell them. */
public final class Codes {
  private Codes() {}

  /**
   * Returns the constant one of whose names equals {@code given} (trimmed, case ignored), or throws
   * naming {@code field} and listing the codes accepted (the first name of each constant).
   *
   * @param what the bilingual start of the message, e.g. {@code 未知的评价 / unknown rating}
   */
  @SafeVarargs
  public static <E extends Enum<E>> E byName(E[] values, @Nullable String given, String field, String what,
      Function<E, String>... names) {
    if (given != null) {
      String g = given.strip();
      for (E e : values) {
        for (Function<E, String> name : names) {
          if (name.apply(e).equalsIgnoreCase(g)) {
            return e;
          }
        }
      }
    }
    throw new InvalidInputException(field, what + " '" + given + "', expected one of "
        + Arrays.stream(values).map(names[0]).toList());
  }
}
