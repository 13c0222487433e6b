package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The check of a bank-card number (银行卡号, RULES §5): {@value #MIN_LENGTH}–{@value #MAX_LENGTH}
 * ASCII digits passing the Luhn check (ISO/IEC 7812-1). Any issuer prefix is accepted.
 *
 * <p>The one definition GovSite uses: screening reports and masks exactly these numbers.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BankCardNumbers {
  /** RULES §5: the shortest bank-card number, 16 digits. */
  public static final int MIN_LENGTH = 16;
  /** RULES §5: the longest bank-card number, 19 digits (ISO/IEC 7812-1's maximum). */
  public static final int MAX_LENGTH = 19;

  private BankCardNumbers() {}

  /** Returns whether {@code text} is a bank-card number: 16–19 digits and the Luhn check. */
  public static boolean isValid(CharSequence text) {
    Checks.notNull(text, "text");
    return text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH && passesLuhn(text);
  }

  /**
   * Returns whether a non-empty run of ASCII digits passes the Luhn check (the sum of the digits,
   * every second one from the right doubled and its digits added, is a multiple of 10); false for
   * anything that is not a digit.
   */
  public static boolean passesLuhn(CharSequence digits) {
    Checks.notNull(digits, "digits");
    if (digits.length() == 0) {
      return false;
    }
    return luhnSum(digits, false) % 10 == 0;
  }

  /**
   * Returns the Luhn check digit that makes {@code payload} + digit pass.
   *
   * @throws org.govsite.core.InvalidInputException naming {@code payload} unless it is 1 or more ASCII digits
   */
  public static char luhnCheckDigit(CharSequence payload) {
    Checks.notNull(payload, "payload");
    int sum = payload.length() == 0 ? -1 : luhnSum(payload, true);
    Checks.argument(sum >= 0, "payload", "须为数字", "must be one or more digits: '" + payload + "'");
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** The Luhn sum, or -1 when a character is not a digit; {@code doubleLast} for a payload without its check digit. */
  private static int luhnSum(CharSequence digits, boolean doubleLast) {
    int sum = 0;
    boolean dbl = doubleLast;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum;
  }
}
