package org.govsite.core.support;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Looks up enum constants by their codes as files, JSON, databases, URLs and command lines spell
 * them: the one lookup every GovSite module uses, so that all trim, ignore case, and list the
 * accepted codes when a code is unknown. Never use {@code Enum.valueOf} or a switch on strings for
 * this.
 */
@API(status = INTERNAL, since = "0.1")
public final class Codes {
  private Codes() {}

  /**
   * Returns the constant one of whose names equals {@code given} (trimmed, case ignored), or throws
   * naming {@code field} and listing the codes accepted (the first name of each constant).
   *
   * @param what the bilingual start of the message, e.g. {@code 未知的评价 / unknown rating}
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // lookup only reads the names
  public static <E extends Enum<E>> E byName(E[] values, @Nullable String given, String field, String what,
      Function<E, String>... names) {
    return lookup(values, given, names).orElseThrow(() -> new InvalidInputException(field, what + " '" + given
        + "', expected one of " + Arrays.stream(values).map(names[0]).toList()));
  }

  /**
   * Returns the constant one of whose names equals {@code given} (trimmed, case ignored), or empty,
   * for callers that have a meaning for an unknown code.
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // lookup only reads the names
  public static <E extends Enum<E>> Optional<E> find(E[] values, @Nullable String given, Function<E, String>... names) {
    return lookup(values, given, names);
  }

  private static <E extends Enum<E>> Optional<E> lookup(E[] values, @Nullable String given, Function<E, String>[] names) {
    if (given != null) {
      String g = given.strip();
      for (E e : values) {
        for (Function<E, String> name : names) {
          if (name.apply(e).equalsIgnoreCase(g)) {
            return Optional.of(e);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Returns a constant's name in lower-case kebab case, e.g. {@code ON_REQUEST} → {@code on-request}. */
  public static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
