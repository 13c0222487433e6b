package org.govsite.docs;

import org.opentest4j.AssertionFailedError;

/**
 * The check behind a {@code // => text} comment in a guide: the value must print as the page says.
 * Public because the snippets that call it are compiled outside this package.
 */
public final class Expected {
  private Expected() {}

  /**
   * Checks that {@code String.valueOf(actual)} is {@code expected}.
   *
   * @param actual the value of the statement's expression or variable
   * @param expression the expression as the page writes it, for the message
   * @param expected the text after {@code // =>}
   */
  public static void that(Object actual, String expression, String expected) {
    String shown = String.valueOf(actual);
    if (!shown.equals(expected)) {
      throw new AssertionFailedError(expression + " is " + shown + ", the page says // => " + expected, expected, shown);
    }
  }
}
