package org.govsite.core.screening;

import org.govsite.core.text.TextNormalizer;
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

/** The automaton against naive reference matchers, and the invariants of normalization. */
class ScreeningAutomatonProperties {
  /** Letters, digits, CJK, full-width and traditional forms: enough overlap to make matches frequent. */
  private static final String CHARS = "ab9甲乙丙Ａ９國国";
  private static final String NOISE = "*_ ";

  @Provide
  Arbitrary<List<String>> terms() {
    return Arbitraries.strings().withChars(CHARS).ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(CHARS + "x").ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> noisyTexts() {
    return Arbitraries.strings().withChars(CHARS + NOISE).ofMaxLength(60);
  }

  static Dictionary dictionary(List<String> terms) {
    Dictionary.Builder b = Dictionary.builder();
    terms.forEach(t -> b.add(t, Category.CUSTOM, Severity.REVIEW));
    return b.build();
  }

  static List<String> scan(Screener s, String text) {
    List<String> out = new ArrayList<>();
    s.scan(text, (term, start, end) -> out.add(term.text() + "@" + start + "-" + end));
    Collections.sort(out);
    return out;
  }

  static boolean word(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The whole-word rule of the reference: an ASCII letter or digit at a term's edge needs a non-word neighbour. */
  private static boolean wholeWord(String folded, String term, int start, int end) {
    if (word(term.charAt(0)) && start > 0 && word(folded.charAt(start - 1))) {
      return false;
    }
    return !(word(term.charAt(term.length() - 1)) && end < folded.length() && word(folded.charAt(end)));
  }

  @Property
  void rawMatchesEqualNaiveIndexOf(@ForAll("terms") List<String> terms, @ForAll("texts") String text) {
    Screener s = Screener.builder().dictionary(dictionary(terms)).normalizer(TextNormalizer.none()).build();
    List<String> expected = new ArrayList<>();
    for (String t : terms) {
      for (int i = 0; i + t.length() <= text.length(); i++) {
        if (text.startsWith(t, i) && wholeWord(text, t, i, i + t.length())) {
          expected.add(t + "@" + i + "-" + (i + t.length()));
        }
      }
    }
    Collections.sort(expected);
    assertEquals(expected, scan(s, text));
  }

  @Property
  void foldedMatchesEqualNaiveOnFoldedText(@ForAll("terms") List<String> terms, @ForAll("texts") String text) {
    TextNormalizer n = TextNormalizer.builder().noiseCharacters("").collapseRepeats(false).build();
    Screener s = Screener.builder().dictionary(dictionary(terms)).normalizer(n).build();
    String folded = n.fold(text);
    List<String> expected = new ArrayList<>();
    for (String t : terms) {
      String ft = n.fold(t);
      for (int i = 0; i + ft.length() <= folded.length(); i++) {
        if (folded.startsWith(ft, i) && wholeWord(folded, ft, i, i + ft.length())) {
          expected.add(t + "@" + i + "-" + (i + ft.length()));
        }
      }
    }
    Collections.sort(expected);
    assertEquals(expected, scan(s, text));
  }

  @Property
  void noisyMatchesEqualNaiveGapMatcher(@ForAll("terms") List<String> terms, @ForAll("noisyTexts") String text,
      @ForAll @IntRange(min = 0, max = 3) int gap) {
    TextNormalizer n = TextNormalizer.builder().noiseCharacters(NOISE).collapseRepeats(false).build();
    Screener s = Screener.builder().dictionary(dictionary(terms)).normalizer(n).maxNoiseGap(gap).build();
    String folded = n.fold(text);
    List<String> expected = new ArrayList<>();
    for (String t : terms) {
      String ft = n.normalize(t);
      for (int i = 0; i < text.length(); i++) {
        int end = matchWithGaps(n, folded, text, ft, i, gap);
        if (end > 0 && wholeWord(folded, ft, i, end)) {
          expected.add(t + "@" + i + "-" + end);
        }
      }
    }
    Collections.sort(expected);
    assertEquals(expected, scan(s, text));
  }

  /** Returns the end of the term starting at i with at most {@code gap} noise chars between its chars, or -1. */
  static int matchWithGaps(TextNormalizer n, String folded, String text, String term, int i, int gap) {
    if (n.isNoise(text.charAt(i)) || folded.charAt(i) != term.charAt(0)) {
      return -1;
    }
    int pos = i;
    for (int k = 1; k < term.length(); k++) {
      int skipped = 0;
      pos++;
      while (pos < text.length() && n.isNoise(text.charAt(pos)) && skipped <= gap) {
        pos++;
        skipped++;
      }
      if (skipped > gap || pos >= text.length() || folded.charAt(pos) != term.charAt(k)) {
        return -1;
      }
    }
    return pos + 1;
  }

  @Property
  void normalizationIsIdempotent(@ForAll("anyText") String text) {
    TextNormalizer n = TextNormalizer.standard();
    assertEquals(n.normalize(text), n.normalize(n.normalize(text)));
    assertEquals(n.fold(text), n.fold(n.fold(text)));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(40),
        Arbitraries.strings().withChars("ＡａＢ１①⑨㈤Ⓐ國會說話ABc  *_\u200B赌赌博博").ofMaxLength(40));
  }

  @Property
  void everySpanNormalizesToItsTerm(@ForAll("terms") List<String> terms, @ForAll("noisyTexts") String text) {
    Screener s = Screener.builder().dictionary(dictionary(terms)).normalizer(TextNormalizer.builder().noiseCharacters(NOISE).build()).build();
    TextNormalizer n = s.normalizer();
    s.scan(text, (term, start, end) -> assertEquals(n.normalize(term.text()), n.normalize(text.substring(start, end)),
        () -> "span [" + start + "," + end + ") of '" + text + "' for '" + term.text() + "'"));
  }
}
