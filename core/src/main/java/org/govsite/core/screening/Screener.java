package org.govsite.core.screening;

import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.BankCardNumbers;
import org.govsite.core.text.TextNormalizer;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The sensitive-content and personal-data screener (错敏信息检查): finds dictionary terms through
 * normalization (full-width, case, traditional characters, noise characters, repeats), personal
 * data with valid checks, and classification marks, and gives a verdict (RULES §5).
 *
 * <p>Matching runs one Aho–Corasick automaton over the text, linear in its length whatever the
 * number of terms; offsets are UTF-16 indexes into the original text. Instances are immutable
 * and thread-safe; compiling a dictionary is cached, so building a screener per request is cheap.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Screener {
  /** The default largest run of noise characters between two characters of a term ({@code 法**轮}). */
  public static final int DEFAULT_MAX_NOISE_GAP = 3;
  /** The largest noise gap accepted. */
  public static final int MAX_NOISE_GAP = 32;

  /**
   * The default window of the streaming {@link #screen(Reader, int)}: 1 Mi chars, 2 MiB of heap
   * for the text and as much again for its folded copy, so a 200 MB file screens in a small heap.
   */
  public static final int DEFAULT_WINDOW_CHARS = 1 << 20;
  /**
   * The longest run without a break (see {@link #screen(Reader, int)}) a window waits for before
   * it is cut anyway: 4 Mi chars; prose has a break in every sentence.
   */
  static final int MAX_UNBROKEN_CHARS = 1 << 22;

  private static final Screener STANDARD = builder().build();

  private final CompiledDictionary compiled;
  private final TextNormalizer normalizer;
  private final MatchSettings settings;
  private final PersonalDataMasker personalData;
  private final Set<Category> categories;

  private Screener(Builder b) {
    // Defaults, then what the dictionary declares, then what the builder sets.
    MatchSettings given = b.dictionary.settings().overriddenBy(b.settings);
    this.normalizer = given.normalizer(b.normalizer);
    this.settings = MatchSettings.of(normalizer).overriddenBy(MatchSettings.none()
        .withMaxNoiseGap(given.gapOrDefault())
        .with(MatchSettings.Switch.WORD_BOUNDARY, given.isOn(MatchSettings.Switch.WORD_BOUNDARY))
        .with(MatchSettings.Switch.LETTER_DIGIT_BOUNDARY, given.isOn(MatchSettings.Switch.LETTER_DIGIT_BOUNDARY))
        .with(MatchSettings.Switch.PINYIN, given.isOn(MatchSettings.Switch.PINYIN)));
    this.compiled = CompiledDictionary.of(b.dictionary, normalizer, given.gapOrDefault(),
        given.isOn(MatchSettings.Switch.WORD_BOUNDARY), given.isOn(MatchSettings.Switch.LETTER_DIGIT_BOUNDARY),
        given.isOn(MatchSettings.Switch.PINYIN));
    this.personalData = PersonalDataMasker.builder().kinds(b.personalData).cardRanges(b.cardRanges).build();
    this.categories = Set.copyOf(b.categories);
  }

  /** Returns the standard screener: {@link Dictionary#defaults()}, standard normalization, all personal data. */
  public static Screener standard() {
    return STANDARD;
  }

  /** Returns a builder with the standard settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Receives each dictionary match of {@link #scan}: the term and its span in the original text. */
  @FunctionalInterface
  @API(status = MAINTAINED, since = "0.1")
  public interface MatchListener {
    /** Called for a term found at [start, end) of the original text. */
    void onMatch(Term term, int start, int end);
  }

  /** Screens a text: dictionary terms, classification marks and personal data, with the verdict. */
  public ScreeningResult screen(CharSequence text) {
    String s = Checks.notNull(text, "text").toString();
    List<Finding> findings = new ArrayList<>();
    scan(s, (term, start, end) -> {
      int e = end;
      if (term.category().equals(Category.SECRECY) && term.text().endsWith("★")) {
        e = SecrecyMarks.extend(s, end, normalizer);
      }
      findings.add(new Finding(term.text(), term.category(), term.severity(), start, e, s.substring(start, e),
          term.suggestion()));
    });
    if (accepts(Category.PERSONAL_DATA)) {
      findings.addAll(personalData.find(s));
    }
    findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::rule));
    return ScreeningResult.of(new ArrayList<>(new LinkedHashSet<>(findings)));
  }

  /**
   * Screens a text read from a stream, in windows of about {@code windowChars} chars, so the heap
   * used does not grow with the input (分段检查): findings and offsets are those of
   * {@link #screen(CharSequence)} on the whole text. A window ends at a char that resets every
   * matcher (in no term, not noise, not a letter, digit or e-mail char), so no finding is cut;
   * only a run of more than 4 Mi chars without one is cut anyway, repeating the longest term with
   * its noise gaps (or 256 chars of personal data) in the next window. Offsets are UTF-16 indexes
   * into the whole input, which must be shorter than 2^31 chars.
   *
   * @throws IOException when the reader fails (also: malformed input of a reporting decoder)
   */
  public ScreeningResult screen(Reader in, int windowChars) throws IOException {
    List<Finding> all = new ArrayList<>();
    windows().run(checkedReader(in, windowChars), windowChars, MAX_UNBROKEN_CHARS,
        (text, offset, findings) -> all.addAll(findings));
    return ScreeningResult.of(all);
  }

  /**
   * Writes the text of a stream with every finding masked, as {@link #mask(CharSequence)} does,
   * reading it in windows as {@link #screen(Reader, int)} does; returns the result of screening.
   */
  public ScreeningResult mask(Reader in, int windowChars, Appendable out) throws IOException {
    Checks.notNull(out, "out");
    List<Finding> all = new ArrayList<>();
    windows().run(checkedReader(in, windowChars), windowChars, MAX_UNBROKEN_CHARS, (text, offset, findings) -> {
      all.addAll(findings);
      out.append(new String(masked(text, offset, findings)));
    });
    return ScreeningResult.of(all);
  }

  private static Reader checkedReader(Reader in, int windowChars) {
    Checks.argument(windowChars >= 1, "windowChars", "须为正数", "must be positive: " + windowChars);
    return Checks.notNull(in, "in");
  }

  WindowedScreening windows() {
    return new WindowedScreening(this, compiled.automaton(), normalizer);
  }

  /**
   * Reports every dictionary match (terms only, no personal data) to a listener without building
   * findings: the fast path for highlighting and counting. Allowed phrases and the category
   * filter apply.
   */
  public void scan(CharSequence text, MatchListener listener) {
    String s = Checks.notNull(text, "text").toString();
    Checks.notNull(listener, "listener");
    boolean filter = !categories.isEmpty();
    if (!compiled.hasAllowed()) {
      compiled.automaton().scan(s, (p, start, end) -> {
        Term t = compiled.term(p);
        if (!filter || categories.contains(t.category())) {
          listener.onMatch(t, start, end);
        }
      });
      return;
    }
    List<int[]> matches = new ArrayList<>();
    List<int[]> allowed = new ArrayList<>();
    compiled.automaton().scan(s, (p, start, end) -> {
      Term t = compiled.term(p);
      if (t == null) {
        allowed.add(new int[] {start, end});
      } else if (!filter || categories.contains(t.category())) {
        matches.add(new int[] {p, start, end});
      }
    });
    for (int[] m : matches) {
      if (!insideAny(allowed, m[1], m[2])) {
        listener.onMatch(compiled.term(m[0]), m[1], m[2]);
      }
    }
  }

  private static boolean insideAny(List<int[]> spans, int start, int end) {
    for (int[] a : spans) {
      if (a[0] <= start && end <= a[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the text with every finding masked, keeping its length: personal data in the formats
   * of RULES §4 ({@code 138****1234}, {@code 35*************123}), terms by stars over their
   * non-noise characters.
   */
  public String mask(CharSequence text) {
    String s = Checks.notNull(text, "text").toString();
    return new String(masked(s, 0, screen(s).findings()));
  }

  /** Masks findings (offsets from {@code offset}) in a text; a finding's part outside it is left. */
  private char[] masked(String s, int offset, List<Finding> findings) {
    char[] out = s.toCharArray();
    for (Finding f : findings) {
      int from = f.start() - offset;
      if (f.isPersonalData()) {
        String m = Masking.mask(f.rule(), f.text());
        for (int i = 0; i < m.length(); i++) {
          if (m.charAt(i) == '*' && from + i < out.length) {
            out[from + i] = '*';
          }
        }
      } else {
        for (int i = Math.max(0, from); i < Math.min(out.length, f.end() - offset); i++) {
          if (!normalizer.isNoise(s.charAt(i))) {
            out[i] = '*';
          }
        }
      }
    }
    return out;
  }

  /**
   * Screens an HTML page: its title, its visible text and the {@code alt} and {@code title}
   * attributes (jsoup), each a segment of {@link HtmlScreeningResult#text()} that findings' offsets
   * point into.
   */
  public HtmlScreeningResult screenHtml(String html) {
    Checks.notNull(html, "html");
    List<HtmlText.Piece> pieces = HtmlText.extract(html);
    StringBuilder text = new StringBuilder();
    List<HtmlScreeningResult.Segment> segments = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (HtmlText.Piece piece : pieces) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int offset = text.length();
      text.append(piece.text());
      segments.add(new HtmlScreeningResult.Segment(offset, text.length(), piece.source()));
      for (Finding f : screen(piece.text()).findings()) {
        findings.add(new Finding(f.rule(), f.category(), f.severity(), f.start() + offset, f.end() + offset, f.text(),
            f.suggestion()));
      }
    }
    return new HtmlScreeningResult(ScreeningResult.of(findings), text.toString(), segments);
  }

  private boolean accepts(Category c) {
    return categories.isEmpty() || categories.contains(c);
  }

  /** Returns the normalizer this screener matches through. */
  public TextNormalizer normalizer() {
    return normalizer;
  }

  /** Returns the matching settings in effect, every setting set (defaults, dictionary, builder). */
  public MatchSettings settings() {
    return settings;
  }

  /** Configures a {@link Screener}. */
  @API(status = MAINTAINED, since = "0.1")
  public static final class Builder {
    private Dictionary dictionary = Dictionary.defaults();
    private TextNormalizer normalizer = TextNormalizer.screening();
    private MatchSettings settings = MatchSettings.none();
    private Set<PersonalDataKind> personalData = EnumSet.allOf(PersonalDataKind.class);
    private List<BankCardNumbers.IssuerRange> cardRanges = BankCardNumbers.STANDARD_RANGES;
    private final Set<Category> categories = new LinkedHashSet<>();

    private Builder() {}

    /** Sets the dictionary (default {@link Dictionary#defaults()}; combine with {@link Dictionary#plus}). */
    public Builder dictionary(Dictionary dictionary) {
      this.dictionary = Checks.notNull(dictionary, "dictionary");
      return this;
    }

    /**
     * Sets the normalization chain (default {@link TextNormalizer#screening()}): every step of it
     * overrides what the dictionary declares.
     */
    public Builder normalizer(TextNormalizer normalizer) {
      this.normalizer = Checks.notNull(normalizer, "normalizer");
      this.settings = settings.overriddenBy(MatchSettings.of(normalizer));
      return this;
    }

    /** Turns normalization on (the screening chain) or off (raw matching). */
    public Builder normalize(boolean on) {
      return normalizer(on ? TextNormalizer.screening() : TextNormalizer.none());
    }

    /** Sets the largest run of noise characters allowed between two characters of a term. */
    public Builder maxNoiseGap(int gap) {
      Checks.argument(gap >= 0 && gap <= MAX_NOISE_GAP, "maxNoiseGap", "须在 0 到 " + MAX_NOISE_GAP + " 之间",
          "must be between 0 and " + MAX_NOISE_GAP + ": " + gap);
      this.settings = settings.withMaxNoiseGap(gap);
      return this;
    }

    /** Sets whether numerals fold to digits ({@code 下三滥} found as {@code 下3滥} and the reverse; default on). */
    public Builder foldNumerals(boolean on) {
      return set(MatchSettings.Switch.FOLD_NUMERALS, on);
    }

    /**
     * Sets whether a term starting or ending with a Latin letter or digit matches whole words
     * only ({@code 69} not inside {@code 695} or {@code a69}; default on).
     */
    public Builder wordBoundary(boolean on) {
      return set(MatchSettings.Switch.WORD_BOUNDARY, on);
    }

    /** Sets whether a digit next to a Latin letter is a word edge ({@code av} found in {@code 1av2}; default off). */
    public Builder letterDigitBoundary(boolean on) {
      return set(MatchSettings.Switch.LETTER_DIGIT_BOUNDARY, on);
    }

    /** Sets whether terms are also found in pinyin: full, initials or mixed ({@code falun}, {@code fl}, {@code fa轮}; default off). */
    public Builder pinyin(boolean on) {
      return set(MatchSettings.Switch.PINYIN, on);
    }

    /** Sets one switch, overriding the dictionary's setting. */
    public Builder set(MatchSettings.Switch setting, boolean on) {
      this.settings = settings.with(Checks.notNull(setting, "setting"), on);
      return this;
    }

    /** Sets every setting the given settings set, overriding the dictionary's (e.g. from {@code govsite screen} options). */
    public Builder settings(MatchSettings more) {
      this.settings = settings.overriddenBy(Checks.notNull(more, "settings"));
      return this;
    }

    /** Sets the kinds of personal data to detect (empty: none). */
    public Builder personalData(Set<PersonalDataKind> kinds) {
      Checks.notNull(kinds, "personalData");
      this.personalData = kinds.isEmpty() ? EnumSet.noneOf(PersonalDataKind.class) : EnumSet.copyOf(kinds);
      return this;
    }

    /**
     * Sets the issuer ranges a bank card must fit (default {@link BankCardNumbers#STANDARD_RANGES}), as
     * {@link PersonalDataMasker.Builder#cardRanges} does.
     */
    public Builder cardRanges(List<BankCardNumbers.IssuerRange> ranges) {
      Checks.notNull(ranges, "cardRanges");
      Checks.argument(!ranges.isEmpty(), "cardRanges", "至少需要一个发卡机构范围", "must hold at least one issuer range");
      this.cardRanges = List.copyOf(ranges);
      return this;
    }

    /** Reports only findings of these categories (none given: all). */
    public Builder categories(Set<Category> only) {
      Checks.notNull(only, "categories");
      categories.clear();
      categories.addAll(only);
      return this;
    }

    /**
     * Builds the screener, compiling the dictionary or taking the cached compilation.
     *
     * @throws InvalidInputException when a term is nothing but noise characters
     */
    public Screener build() {
      return new Screener(this);
    }
  }
}
