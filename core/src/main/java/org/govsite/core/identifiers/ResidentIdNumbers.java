package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The check of an 18-character identity number (公民身份号码, GB 11643-1999; also the 2023
 * 外国人永久居留身份证号码, which follows the same layout and check): 17 digits and a check character,
 * the first digit not 0, digits 7–14 a real birth date between {@link #EARLIEST_BIRTH_YEAR} and the
 * day of the check.
 *
 * <p>This is the one definition GovSite uses: screening reports and masks exactly the numbers it
 * accepts, and the mailbox accepts exactly these in a letter's ID field. A lower-case {@code x} is
 * accepted for the check character {@code X}, since people type it so.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ResidentIdNumbers {
  /** GB 11643-1999 (号码的结构): 6-digit address code, 8-digit birth date, 3-digit sequence, 1 check character. */
  public static final int LENGTH = 18;

  /**
   * GB 11643-1999 校验码 (ISO 7064 MOD 11-2): the check character for a weighted sum mod 11 of
   * 0, 1, …, 10; {@code X} stands for 10.
   */
  public static final String CHECK_CHARACTERS = "10X98765432";

  /** GB 11643-1999 《公民身份号码》: the year the 18-digit number with a check character was introduced. */
  public static final int STANDARD_YEAR = 1999;

  /**
   * GovSite's choice, above the longest verified human life (122 years, Guinness World Records),
   * leaving room for the unverified ages that household registers record.
   */
  public static final int OLDEST_AGE = 130;

  /**
   * The earliest birth year accepted, {@value #STANDARD_YEAR} − {@value #OLDEST_AGE}: every holder
   * of an 18-digit number was alive when GB 11643-1999 replaced the 15-digit numbers.
   */
  public static final int EARLIEST_BIRTH_YEAR = STANDARD_YEAR - OLDEST_AGE;

  /**
   * The first digit of a GB/T 2260 province code (1–8, 北京 11 … 澳门 82) or 9, the first digit of
   * the 2023 permanent-residence card of a foreigner (国家移民管理局《新版外国人永久居留身份证机读信息规则》:
   * “公民身份号码首位为 1-8”, 永居证号码首位为“9”, same MOD 11-2 check). No number starts with 0.
   */
  private static final char FIRST_DIGIT_MIN = '1';

  /** GB 11643-1999 校验码: the weights 2^(i−1) mod 11 of the first 17 digits, i counted from the right (18 … 2). */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** Birth dates are compared with the day of the check in China. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private ResidentIdNumbers() {}

  /** Returns whether {@code text} is an identity number whose birth date is not after today in China. */
  public static boolean isValid(CharSequence text) {
    // Today is read only for a number that gets as far as its birth date.
    return hasCheckCharacter(Checks.notNull(text, "text")) && birthDateIsPlausible(text, LocalDate.now(CHINA));
  }

  /**
   * Returns whether {@code text} is an identity number as of a day: 18 characters, 17 ASCII digits
   * not starting with 0, a birth date from {@link #EARLIEST_BIRTH_YEAR} up to {@code asOf}, and the
   * GB 11643 check character ({@code X} or {@code x} for 10). Never throws for a non-null text.
   */
  public static boolean isValid(CharSequence text, LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return hasCheckCharacter(Checks.notNull(text, "text")) && birthDateIsPlausible(text, asOf);
  }

  /** Whether 18 characters are 17 digits not starting with 0 and their check character. */
  private static boolean hasCheckCharacter(CharSequence text) {
    if (text.length() != LENGTH || text.charAt(0) < FIRST_DIGIT_MIN) {
      return false;
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (!digit(text.charAt(i))) {
        return false;
      }
    }
    char last = Character.toUpperCase(text.charAt(LENGTH - 1));
    return last == check(text);
  }

  /**
   * Returns the check character of the first 17 digits of a number, {@code 0}–{@code 9} or
   * {@code X}.
   *
   * @throws org.govsite.core.InvalidInputException naming {@code first17} unless it holds 17 ASCII digits
   */
  public static char checkCharacter(CharSequence first17) {
    Checks.notNull(first17, "first17");
    boolean digits = first17.length() == LENGTH - 1;
    for (int i = 0; digits && i < first17.length(); i++) {
      digits = digit(first17.charAt(i));
    }
    Checks.argument(digits, "first17", "须为17位数字", "must be 17 digits: '" + first17 + "'");
    return check(first17);
  }

  private static char check(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  // Checked without LocalDate.of, whose exception for 0230 would be thrown for every random digit
  // run that screening tries.
  private static boolean birthDateIsPlausible(CharSequence s, LocalDate asOf) {
    int y = number(s, 6, 10);
    int m = number(s, 10, 12);
    int d = number(s, 12, 14);
    if (y < EARLIEST_BIRTH_YEAR || m < 1 || m > 12 || d < 1 || d > Month.of(m).length(Year.isLeap(y))) {
      return false;
    }
    return y * 10_000 + m * 100 + d <= asOf.getYear() * 10_000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
  }

  private static int number(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
