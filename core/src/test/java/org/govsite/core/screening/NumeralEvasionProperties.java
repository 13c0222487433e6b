package org.govsite.core.screening;

import static org.govsite.core.screening.ScreeningAutomatonProperties.dictionary;
import static org.govsite.core.screening.ScreeningAutomatonProperties.matchWithGaps;
import static org.govsite.core.screening.ScreeningAutomatonProperties.scan;
import static org.govsite.core.screening.ScreeningAutomatonProperties.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.govsite.core.text.TextNormalizer;

/**
 * The evasion properties with numeral folding, settable gaps and the word-boundary switch: the
 * automaton equals a naive matcher over the folded text (issue 18).
 */
class NumeralEvasionProperties {
  /** Digits in many forms, Chinese numerals and their financial forms, letters, Han and traditional characters. */
  private static final String CHARS = "a9三3叁③⑶⁹九玖国國兩2下";
  private static final String NOISE = "*_ ";

  @Provide
  Arbitrary<List<String>> terms() {
    return Arbitraries.strings().withChars(CHARS).ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> noisyTexts() {
    return Arbitraries.strings().withChars(CHARS + NOISE + "x").ofMaxLength(60);
  }

  /** A term edge is a word edge when it folds to a Latin letter or digit and is not written as a Han character. */
  private static boolean edgeIsWord(TextNormalizer n, char written) {
    return word(n.fold(written)) && !Character.isIdeographic(written);
  }

  private static String withoutNoise(TextNormalizer n, String term) {
    StringBuilder b = new StringBuilder();
    for (char c : term.toCharArray()) {
      if (!n.isNoise(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<String> naive(TextNormalizer n, List<String> terms, String text, int gap, boolean boundary) {
    return naive(n, terms, text, gap, boundary, false);
  }

  /** With the letter/digit rule a neighbour joins an edge only when both are digits or both letters. */
  private static boolean joins(char neighbour, char edge, boolean letterDigit) {
    return word(neighbour) && (!letterDigit || Character.isDigit(neighbour) == Character.isDigit(edge));
  }

  private static List<String> naive(TextNormalizer n, List<String> terms, String text, int gap, boolean boundary,
      boolean letterDigit) {
    String folded = n.fold(text);
    List<String> expected = new ArrayList<>();
    for (String t : terms) {
      String written = withoutNoise(n, t);
      String ft = n.fold(written);
      for (int i = 0; i < text.length(); i++) {
        int end = matchWithGaps(n, folded, text, ft, i, gap);
        if (end < 0) {
          continue;
        }
        boolean left = boundary && edgeIsWord(n, written.charAt(0)) && i > 0
            && joins(folded.charAt(i - 1), ft.charAt(0), letterDigit);
        boolean right = boundary && edgeIsWord(n, written.charAt(written.length() - 1)) && end < folded.length()
            && joins(folded.charAt(end), ft.charAt(ft.length() - 1), letterDigit);
        if (!left && !right) {
          expected.add(t + "@" + i + "-" + end);
        }
      }
    }
    Collections.sort(expected);
    return expected;
  }

  @Property
  void numeralFoldedMatchesEqualNaive(@ForAll("terms") List<String> terms, @ForAll("noisyTexts") String text,
      @ForAll @IntRange(min = 0, max = 6) int gap, @ForAll boolean boundary) {
    TextNormalizer n = TextNormalizer.screening().toBuilder().noiseCharacters(NOISE).collapseRepeats(false).build();
    Screener s = Screener.builder().dictionary(dictionary(terms)).normalizer(n).maxNoiseGap(gap)
        .wordBoundary(boundary).build();
    assertEquals(naive(n, terms, text, gap, boundary), scan(s, text));
  }

  @Property
  void letterDigitRuleEqualsNaive(@ForAll("terms") List<String> terms, @ForAll("noisyTexts") String text,
      @ForAll @IntRange(min = 0, max = 6) int gap) {
    TextNormalizer n = TextNormalizer.screening().toBuilder().noiseCharacters(NOISE).collapseRepeats(false).build();
    Screener s = Screener.builder().dictionary(dictionary(terms)).normalizer(n).maxNoiseGap(gap)
        .letterDigitBoundary(true).build();
    assertEquals(naive(n, terms, text, gap, true, true), scan(s, text));
  }

  @Property
  void dictionarySettingsEqualBuilderSettings(@ForAll("terms") List<String> terms, @ForAll("noisyTexts") String text,
      @ForAll @IntRange(min = 0, max = 6) int gap, @ForAll boolean numerals, @ForAll boolean boundary) {
    Dictionary declared = Dictionary.builder().addAll(dictionary(terms)).set("noise-gap", String.valueOf(gap))
        .set("fold-numerals", numerals ? "on" : "off").set("word-boundary", boundary ? "on" : "off")
        .set("collapse-repeats", "off").build();
    Screener fromFile = Screener.builder().dictionary(declared).build();
    Screener fromBuilder = Screener.builder().dictionary(dictionary(terms)).maxNoiseGap(gap).foldNumerals(numerals)
        .wordBoundary(boundary).set(MatchSettings.Switch.COLLAPSE_REPEATS, false).build();
    assertEquals(fromBuilder.settings(), fromFile.settings());
    assertEquals(scan(fromBuilder, text), scan(fromFile, text));
    TextNormalizer n = fromFile.normalizer();
    assertEquals(naive(n, terms, text, gap, boundary), scan(fromFile, text));
  }

  @Property
  void everySpanNormalizesToItsTermWithNumerals(@ForAll("terms") List<String> terms, @ForAll("noisyTexts") String text) {
    Screener s = Screener.builder().dictionary(dictionary(terms))
        .normalizer(TextNormalizer.screening().toBuilder().noiseCharacters(NOISE).build()).build();
    TextNormalizer n = s.normalizer();
    s.scan(text, (term, start, end) -> assertEquals(n.normalize(term.text()), n.normalize(text.substring(start, end)),
        () -> "span [" + start + "," + end + ") of '" + text + "' for '" + term.text() + "'"));
  }

  @Property
  void screeningNormalizationIsIdempotent(@ForAll("anyText") String text) {
    TextNormalizer n = TextNormalizer.screening();
    assertEquals(n.normalize(text), n.normalize(n.normalize(text)));
    assertEquals(n.fold(text), n.fold(n.fold(text)));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(40),
        Arbitraries.strings().withChars("〇零一二三两壹贰叁拾十①⓿⑸⒋⁹₈➃㈤㊄３國兩貳").ofMaxLength(40));
  }
}
