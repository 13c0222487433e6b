package org.govsite.core.screening;

import org.govsite.core.identifiers.LandlineNumbers;
import org.jspecify.annotations.Nullable;

/**
 * Finds a landline number with its area code (固定电话) in folded text, as people write it:
 * {@code 010-12345678}, {@code (0571)87654321}, {@code （0571） 87654321}, {@code 0755 8888 6666},
 * {@code 0571-8765-4321}, {@code 057187654321}, with an extension {@code -801}, {@code 转801},
 * {@code #801} or {@code 分机801}. The number's shape is checked by {@link LandlineNumbers}; a match
 * glued to another letter or digit is none.
 *
 * <p>The mask keeps what a mobile number's mask keeps (RULES §4, {@code 138****1234}): the part
 * that names a place and the last 4 digits, hiding 4. For a landline that is the area code and the
 * last 4 digits of the subscriber number — {@code 0571-****4321}, {@code 010-****5678} — and of a
 * 7-digit number the last 3, so that 4 are hidden there too ({@code 0731-****123}); an extension is
 * hidden, as it follows the kept digits.
 */
final class Landlines {
  /** RULES §4 ({@code 138****1234}): the last 4 digits of a phone number stay visible. */
  static final int KEEP_END = 4;
  /** RULES §4 ({@code 138****1234}): 4 digits of a phone number are hidden, whatever its length. */
  static final int HIDDEN = 4;
  /** The longest extension read: 5 digits. */
  private static final int MAX_EXTENSION = 5;
  /** Words that lead an extension besides a hyphen: 转 and 分机 (read out), # (typed). */
  private static final String[] EXTENSION_MARKS = {"-", "转", "#", "分机"};

  /** A landline found: [start, end) in the text, the area code's and the subscriber number's digit counts. */
  record Match(int start, int end, int areaDigits, int subscriberDigits) {}

  private Landlines() {}

  /**
   * Returns the landline starting at a run of digits at {@code at} (not glued to a letter or digit
   * before it), or null. A bracket right before the run starts the match.
   */
  static @Nullable Match match(char[] f, int at) {
    int n = f.length;
    boolean bracketed = at > 0 && f[at - 1] == '(';
    int runEnd = digitsEnd(f, at);
    int area = LandlineNumbers.areaCodeLength(new String(f, at, Math.min(runEnd - at, 4)));
    if (area < 0) {
      return null;
    }
    int p;
    if (bracketed) {
      if (runEnd - at != area || runEnd >= n || f[runEnd] != ')') {
        return null;
      }
      p = runEnd + 1;
      if (p < n && f[p] == ' ') {
        p++;
      }
    } else if (runEnd - at == area) {
      if (runEnd + 1 >= n || !separator(f[runEnd])) {
        return null;
      }
      p = runEnd + 1;
    } else {
      p = at + area; // unseparated: 057187654321
    }
    int[] sub = subscriber(f, p, area);
    if (sub == null) {
      return null;
    }
    int end = sub[0];
    int ext = extension(f, end);
    if (ext > end) {
      end = ext;
    } else if (end < n && alnum(f[end])) {
      return null;
    }
    return new Match(bracketed ? at - 1 : at, end, area, sub[1]);
  }

  /** The subscriber number at p, one run or two groups (8888 6666, 8765-4321): {end, digit count}, or null. */
  private static int @Nullable [] subscriber(char[] f, int p, int area) {
    int e1 = digitsEnd(f, p);
    int len = e1 - p;
    if (LandlineNumbers.isSubscriber(new String(f, p, len), area)) {
      return new int[] {e1, len};
    }
    if ((len == 3 || len == 4) && e1 + 1 < f.length && separator(f[e1])) {
      int e2 = digitsEnd(f, e1 + 1);
      String both = new String(f, p, len) + new String(f, e1 + 1, e2 - e1 - 1);
      if (e2 - e1 - 1 == 4 && LandlineNumbers.isSubscriber(both, area)) {
        return new int[] {e2, both.length()};
      }
    }
    return null;
  }

  /** The end of an extension right after the number, or {@code end} when there is none. */
  private static int extension(char[] f, int end) {
    for (String mark : EXTENSION_MARKS) {
      int p = end;
      int k = 0;
      while (k < mark.length() && p < f.length && f[p] == mark.charAt(k)) {
        p++;
        k++;
      }
      if (k < mark.length()) {
        continue;
      }
      int e = digitsEnd(f, p);
      if (e > p && e - p <= MAX_EXTENSION && (e >= f.length || !alnum(f[e]))) {
        return e;
      }
    }
    return end;
  }

  /**
   * Returns the masked form of a landline span: area code and the last {@value #KEEP_END} digits of
   * the subscriber number visible (of a 7-digit one the last 3), every other digit {@code *}; the span
   * keeps its length.
   */
  static String mask(String span) {
    char[] f = new char[span.length()];
    int first = -1;
    for (int i = 0; i < f.length; i++) {
      f[i] = PersonalDataScanner.foldChar(span.charAt(i));
      if (first < 0 && f[i] >= '0' && f[i] <= '9') {
        first = i;
      }
    }
    @Nullable Match m = first < 0 ? null : match(f, first);
    int keepStart = m == null ? 0 : m.areaDigits();
    int keepTo = m == null ? 0 : m.areaDigits() + m.subscriberDigits();
    int keepEnd = m == null ? 0 : Math.min(KEEP_END, m.subscriberDigits() - HIDDEN);
    StringBuilder b = new StringBuilder(span.length());
    int seen = 0;
    for (int i = 0; i < f.length; i++) {
      char c = span.charAt(i);
      if (PersonalDataScanner.readsAsAlnum(c)) {
        b.append(seen < keepStart || seen >= keepTo - keepEnd && seen < keepTo ? c : '*');
        seen++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Returns whether a folded char may join the parts of a landline although it is no letter or digit:
   * the brackets around an area code and the words before an extension. Streaming never cuts a
   * window there, or a number could be read shorter than it is ({@code (0571)8765432|1}).
   */
  static boolean joins(char folded) {
    return "()#转分机".indexOf(folded) >= 0;
  }

  private static int digitsEnd(char[] f, int p) {
    int e = p;
    while (e < f.length && f[e] >= '0' && f[e] <= '9') {
      e++;
    }
    return e;
  }

  /** One separator between the area code and the number, or between two groups of the number. */
  private static boolean separator(char c) {
    return c == '-' || c == ' ' || c == '\u2010' || c == '\u2013' || c == '\u2014';
  }

  private static boolean alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
  }
}
