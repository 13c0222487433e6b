package org.govsite.core.screening;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The check algorithms of personal and organisation identifiers (RULES §5). */
final class Checksums {
  /** GB 11643-1999 weights of the first 17 digits. */
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** GB 11643-1999 check characters for sum mod 11 = 0…10. */
  private static final String ID_CHECK = "10X98765432";
  /** GB 32100-2015 character set (no I, O, Z, S, V). */
  public static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** GB 32100-2015 weights of the first 17 characters (3^i mod 31). */
  private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  /** The earliest birth year accepted in an ID number. */
  private static final int FIRST_BIRTH_YEAR = 1900;

  private Checksums() {}

  /** Returns the GB 11643 check character of 17 digits. */
  public static char idCheckChar(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11);
  }

  /** Returns whether 18 characters are a resident ID number: digits, valid birth date, check character. */
  public static boolean isIdNumber(CharSequence s) {
    if (s.length() != 18 || s.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    char last = Character.toUpperCase(s.charAt(17));
    if (!digit(last) && last != 'X') {
      return false;
    }
    return validBirthDate(s) && idCheckChar(s) == last;
  }

  private static boolean validBirthDate(CharSequence s) {
    int y = num(s, 6, 10);
    int m = num(s, 10, 12);
    int d = num(s, 12, 14);
    try {
      LocalDate date = LocalDate.of(y, m, d);
      return y >= FIRST_BIRTH_YEAR && !date.isAfter(LocalDate.now());
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** Returns whether a digit string passes the Luhn check. */
  public static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
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
    return sum % 10 == 0;
  }

  /** Returns the Luhn check digit to append to a digit string. */
  public static char luhnCheckDigit(CharSequence digits) {
    for (char c = '0'; c <= '9'; c++) {
      if (luhn(digits + String.valueOf(c))) {
        return c;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** Returns the GB 32100 check character of 17 characters, or 0 when one is outside the set. */
  public static char creditCheckChar(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = CREDIT_CHARS.indexOf(Character.toUpperCase(first17.charAt(i)));
      if (v < 0) {
        return 0;
      }
      sum += v * CREDIT_WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CREDIT_CHARS.charAt(check == 31 ? 0 : check);
  }

  /** Returns whether 18 characters are a 统一社会信用代码: the set, a 6-digit division code, the check. */
  public static boolean isCreditCode(CharSequence s) {
    if (s.length() != 18) {
      return false;
    }
    for (int i = 2; i < 8; i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    char check = creditCheckChar(s);
    return check != 0 && check == Character.toUpperCase(s.charAt(17));
  }

  /** Returns whether 11 digits are a mainland mobile number (1[3-9] and nine digits). */
  public static boolean isMobile(CharSequence s) {
    if (s.length() != 11 || s.charAt(0) != '1' || s.charAt(1) < '3' || s.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < 11; i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether every char is an ASCII digit. */
  public static boolean allDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
