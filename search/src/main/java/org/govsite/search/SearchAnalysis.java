package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.search.internal.AnalysisMode;
import org.govsite.search.internal.analysis.Analyzers;

/**
 * How GovSite reads Chinese text (中文分析), the same for every backend: characters folded
 * (width, case, traditional → simplified), Han characters joined across spaces, CJK bigrams; the
 * question words a query never requires; and the ranking weights. {@link IndexedFields#of} and
 * {@link QueryPlan#of} apply it to documents and queries, so that an OpenSearch backend indexes
 * and asks exactly what the embedded Lucene one does.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class SearchAnalysis {
  /** The most terms taken from one text; a longer text is cut, which keeps every query cheap. */
  public static final int MAX_TERMS = 64;

  private final AnalysisMode mode;
  private final QuestionWords questionWords;
  private final Relevance relevance;
  private final Analyzer bigrams = Analyzers.bigram(false);
  private final Analyzer words = Analyzers.words();

  private SearchAnalysis(AnalysisMode mode, QuestionWords questionWords, Relevance relevance) {
    this.mode = mode;
    this.questionWords = questionWords;
    this.relevance = relevance;
  }

  /** Returns the standard analysis: bigrams, the bundled question words, {@link Relevance#DEFAULT}. */
  public static SearchAnalysis standard() {
    return Standard.ANALYSIS;
  }

  /** Returns a builder starting from the standard analysis. */
  public static Builder builder() {
    return new Builder();
  }

  static SearchAnalysis of(AnalysisMode mode, QuestionWords questionWords, Relevance relevance) {
    return new SearchAnalysis(mode, questionWords, relevance);
  }

  /** Returns the question words a query does not require of a document. */
  public QuestionWords questionWords() {
    return questionWords;
  }

  /** Returns the ranking weights. */
  public Relevance relevance() {
    return relevance;
  }

  /**
   * Returns the terms the index holds for a text, in order, at most {@link #MAX_TERMS}: folded CJK
   * bigrams (a lone Han character stays one term) and lower-cased Latin words and numbers.
   */
  public List<String> terms(String text) {
    Checks.notNull(text, "text");
    return mode.bigrams() ? terms(bigrams, Fields.BODY_BIGRAM, text) : terms(words, Fields.BODY_WORDS, text);
  }

  /** Returns the words of a title as the segmenter cuts them (the words analysis; pinyin no longer needs them). */
  public List<String> titleWords(String title) {
    return terms(words, Fields.TITLE_WORDS, Checks.notNull(title, "title"));
  }

  AnalysisMode mode() {
    return mode;
  }

  Analyzer bigramAnalyzer() {
    return bigrams;
  }

  Analyzer wordsAnalyzer() {
    return words;
  }

  /** Returns the distinct terms an analyzer makes of a text that hold a letter or digit, at most {@link #MAX_TERMS}. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_TERMS) {
        String t = term.toString();
        if (hasLetterOrDigit(t)) {
          out.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean hasLetterOrDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "SearchAnalysis[" + mode + ", " + questionWords.size() + " question words, " + relevance + "]";
  }

  private static final class Standard {
    static final SearchAnalysis ANALYSIS = new SearchAnalysis(SiteSearch.DEFAULT_ANALYSIS, QuestionWords.bundled(), Relevance.DEFAULT);
  }

  /** Builds a {@link SearchAnalysis}. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private QuestionWords questionWords = QuestionWords.bundled();
    private Relevance relevance = Relevance.DEFAULT;

    private Builder() {}

    /** Sets the question words a query does not require (default: {@link QuestionWords#bundled()}). */
    public Builder questionWords(QuestionWords questionWords) {
      this.questionWords = Checks.notNull(questionWords, "questionWords");
      return this;
    }

    /** Sets the ranking weights (default: {@link Relevance#DEFAULT}). */
    public Builder relevance(Relevance relevance) {
      this.relevance = Checks.notNull(relevance, "relevance");
      return this;
    }

    /** Builds the analysis. */
    public SearchAnalysis build() {
      return new SearchAnalysis(SiteSearch.DEFAULT_ANALYSIS, questionWords, relevance);
    }
  }
}
