package org.govsite.core.screening;

import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;

/**
 * A screening dictionary (敏感词库): terms with category, severity and suggestion, plus an
 * allow-list of legitimate longer phrases ({@code 禁止赌博}) inside which matches are not reported.
 *
 * <p>Immutable; two dictionaries with the same terms and phrases in the same order are equal, so
 * a dictionary is a good cache key. See {@code docs/screening.md} for the file formats.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Dictionary {
  private static final Dictionary EMPTY = new Dictionary(List.of(), List.of(), MatchSettings.none());

  private final List<Term> terms;
  private final List<String> allowed;
  private final MatchSettings settings;
  private final int hash;

  private Dictionary(List<Term> terms, List<String> allowed, MatchSettings settings) {
    this.terms = List.copyOf(terms);
    this.allowed = List.copyOf(allowed);
    this.settings = settings;
    this.hash = (this.terms.hashCode() * 31 + this.allowed.hashCode()) * 31 + settings.hashCode();
  }

  /** Returns the empty dictionary. */
  public static Dictionary empty() {
    return EMPTY;
  }

  /**
   * Returns the bundled rules: classification marks (秘密★1年) and a small list of serious
   * wording errors and common misspellings with their correct forms. Political, obscene and
   * violent terms are the operator's to supply.
   */
  public static Dictionary defaults() {
    return Defaults.DEFAULTS;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Loads a dictionary file: JSON when the name ends in {@code .json}, else the tab format. */
  public static Dictionary load(Path file) {
    return DataFiles.read(file, (source, in) -> source.toLowerCase(Locale.ROOT).endsWith(".json")
        ? parseJson(source, utf8(in)) : parseTsv(source, utf8(in)));
  }

  /** Loads an allow-list file: one phrase per line, blank lines and {@code #} comments ignored. */
  public static Dictionary loadAllowList(Path file) {
    return DataFiles.read(file, (source, in) -> parseAllowList(source, utf8(in)));
  }

  /** A strict UTF-8 reader: a malformed byte is reported with its line, never replaced. */
  private static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
  }

  /**
   * Parses the tab format: {@code term<TAB>category<TAB>severity[<TAB>suggestion]}, or a term alone
   * with the file's defaults ({@code custom}, {@code review}; a line {@code #! category=… severity=…}
   * changes them); blank lines and {@code #} comments are ignored.
   *
   * @throws DataFormatException naming the source and line of the first bad line
   */
  public static Dictionary parseTsv(String source, Reader reader) {
    return DictionaryFiles.parseTsv(Checks.notNull(source, "source"), Checks.notNull(reader, "reader"), builder());
  }

  /**
   * Parses JSON: {@code {"terms": [{"term", "category", "severity", "suggestion"}…], "allow": […]}}
   * or a bare array of terms; category and severity default to {@code custom} and {@code review}.
   *
   * @throws DataFormatException naming the source and line of the first bad entry
   */
  public static Dictionary parseJson(String source, Reader reader) {
    return DictionaryFiles.parseJson(Checks.notNull(source, "source"), Checks.notNull(reader, "reader"), builder());
  }

  /** Parses an allow-list: one phrase per line. */
  public static Dictionary parseAllowList(String source, Reader reader) {
    return DictionaryFiles.parseAllowList(Checks.notNull(source, "source"), Checks.notNull(reader, "reader"), builder());
  }

  /** Returns the terms in file order. */
  public List<Term> terms() {
    return terms;
  }

  /** Returns the allowed phrases. */
  public List<String> allowed() {
    return allowed;
  }

  /**
   * Returns the matching settings the dictionary declares (a file's {@code #! noise-gap=5} header,
   * JSON {@code "settings"}): the defaults of a screener using it, which its builder may override.
   */
  public MatchSettings settings() {
    return settings;
  }

  /**
   * Returns this dictionary's terms and phrases followed by the other's, with the settings of both.
   *
   * @throws InvalidInputException naming the setting when the two set it differently
   */
  public Dictionary plus(Dictionary other) {
    Checks.notNull(other, "other");
    return builder().addAll(this).addAll(other).build();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Dictionary d && d.hash == hash && d.terms.equals(terms) && d.allowed.equals(allowed)
        && d.settings.equals(settings));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "Dictionary[" + terms.size() + " terms, " + allowed.size() + " allowed phrases]";
  }

  /** Collects terms and allowed phrases. */
  @API(status = MAINTAINED, since = "0.1")
  public static final class Builder {
    private final List<Term> terms = new ArrayList<>();
    private final List<String> allowed = new ArrayList<>();
    private MatchSettings settings = MatchSettings.none();

    private Builder() {}

    /**
     * Adds matching settings to the dictionary's (see {@link MatchSettings}).
     *
     * @throws InvalidInputException naming the setting when it is already set to another value
     */
    public Builder settings(MatchSettings more) {
      this.settings = settings.combinedWith(Checks.notNull(more, "settings"));
      return this;
    }

    /**
     * Sets one matching setting by name ({@code fold-numerals}, {@code off}), as a file header does.
     *
     * @throws InvalidInputException naming the setting when the name or value is not valid, or it
     *     is already set to another value
     */
    public Builder set(String name, String value) {
      return settings(MatchSettings.none().with(name, value));
    }

    /** Adds a term. */
    public Builder add(Term term) {
      terms.add(Checks.notNull(term, "term"));
      return this;
    }

    /** Adds a term without a suggestion. */
    public Builder add(String term, Category category, Severity severity) {
      return add(new Term(term, category, severity, Optional.empty()));
    }

    /** Adds a wording error with its correct form. */
    public Builder addCorrection(String wrong, String correct, Severity severity) {
      Checks.argument(correct != null && !correct.isBlank(), "suggestion", "正确写法不能为空", "the correct form must not be empty");
      return add(new Term(wrong, Category.WORDING_ERROR, severity, Optional.of(correct)));
    }

    /** Adds an allowed phrase: matches inside it are not reported. */
    public Builder addAllowed(String phrase) {
      Checks.argument(phrase != null && !phrase.isBlank(), "allow", "允许短语不能为空", "an allowed phrase must not be empty");
      Checks.argument(phrase.length() <= Term.MAX_LENGTH, "allow", "允许短语过长", "an allowed phrase is at most " + Term.MAX_LENGTH + " characters");
      allowed.add(phrase);
      return this;
    }

    /** Adds every term and phrase of a dictionary. */
    public Builder addAll(Dictionary d) {
      Checks.notNull(d, "dictionary");
      terms.addAll(d.terms);
      allowed.addAll(d.allowed);
      return settings(d.settings);
    }

    /** Builds the immutable dictionary. */
    public Dictionary build() {
      return new Dictionary(terms, allowed, settings);
    }
  }

  private static final class Defaults {
    static final Dictionary DEFAULTS = DataFiles.bundled(Dictionary.class, "default-terms.tsv",
        (source, in) -> parseTsv(source, utf8(in)));
  }

}
