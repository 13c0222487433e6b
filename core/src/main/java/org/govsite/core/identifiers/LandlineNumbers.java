package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The check of a mainland landline number (固定电话号码) with its area code (长途区号): the trunk
 * prefix {@code 0}, an area code, and a subscriber number of {@value #MIN_SUBSCRIBER_LENGTH}–{@value
 * #MAX_SUBSCRIBER_LENGTH} digits — {@code 010-12345678}, {@code 0571-87654321}, {@code 0731-8456123}.
 * Separators, brackets and an extension are the caller's to remove.
 *
 * <p>Source: 工业和信息化部《电信网编号计划》(2017) and the national list of 长途区号: after the trunk
 * prefix 0, the two-digit area codes are 10 (北京) and 2X (广州 20, 上海 21, 天津 22, 重庆 23, 沈阳 24,
 * 南京 25, 武汉 27, 成都 28, 西安 29), and their subscriber numbers have 8 digits; every other area code
 * has three digits (3XX–9XX) and 7 or 8-digit subscriber numbers. A subscriber number never starts
 * with 0, the trunk prefix. The plan gives numbers starting with 1 to services, but a number written
 * after an area code is taken for a landline whatever its first digit (GovSite's choice: {@code
 * 010-12345678} is what people write, and hiding too much is the safe error). There is no check
 * digit, so a number of this shape is taken for a landline; screening looks for it only when the
 * area code is written.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LandlineNumbers {
  /** 电信网编号计划: the shortest subscriber number, 7 digits (smaller cities). */
  public static final int MIN_SUBSCRIBER_LENGTH = 7;
  /** 电信网编号计划: the longest subscriber number, 8 digits (every city of a two-digit area code). */
  public static final int MAX_SUBSCRIBER_LENGTH = 8;
  /** 长途区号 2X: 26 is not a mainland area code (it is kept for 台湾). */
  private static final char UNUSED_2X = '6';

  private LandlineNumbers() {}

  /**
   * Returns the length of the area code a run of digits starts with, trunk prefix included: 3 for
   * {@code 010} and {@code 02X}, 4 for {@code 03XX}–{@code 09XX}, or -1 when it starts with no area
   * code (no leading 0, {@code 00}, {@code 01} other than {@code 010}, {@code 026}, or too short).
   */
  public static int areaCodeLength(CharSequence digits) {
    Checks.notNull(digits, "digits");
    if (digits.length() < 3 || digits.charAt(0) != '0' || !digit(digits.charAt(1)) || !digit(digits.charAt(2))) {
      return -1;
    }
    char second = digits.charAt(1);
    if (second == '1') {
      return digits.charAt(2) == '0' ? 3 : -1;
    }
    if (second == '2') {
      return digits.charAt(2) == UNUSED_2X ? -1 : 3;
    }
    if (second == '0' || digits.length() < 4 || !digit(digits.charAt(3))) {
      return -1;
    }
    return 4;
  }

  /** Returns whether a subscriber number fits an area code of {@code areaCodeLength} (3 or 4) digits. */
  public static boolean isSubscriber(CharSequence subscriber, int areaCodeLength) {
    Checks.notNull(subscriber, "subscriber");
    int n = subscriber.length();
    boolean length = areaCodeLength == 3 ? n == MAX_SUBSCRIBER_LENGTH
        : areaCodeLength == 4 && n >= MIN_SUBSCRIBER_LENGTH && n <= MAX_SUBSCRIBER_LENGTH;
    if (!length || subscriber.charAt(0) < '1' || subscriber.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (!digit(subscriber.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code text} is exactly an area code and a subscriber number, ASCII digits
   * without separators: {@code 01012345678}, {@code 057187654321}. Never throws for a non-null text.
   */
  public static boolean isValid(CharSequence text) {
    int area = areaCodeLength(Checks.notNull(text, "text"));
    return area > 0 && isSubscriber(text.subSequence(area, text.length()), area);
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
