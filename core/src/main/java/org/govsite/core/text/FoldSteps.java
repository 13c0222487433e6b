package org.govsite.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.govsite.core.support.DataFiles;

/**
 * The small steps of the normalization chain, each a char → char function. {@link #table} runs a
 * chain over all 65,536 UTF-16 units once, so that applying the whole chain later costs one array
 * lookup and screening and search share exactly the same folding.
 */
final class FoldSteps {
  private FoldSteps() {}

  /** The Chinese numerals that stand for one digit, and 拾, the financial 十; see {@link #CHINESE_DIGITS}. */
  private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九两壹贰叁肆伍陆柒捌玖拾";
  private static final String CHINESE_DIGITS = "001234567892123456789十";

  /** One step: maps a char to one char (1:1, so offsets in the original text stay valid). */
  @FunctionalInterface
  public interface Step {
    char apply(char c);
  }

  /** Full-width ASCII, the ideographic space, half-width forms, Kangxi radicals and compatibility ideographs. */
  public static final Step WIDTH = c -> {
    if (c == '\u3000') {
      return ' ';
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if ((c >= '\uFF5F' && c <= '\uFFEF') || (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF')) {
      return singleNfkc(c, c);
    }
    return c;
  };

  /** Letter case: upper → lower. */
  public static final Step CASE = c -> {
    char l = Character.toLowerCase(c);
    return Character.isSurrogate(l) ? c : l;
  };

  /** Styled digits and letters: ① ⑨ ⑴ ⒈ ⓐ Ⓐ ❶ ㈤ ㊄ ² → 1 9 1 1 a A 1 五 五 2. */
  public static final Step STYLED = c -> {
    if (c >= '\u2776' && c <= '\u277E') {
      return (char) ('1' + (c - 0x2776));
    }
    if (c >= '\u2780' && c <= '\u2788') {
      return (char) ('1' + (c - 0x2780));
    }
    if (c >= '\u278A' && c <= '\u2792') {
      return (char) ('1' + (c - 0x278A));
    }
    if (c == '\u24FF' || c == '\u24EA') {
      return '0';
    }
    if ((c >= '\u2460' && c <= '\u24FF') || (c >= '\u3200' && c <= '\u32FF') || (c >= '\u2070' && c <= '\u209F')
        || c == '\u00B2' || c == '\u00B3' || c == '\u00B9' || (c >= '\u2160' && c <= '\u217F')) {
      return singleNfkc(c, c);
    }
    return c;
  };

  /**
   * Numerals as digits (数字归一): every Unicode form of a single digit — decimal digits of any
   * script, circled, negative circled, parenthesized, with full stop, super- and subscript,
   * dingbat, ideographic and enclosed forms (its Unicode numeric value, 0–9) — and the Chinese
   * numerals 〇 零 一 … 九 两 and their financial forms 壹 … 玖 fold to the ASCII digit. Forms of a
   * number above 9 (⑩ ⒑ ⑽ 十 拾) are not one digit and a fold is one char to one char, so they are
   * left as they are (拾 folds to 十, the same number).
   */
  public static final Step NUMERALS = c -> {
    int i = CHINESE_NUMERALS.indexOf(c);
    if (i >= 0) {
      return CHINESE_DIGITS.charAt(i);
    }
    if (c < 0x80 || Character.isIdeographic(c) || Character.isLetter(c) || Character.isSurrogate(c)) {
      return c;
    }
    int type = Character.getType(c);
    if (type != Character.DECIMAL_DIGIT_NUMBER && type != Character.OTHER_NUMBER && type != Character.LETTER_NUMBER) {
      return c;
    }
    int v = Character.getNumericValue(c);
    // Roman numerals are letters people write as words (Ⅴ, Ⅹ); they stay with the styled step.
    boolean roman = c >= '\u2160' && c <= '\u2188';
    return v >= 0 && v <= 9 && !roman && !isFraction(c) ? (char) ('0' + v) : c;
  };

  /** Vulgar fractions (½, ¼) and the like have a numeric value but are not a digit. */
  private static boolean isFraction(char c) {
    String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    return n.indexOf('\u2044') >= 0 || n.indexOf('/') >= 0;
  }

  /** Traditional → simplified characters from OpenCC's TSCharacters table (see the resource's README). */
  public static final Step SIMPLIFIED = new Step() {
    @Override
    public char apply(char c) {
      return TraditionalTable.TABLE[c];
    }
  };

  /** Returns the 65,536-entry table of a chain of steps, closed so that folding twice changes nothing. */
  public static char[] table(Step... steps) {
    char[] t = new char[65536];
    for (int i = 0; i < t.length; i++) {
      char c = (char) i;
      for (Step s : steps) {
        c = s.apply(c);
      }
      t[i] = c;
    }
    // A step's output may be another step's input (Ｗ → W → w); iterate to the fixpoint.
    for (int round = 0; round < 8; round++) {
      boolean changed = false;
      for (int i = 0; i < t.length; i++) {
        char c = t[i];
        for (Step s : steps) {
          c = s.apply(c);
        }
        if (c != t[i]) {
          t[i] = c;
          changed = true;
        }
      }
      if (!changed) {
        return t;
      }
    }
    for (int i = 0; i < t.length; i++) {
      if (t[t[i]] != t[i]) {
        t[i] = (char) i; // a cycle in the data: leave the char alone rather than fold unstably
      }
    }
    return t;
  }

  /** NFKC of one char with brackets, dots and spaces stripped, when that leaves exactly one BMP char. */
  private static char singleNfkc(char c, char otherwise) {
    String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    char found = 0;
    int count = 0;
    for (int i = 0; i < n.length(); i++) {
      char x = n.charAt(i);
      if (x == '(' || x == ')' || x == '.' || x == ' ') {
        continue;
      }
      found = x;
      count++;
    }
    return count == 1 && !Character.isSurrogate(found) ? found : otherwise;
  }

  private static final class TraditionalTable {
    static final char[] TABLE = load();

    private static char[] load() {
      // The table sits with the screening data it was reduced for (see its README there).
      return DataFiles.bundled(FoldSteps.class, "/org/govsite/core/screening/ts-characters.txt", TraditionalTable::parse);
    }

    private static char[] parse(String source, InputStream in) throws IOException {
      char[] t = new char[65536];
      for (int i = 0; i < t.length; i++) {
        t[i] = (char) i;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) {
          continue;
        }
        for (int i = 0; i + 1 < line.length(); i += 2) {
          t[line.charAt(i)] = line.charAt(i + 1);
        }
      }
      return t;
    }
  }
}
