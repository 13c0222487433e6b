package org.govsite.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides names written with separators between their characters (间隔书写的姓名: {@code 欧 阳 建 国},
 * {@code 张 三}, {@code 王·小明}, {@code 李-四}) that are neither the writer's own nor after a cue,
 * erring on hiding: a run of single Han characters joined by separators that starts with a surname
 * of the bundled list ({@link Surnames}) is a name, masked as surname + 某 like every other name.
 *
 * <p>The rule, over a chain of Han words joined by 1–{@value PublicCopyMasker#MAX_GAP} separator
 * characters ({@link PublicCopyMasker#nameSeparator}):
 * <ul>
 *   <li>the name starts with a one-character word that is a surname ({@code 张 三}), a two-character
 *       word that is a compound surname ({@code 欧阳 建国}), or two one-character words that make
 *       one ({@code 欧 阳 建 国});</li>
 *   <li>the given name is one or two characters, each a one-character word; the last may be the
 *       first of a longer word ({@code 王 小明}, {@code 张 三反映}): then up to two characters of
 *       it are hidden, as a given name has at most two;</li>
 *   <li>a surname that ends a longer word ({@code 来电王 小 明}) starts a name only when two or more
 *       one-character words follow it, the given name alone: {@code 长沙·株洲} and {@code 新华 社} stay;</li>
 *   <li>five or more one-character words in a row are spaced-out prose or verse
 *       ({@code 白 日 依 山 尽}), not a name, and a run that is or starts with a heading word of
 *       {@code spaced-words.txt} ({@code 简　介}, {@code 时　间}, {@code 关 于 印 发}) is not a name either.</li>
 * </ul>
 */
final class SpacedNames {
  private static final int MAX_NAME = 4;
  private static final int MAX_GIVEN = 2;
  /** More one-character words in a row than a name has characters: spaced-out text. */
  private static final int SPACED_TEXT = MAX_NAME + 1;

  private SpacedNames() {}

  /** Separator characters by UTF-16 unit, built once: the scan reads one array entry a character. */
  private static final boolean[] SEPARATOR = separators();

  private static boolean[] separators() {
    boolean[] t = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      t[c] = PublicCopyMasker.nameSeparator((char) c);
    }
    return t;
  }

  /** Han characters of the Basic Multilingual Plane by UTF-16 unit; others are looked up as code points. */
  private static final boolean[] HAN = han();

  private static boolean[] han() {
    boolean[] t = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      t[c] = !Character.isSurrogate((char) c) && Character.isIdeographic(c);
    }
    return t;
  }

  private static boolean hanAt(String s, int i) {
    char c = s.charAt(i);
    return Character.isSurrogate(c) ? Character.isIdeographic(s.codePointAt(i)) : HAN[c];
  }

  private static boolean hanBefore(String s, int i) {
    char c = s.charAt(i - 1);
    return Character.isSurrogate(c) ? Character.isIdeographic(s.codePointBefore(i)) : HAN[c];
  }

  static String hide(String s) {
    StringBuilder out = null;
    int last = 0;
    int scanned = 0;
    int n = s.length();
    // Only a separator after a Han character can join a chain: look there, not at every character.
    for (int i = 1; i < n; i++) {
      if (!SEPARATOR[s.charAt(i)] || i <= scanned || !hanBefore(s, i)) {
        continue;
      }
      int start = i - Character.charCount(s.codePointBefore(i));
      while (start > scanned && hanBefore(s, start)) {
        start -= Character.charCount(s.codePointBefore(start));
      }
      List<int[]> words = chain(s, start);
      scanned = words.get(words.size() - 1)[1];
      if (words.size() >= 2) {
        for (int[] span : names(s, words)) {
          if (span[0] < last) {
            continue; // never reached: chains do not overlap; kept so a change cannot garble the text
          }
          if (out == null) {
            out = new StringBuilder(n);
          }
          out.append(s, last, span[0]).appendCodePoint(s.codePointAt(span[0])).append('某');
          last = span[1];
        }
      }
    }
    return out == null ? s : out.append(s, last, n).toString();
  }

  /** The Han words from {@code i} joined by separators: [start, end) of each, in chars. */
  private static List<int[]> chain(String s, int i) {
    List<int[]> words = new ArrayList<>();
    int n = s.length();
    int at = i;
    while (true) {
      int e = at;
      while (e < n && hanAt(s, e)) {
        e += Character.isHighSurrogate(s.charAt(e)) ? 2 : 1;
      }
      words.add(new int[] {at, e});
      int g = e;
      while (g < n && g - e < PublicCopyMasker.MAX_GAP && SEPARATOR[s.charAt(g)]) {
        g++;
      }
      if (g == e || g >= n || !hanAt(s, g)) {
        return words;
      }
      at = g;
    }
  }

  private static int length(String s, int[] w) {
    return s.codePointCount(w[0], w[1]);
  }

  /** The spans of the names in one chain, in order, not overlapping. */
  private static List<int[]> names(String s, List<int[]> words) {
    List<int[]> spans = new ArrayList<>();
    int k = words.size();
    // Runs of one-character words: five or more in a row are spaced-out text, skipped whole.
    boolean[] spacedText = new boolean[k];
    for (int a = 0; a < k; ) {
      int b = a;
      while (b < k && length(s, words.get(b)) == 1) {
        b++;
      }
      for (int x = a; x < b && b - a >= SPACED_TEXT; x++) {
        spacedText[x] = true;
      }
      a = Math.max(b, a + 1);
    }
    int j = 0;
    while (j < k - 1) {
      int[] span = nameAt(s, words, j, spacedText);
      if (span.length == 0) {
        j++;
        continue;
      }
      if (span[0] >= 0) {
        spans.add(new int[] {span[0], span[1]});
      }
      j = span[2];
    }
    return spans;
  }

  /**
   * A name starting in word {@code j}: {start, end, next word}; {-1, -1, next word} after a heading
   * word; or an empty array.
   */
  private static int[] nameAt(String s, List<int[]> words, int j, boolean[] spacedText) {
    int k = words.size();
    if (spacedText[j]) {
      return new int[0];
    }
    int[] w = words.get(j);
    int len = length(s, w);
    int start;
    int surname;
    boolean attached = false;
    int t = j + 1;
    int c0 = s.codePointAt(w[0]);
    if (len == 1) {
      start = w[0];
      surname = 1;
    } else if (len == 2 && Surnames.compound(c0, s.codePointAt(s.offsetByCodePoints(w[0], 1)))) {
      start = w[0];
      surname = 2;
    } else {
      start = s.offsetByCodePoints(w[1], -1);
      surname = 1;
      attached = true;
    }
    int first = s.codePointAt(start);
    if (surname == 1 && t < k && length(s, words.get(t)) == 1 && !spacedText[t]
        && Surnames.compound(first, s.codePointAt(words.get(t)[0]))) {
      surname = 2; // 欧 阳 建 国: the compound surname spelled apart
      t++;
    } else if (surname == 1 && !Surnames.single(first)) {
      return new int[0];
    }
    int given = 0;
    int end = surname == 2 && t > j + 1 ? words.get(t - 1)[1] : w[1];
    boolean attachedEnd = false;
    while (t < k && given < MAX_GIVEN && surname + given < MAX_NAME) {
      int[] f = words.get(t);
      if (spacedText[t]) {
        return new int[0];
      }
      int flen = length(s, f);
      if (flen == 1) {
        given++;
        end = f[1];
        t++;
        continue;
      }
      int take = Math.min(flen, Math.min(MAX_GIVEN - given, MAX_NAME - surname - given));
      end = s.offsetByCodePoints(f[0], take);
      given += take;
      attachedEnd = true;
      t++;
      break;
    }
    if (given == 0 || attached && (attachedEnd || given < 2)) {
      return new int[0];
    }
    String joined = joined(s, start, end);
    if (Surnames.notAName(joined.substring(0, joined.offsetByCodePoints(0, 2)))) {
      // 关 于 印 发: the heading word is skipped whole, so 于 印 发 is not read as a name either.
      return new int[] {-1, -1, len >= 2 ? j + 1 : j + 2};
    }
    if (joined.indexOf('某') >= 0 || Surnames.notAName(joined)) {
      return new int[0];
    }
    return new int[] {start, end, t};
  }

  private static String joined(String s, int start, int end) {
    StringBuilder b = new StringBuilder();
    s.substring(start, end).codePoints().filter(Character::isIdeographic).forEach(b::appendCodePoint);
    return b.toString();
  }
}
