package org.govsite.core.screening;

import java.util.ArrayList;
import java.util.List;
import org.govsite.core.text.TextNormalizer;

/**
 * Hides runs of {@link PublicCopyMasker#MIN_DIGIT_RUN} or more digits joined by separators, in a
 * text the checked-number masker has already masked. A star the masker wrote breaks a run, so a
 * number masked as RULES §4 shows it ({@code 138****1234}) keeps its visible ends; a star the
 * writer typed ({@code 0731*8456*1234}) joins one.
 *
 * <p>Chinese numerals count as digits ({@value #CHINESE_DIGITS}, and the financial forms
 * {@value #FINANCIAL_DIGITS}): a number read out or typed to dodge a filter
 * ({@code 一三八一二三四五六七八}, {@code 幺三八…}, {@code 138一二三四五六七八}) is a run like any other.
 * Ordinary text has no seven of them in a row ({@code 第一二三条}, {@code 二〇二六年十一月三十日}: 十 is
 * not a digit), so the threshold keeps it readable.
 */
final class DigitRuns {
  private static final TextNormalizer FOLD = TextNormalizer.builder().toSimplified(false).build();
  /** Years a date or a span of years may start with; outside them a 4-digit group is just digits. */
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2099;
  /** Chinese numerals read as the digits 0–9 (〇 and 零 are 0, 幺 is 1 as read out on the phone, 两 is 2). */
  static final String CHINESE_DIGITS = "〇零一二三四五六七八九幺两";
  /** The financial forms (大写数字) of 1–9. */
  static final String FINANCIAL_DIGITS = "壹贰叁肆伍陆柒捌玖";
  private static final int[] CHINESE_VALUES = {0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2};

  private DigitRuns() {}

  /**
   * @param original the text before the checked masker
   * @param masked the checked masker's output, of the same length
   */
  static String hide(String original, String masked) {
    int n = masked.length();
    char[] out = masked.toCharArray();
    int i = 0;
    while (i < n) {
      if (!digit(masked.charAt(i))) {
        i++;
        continue;
      }
      List<int[]> groups = new ArrayList<>();
      int j = i;
      while (true) {
        int e = j;
        while (e < n && digit(masked.charAt(e))) {
          e++;
        }
        groups.add(new int[] {j, e});
        int g = e;
        while (g < n && g - e < PublicCopyMasker.MAX_GAP && separator(original, masked, g)) {
          g++;
        }
        if (g == e || g >= n || !digit(masked.charAt(g))) {
          break;
        }
        j = g;
      }
      hideRun(masked, groups, out);
      i = groups.get(groups.size() - 1)[1];
    }
    return new String(out);
  }

  private static void hideRun(String s, List<int[]> groups, char[] out) {
    boolean[] kept = new boolean[groups.size()];
    for (int k = 0; k + 2 < groups.size(); k++) {
      if (date(s, groups, k)) {
        kept[k] = kept[k + 1] = kept[k + 2] = true;
        k += 2;
      }
    }
    if (groups.size() == 2 && year(s, groups.get(0)) && year(s, groups.get(1))) {
      kept[0] = kept[1] = true; // 2019-2020: a span of years
    }
    int k = 0;
    while (k < groups.size()) {
      if (kept[k]) {
        k++;
        continue;
      }
      int from = k;
      int digits = 0;
      while (k < groups.size() && !kept[k]) {
        digits += groups.get(k)[1] - groups.get(k)[0];
        k++;
      }
      if (digits >= PublicCopyMasker.MIN_DIGIT_RUN) {
        for (int x = from; x < k; x++) {
          for (int p = groups.get(x)[0]; p < groups.get(x)[1]; p++) {
            out[p] = '*';
          }
        }
      }
    }
  }

  /** yyyy-m-d, yyyy.mm.dd or yyyy/mm/dd with one separator character, the same twice. */
  private static boolean date(String s, List<int[]> groups, int k) {
    int[] y = groups.get(k);
    int[] m = groups.get(k + 1);
    int[] d = groups.get(k + 2);
    if (!year(s, y) || m[0] - y[1] != 1 || d[0] - m[1] != 1) {
      return false;
    }
    char sep1 = FOLD.fold(s.charAt(y[1]));
    char sep2 = FOLD.fold(s.charAt(m[1]));
    if (sep1 != sep2 || "-./".indexOf(sep1) < 0) {
      return false;
    }
    int month = value(s, m, 2);
    int day = value(s, d, 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  private static boolean year(String s, int[] g) {
    int v = value(s, g, 4);
    return g[1] - g[0] == 4 && v >= FIRST_YEAR && v <= LAST_YEAR;
  }

  /** The group's value, or -1 when it has more than {@code maxDigits} digits. */
  private static int value(String s, int[] g, int maxDigits) {
    if (g[1] - g[0] > maxDigits) {
      return -1;
    }
    int v = 0;
    for (int p = g[0]; p < g[1]; p++) {
      v = v * 10 + digitValue(s.charAt(p));
    }
    return v;
  }

  private static boolean digit(char c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9'; // ASCII folds to itself: skip the table on most characters
    }
    return digitValue(c) >= 0;
  }

  /** The value of a digit, Arabic in any width or Chinese; -1 for anything else. */
  static int digitValue(char c) {
    return VALUES[c];
  }

  /** The value of every UTF-16 unit, built once: the scan reads one array entry a character. */
  private static final byte[] VALUES = values();

  private static byte[] values() {
    byte[] v = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char f = FOLD.fold((char) c);
      v[c] = (byte) (f >= '0' && f <= '9' ? f - '0' : -1);
    }
    for (int k = 0; k < CHINESE_DIGITS.length(); k++) {
      v[CHINESE_DIGITS.charAt(k)] = (byte) CHINESE_VALUES[k];
    }
    for (int k = 0; k < FINANCIAL_DIGITS.length(); k++) {
      v[FINANCIAL_DIGITS.charAt(k)] = (byte) (k + 1);
    }
    return v;
  }

  /** A separator between digits; a star counts only when the writer typed it, not when a mask wrote it. */
  private static boolean separator(String original, String masked, int i) {
    char c = masked.charAt(i);
    if (c == '*') {
      return original.charAt(i) == '*';
    }
    char f = FOLD.fold(c);
    return " \t\u00a0\u3000-._/()[]【】（）·#+*~\u2010\u2011\u2012\u2013\u2014\u2015－".indexOf(f) >= 0
        || " \t\u00a0\u3000-._/()[]【】（）·#+*~\u2010\u2011\u2012\u2013\u2014\u2015－".indexOf(c) >= 0;
  }
}
