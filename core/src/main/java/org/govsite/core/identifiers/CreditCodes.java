package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The check of a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of
 * {@link #CHARACTERS}, characters 3–8 a 6-digit administrative division code, and a mod-31 check
 * character. Lower-case letters are read as upper case.
 *
 * <p>The one definition GovSite uses: screening reports and masks exactly these codes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CreditCodes {
  /** GB 32100-2015: a code has 18 characters. */
  public static final int LENGTH = 18;

  /** GB 32100-2015 代码字符集: digits and upper-case letters without I, O, Z, S, V; index = value. */
  public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** GB 32100-2015 校验码: the weights 3^(i−1) mod 31 of the first 17 characters. */
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /** GB 32100-2015: characters 3–8 (0-based 2–7) are the 登记管理机关行政区划码, digits. */
  private static final int DIVISION_FROM = 2;
  private static final int DIVISION_TO = 8;

  private CreditCodes() {}

  /** Returns whether {@code text} is a credit code with a correct check character; never throws for a non-null text. */
  public static boolean isValid(CharSequence text) {
    Checks.notNull(text, "text");
    if (text.length() != LENGTH) {
      return false;
    }
    for (int i = DIVISION_FROM; i < DIVISION_TO; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int check = check(text);
    return check >= 0 && CHARACTERS.charAt(check) == Character.toUpperCase(text.charAt(LENGTH - 1));
  }

  /**
   * Returns the check character of the first 17 characters of a code.
   *
   * @throws org.govsite.core.InvalidInputException naming {@code first17} unless it holds 17 characters of the set
   */
  public static char checkCharacter(CharSequence first17) {
    Checks.notNull(first17, "first17");
    int check = first17.length() == LENGTH - 1 ? check(first17) : -1;
    Checks.argument(check >= 0, "first17", "须为代码字符集中的17个字符", "must be 17 characters of " + CHARACTERS + ": '" + first17 + "'");
    return CHARACTERS.charAt(check);
  }

  /** The value of the check character, or -1 when one of the first 17 characters is outside the set. */
  private static int check(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int v = CHARACTERS.indexOf(Character.toUpperCase(s.charAt(i)));
      if (v < 0) {
        return -1;
      }
      sum += v * WEIGHTS[i];
    }
    return (31 - sum % 31) % 31;
  }
}
