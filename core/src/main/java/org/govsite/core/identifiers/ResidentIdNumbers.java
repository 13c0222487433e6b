package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The check of an 18-character identity number (公民身份号码, GB 11643-1999; also the 2023
 * 外国人永久居留身份证号码, which follows the same layout and check): 17 digits and a check character,
 * starting with a province code of {@link #PROVINCE_CODES} (or 9 and one, for a foreigner's card),
 * digits 7–14 a real birth date between {@link #EARLIEST_BIRTH_YEAR} and the day of the check.
 *
 * <p>{@link #isCandidate} is the same without the check character: an 18-digit number shaped like
 * an identity number, whose check character may be mistyped. Screening never reports such a
 * number as a bank card, and does not report it as an identity number either (RULES §5: a number
 * failing its check is not reported as that kind of data); a public copy hides it all the same.
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
   * GB/T 2260 (中华人民共和国行政区划代码), the province-level codes an 18-digit number's address
   * code starts with: 北京 11 … 新疆 65, 台湾 71, 香港 81, 澳门 82, and 83, the address code of the
   * 台湾居民居住证 (《港澳台居民居住证申领发放办法》, 2018; 香港 and 澳门 residents' permits use 81 and 82).
   */
  public static final List<String> PROVINCE_CODES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
      "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
      "65", "71", "81", "82", "83");

  /**
   * The first digit of the 2023 permanent-residence card of a foreigner (国家移民管理局《新版外国人永久居留身份证机读信息规则》:
   * 永居证号码首位为“9”, the 2nd–3rd digits the province code of the place that issued it, the birth date at
   * 7–14, same MOD 11-2 check). No number starts with 0.
   */
  private static final char FOREIGNER_FIRST_DIGIT = '9';

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
   * starting with a province code (or 9 and one), a birth date from {@link #EARLIEST_BIRTH_YEAR} up to {@code asOf}, and the
   * GB 11643 check character ({@code X} or {@code x} for 10). Never throws for a non-null text.
   */
  public static boolean isValid(CharSequence text, LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return hasCheckCharacter(Checks.notNull(text, "text")) && birthDateIsPlausible(text, asOf);
  }

  /**
   * Returns whether {@code text} is shaped like an identity number as of a day, whatever its check
   * character: 18 characters, 17 ASCII digits starting with a province code (or 9 and one), a birth
   * date from {@link #EARLIEST_BIRTH_YEAR} up to {@code asOf}, and a digit, {@code X} or {@code x}
   * last. Never throws for a non-null text.
   */
  public static boolean isCandidate(CharSequence text, LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return shaped(Checks.notNull(text, "text")) && birthDateIsPlausible(text, asOf);
  }

  /** Returns {@link #isCandidate(CharSequence, LocalDate)} as of today in China. */
  public static boolean isCandidate(CharSequence text) {
    return shaped(Checks.notNull(text, "text")) && birthDateIsPlausible(text, LocalDate.now(CHINA));
  }

  /** Whether 18 characters are 17 digits led by a province code and a digit or X. */
  private static boolean shaped(CharSequence text) {
    if (text.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (!digit(text.charAt(i))) {
        return false;
      }
    }
    char last = text.charAt(LENGTH - 1);
    if (!digit(last) && last != 'X' && last != 'x') {
      return false;
    }
    int province = text.charAt(0) == FOREIGNER_FIRST_DIGIT ? 1 : 0;
    return PROVINCE_CODES.contains(text.subSequence(province, province + 2).toString());
  }

  /** Whether a shaped number ends in its check character. */
  private static boolean hasCheckCharacter(CharSequence text) {
    return shaped(text) && Character.toUpperCase(text.charAt(LENGTH - 1)) == check(text);
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
