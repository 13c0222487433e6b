package org.govsite.core.text;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * Text normalization (文本归一化) shared by screening and search: a chain of small 1:1 character
 * steps — full-width → half-width, letter case, styled digits and letters (①, ㈤, Ａ), numerals as
 * digits (三, 叁, ⑸ → 3; on for screening, off for search), traditional → simplified characters — plus a set of noise characters to ignore and the collapse of repeated
 * characters.
 *
 * <p>The steps are precomputed into one 65,536-entry table, so {@link #fold(char)} is one array
 * lookup and never changes a text's length: offsets found in a folded text are offsets in the
 * original. Instances are immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public final class TextNormalizer {
  /**
   * The default noise characters (干扰字符): spaces, zero-width characters and the symbols people
   * insert to split a term ({@code 法*轮}, {@code 法 轮}). Chinese punctuation is not noise: it
   * separates sentences, and treating it as noise would join words across them.
   */
  public static final String DEFAULT_NOISE = " \t\u00A0\u200B\u200C\u200D\u2060\uFEFF\u3000"
      + "*#@_-~^|/\\+=`'\".,:;!?&%$<>()[]{}·•・×※‧";

  private static final TextNormalizer STANDARD = builder().build();
  private static final TextNormalizer SCREENING = builder().foldNumerals(true).build();
  private static final TextNormalizer NONE = builder().foldWidth(false).foldCase(false).foldStyled(false)
      .toSimplified(false).noiseCharacters("").collapseRepeats(false).build();

  private final Builder settings;
  private final char[] table;
  private final BitSet noise;
  private final String noiseCharacters;
  private final boolean collapseRepeats;
  private final String description;

  private TextNormalizer(Builder settings, char[] table, BitSet noise, String noiseCharacters, boolean collapseRepeats,
      String description) {
    this.settings = settings;
    this.table = table;
    this.noise = noise;
    this.noiseCharacters = noiseCharacters;
    this.collapseRepeats = collapseRepeats;
    this.description = description;
  }

  /**
   * Returns the standard chain shared with search: width, case, styled forms and traditional
   * characters folded, {@link #DEFAULT_NOISE}, repeats collapsed; numerals are not folded (search
   * keeps the word 一 apart from the digit 1).
   */
  public static TextNormalizer standard() {
    return STANDARD;
  }

  /**
   * Returns the screening chain (检查用归一化): {@link #standard()} plus numerals folded to digits,
   * so a term {@code 下三滥} is found written {@code 下3滥} or {@code 下叁滥} and the reverse.
   */
  public static TextNormalizer screening() {
    return SCREENING;
  }

  /** Returns the identity: no folding, no noise, no collapsing (raw matching). */
  public static TextNormalizer none() {
    return NONE;
  }

  /** Returns a builder starting from the standard chain. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the folded form of one UTF-16 unit (same length, so offsets stay valid). */
  public char fold(char c) {
    return table[c];
  }

  /** Returns the text with every char folded; the result has the length of the input. */
  public String fold(CharSequence text) {
    Checks.notNull(text, "text");
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = table[text.charAt(i)];
    }
    return new String(out);
  }

  /** Returns whether a char is a noise character (judged on its folded form). */
  public boolean isNoise(char c) {
    return noise.get(table[c]);
  }

  /** Returns whether runs of one repeated character are collapsed ({@code 赌赌博博} → {@code 赌博}). */
  public boolean collapsesRepeats() {
    return collapseRepeats;
  }

  /** Returns a builder with this normalizer's settings, to change some of them. */
  public Builder toBuilder() {
    return settings.copy();
  }

  /** Returns whether full-width forms are folded. */
  public boolean foldsWidth() {
    return settings.width;
  }

  /** Returns whether letters are folded to lower case. */
  public boolean foldsCase() {
    return settings.lowerCase;
  }

  /** Returns whether styled digits and letters are folded. */
  public boolean foldsStyled() {
    return settings.styled;
  }

  /** Returns whether numerals are folded to ASCII digits. */
  public boolean foldsNumerals() {
    return settings.numerals;
  }

  /** Returns whether traditional characters are folded to simplified ones. */
  public boolean foldsToSimplified() {
    return settings.simplified;
  }

  /** Returns the configured noise characters as given. */
  public String noiseCharacters() {
    return noiseCharacters;
  }

  /**
   * Returns the normalized text: folded, noise removed, repeats collapsed. Idempotent:
   * {@code normalize(normalize(s)).equals(normalize(s))}.
   */
  public String normalize(CharSequence text) {
    Checks.notNull(text, "text");
    StringBuilder b = new StringBuilder(text.length());
    char prev = 0;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = table[text.charAt(i)];
      if (noise.get(c)) {
        continue;
      }
      if (collapseRepeats && any && c == prev) {
        continue;
      }
      b.append(c);
      prev = c;
      any = true;
    }
    return b.toString();
  }

  /** Two normalizers are equal when they fold, drop and collapse alike. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TextNormalizer n && (n == this || (n.collapseRepeats == collapseRepeats
        && n.noise.equals(noise) && Arrays.equals(n.table, table)));
  }

  @Override
  public int hashCode() {
    return description.hashCode() * 31 + noise.hashCode();
  }

  @Override
  public String toString() {
    return "TextNormalizer[" + description + "]";
  }

  /** Configures a {@link TextNormalizer}; every step is on by default. */
  @API(status = MAINTAINED, since = "0.1")
  public static final class Builder {
    private static final java.util.Map<String, char[]> TABLES = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean width = true;
    private boolean lowerCase = true;
    private boolean styled = true;
    private boolean numerals;
    private boolean simplified = true;
    private String noiseCharacters = DEFAULT_NOISE;
    private boolean collapseRepeats = true;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.width = width;
      b.lowerCase = lowerCase;
      b.styled = styled;
      b.numerals = numerals;
      b.simplified = simplified;
      b.noiseCharacters = noiseCharacters;
      b.collapseRepeats = collapseRepeats;
      return b;
    }

    /** Folds full-width forms to half-width ({@code ＡＢＣ１２３} → {@code ABC123}). */
    public Builder foldWidth(boolean on) {
      this.width = on;
      return this;
    }

    /** Folds letters to lower case. */
    public Builder foldCase(boolean on) {
      this.lowerCase = on;
      return this;
    }

    /** Folds styled digits and letters ({@code ①}, {@code ⑨}, {@code ㈤}, {@code Ⓐ}). */
    public Builder foldStyled(boolean on) {
      this.styled = on;
      return this;
    }

    /**
     * Folds numerals to ASCII digits (off by default here, on in {@link #screening()}): every
     * Unicode form of one digit (①, ❹, ⑸, ⒋, ⁹, ₈, ➃, ㈤, ㊄, ٣) and the Chinese numerals 〇 零 一 … 九,
     * 两 and 壹 … 玖. Forms of numbers above 9 (⑩, 十) stay: a fold maps one char to one char.
     */
    public Builder foldNumerals(boolean on) {
      this.numerals = on;
      return this;
    }

    /** Folds traditional characters to simplified ones (OpenCC TSCharacters). */
    public Builder toSimplified(boolean on) {
      this.simplified = on;
      return this;
    }

    /** Sets the noise characters, ignored between the characters of a term; may be empty. */
    public Builder noiseCharacters(String chars) {
      Checks.notNull(chars, "noiseCharacters");
      for (int i = 0; i < chars.length(); i++) {
        Checks.argument(!Character.isLetterOrDigit(chars.charAt(i)) && !Character.isSurrogate(chars.charAt(i)),
            "noiseCharacters", "干扰字符不能是字母、数字或代理字符",
            "noise characters must not be letters, digits or surrogates: '" + chars.charAt(i) + "'");
      }
      this.noiseCharacters = chars;
      return this;
    }

    /** Collapses runs of one repeated character. */
    public Builder collapseRepeats(boolean on) {
      this.collapseRepeats = on;
      return this;
    }

    /** Builds the normalizer; tables are shared between normalizers with the same steps. */
    public TextNormalizer build() {
      List<FoldSteps.Step> steps = new ArrayList<>();
      StringBuilder key = new StringBuilder();
      if (width) {
        steps.add(FoldSteps.WIDTH);
        key.append("width,");
      }
      if (styled) {
        steps.add(FoldSteps.STYLED);
        key.append("styled,");
      }
      if (numerals) {
        steps.add(FoldSteps.NUMERALS);
        key.append("numerals,");
      }
      if (lowerCase) {
        steps.add(FoldSteps.CASE);
        key.append("case,");
      }
      if (simplified) {
        steps.add(FoldSteps.SIMPLIFIED);
        key.append("simplified,");
      }
      String k = key.toString();
      char[] table = TABLES.computeIfAbsent(k, x -> FoldSteps.table(steps.toArray(new FoldSteps.Step[0])));
      BitSet noise = new BitSet(65536);
      for (int i = 0; i < noiseCharacters.length(); i++) {
        char c = noiseCharacters.charAt(i);
        // Noise is judged on the folded form: a styled ① would otherwise make every 1 noise.
        Checks.argument(!Character.isLetterOrDigit(table[c]), "noiseCharacters", "干扰字符归一化后不能是字母或数字",
            "a noise character must not fold to a letter or digit: '" + c + "' folds to '" + table[c] + "'");
        noise.set(table[c]);
      }
      String description = (k.isEmpty() ? "no folding" : k.substring(0, k.length() - 1))
          + (noise.isEmpty() ? "" : ", noise") + (collapseRepeats ? ", collapse" : "");
      return new TextNormalizer(copy(), table, noise, noiseCharacters, collapseRepeats, description);
    }
  }
}
