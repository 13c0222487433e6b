package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.search.internal.DocumentNumberKeys;
import org.govsite.search.internal.PinyinTokens;
import org.govsite.search.internal.analysis.CjkSpacingCharFilter;

/**
 * What a query asks of the index (查询计划), decided once for every backend: the terms of each
 * phrasing after folding and question words are removed, how many of them a strict match needs,
 * the pinyin and 发文字号 keys the text may mean, the neighbouring pairs a relaxed query rewards,
 * the terms to highlight and the weights. A backend only translates it into its engine's query
 * language (Lucene: {@code QueryFactory}).
 *
 * <p>The translation, as the embedded backend does it: a phrasing matches strictly when the
 * title or the body holds at least {@link Terms#minimumShouldMatch()} of a {@link Terms}'s terms
 * (the title weighted {@link Relevance#titleBoost()}), and ranks higher with the whole phrase
 * ({@link Relevance#phraseBoost()}); its pinyin key matches the pinyin field
 * ({@link #PINYIN_BOOST}) and its 发文字号 keys the number field ({@link #DOCUMENT_NUMBER_BOOST});
 * any phrasing matching is enough. Relaxed, any one term matches, strict matches score
 * {@link #STRICT_TIER} more, and each {@link TermPair} found next to each other adds
 * {@link Relevance#proximityBoost()}.
 *
 * @param matchAll whether the query is empty and every document matches
 * @param phrasings the text first, then its alternatives (plain-language synonyms)
 * @param relaxed whether the query is relaxed (any one term matches)
 * @param relaxable whether relaxing could find more than the strict query: not for a 发文字号,
 *     which names one document, nor for a text with a single term
 * @param highlightTerms the distinct terms of every phrasing to mark in the body, at most
 *     {@link SearchAnalysis#MAX_TERMS}
 * @param relevance the ranking weights
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record QueryPlan(boolean matchAll, List<Phrasing> phrasings, boolean relaxed, boolean relaxable,
    List<String> highlightTerms, Relevance relevance) {

  /**
   * The share of a query's bigrams a document must contain (rounded up) in a strict match: bigrams
   * overlap, so fewer of them are needed than of segmented words (tuned on the labelled query set,
   * docs/search.md). Question words do not count ({@link QuestionWords}).
   */
  public static final float BIGRAMS_MUST_MATCH = 0.6f;
  /** The share of a query's segmented words a document must contain in a strict match. */
  public static final float WORDS_MUST_MATCH = 0.75f;
  /** Weight of the pinyin key. */
  public static final float PINYIN_BOOST = 2f;
  /** Weight of a 发文字号 key: a number names one document, which comes first. */
  public static final float DOCUMENT_NUMBER_BOOST = 20f;
  /**
   * What a strict match adds to its score in a relaxed query: more than any relaxed score can
   * reach, so that every strict match ranks above every document that only shares some terms.
   */
  public static final float STRICT_TIER = 100_000f;
  /** The most neighbouring pairs of terms given a proximity clause. */
  public static final int MAX_PAIRS = 24;

  /** Rejects a null component, naming it, and copies the lists. */
  public QueryPlan {
    phrasings = List.copyOf(Checks.notNull(phrasings, "phrasings"));
    highlightTerms = List.copyOf(Checks.notNull(highlightTerms, "highlightTerms"));
    Checks.notNull(relevance, "relevance");
  }

  /**
   * Returns whether a term is a single Han character (单字): one that stood alone in the query,
   * which a backend looks up wherever the character occurs, not only where it stands alone (the
   * bigram analysis keeps a character only there).
   */
  public static boolean isSingleCharacter(String term) {
    Checks.notNull(term, "term");
    return term.codePointCount(0, term.length()) == 1 && CjkSpacingCharFilter.isHan(term.codePointAt(0));
  }

  /** Returns this plan strict or relaxed (the same phrasings and terms). */
  QueryPlan withRelaxed(boolean r) {
    return new QueryPlan(matchAll, phrasings, r, relaxable, highlightTerms, relevance);
  }

  /**
   * Plans a text and its alternatives under an analysis.
   *
   * @param text what the resident typed (never parsed as query syntax)
   * @param alternatives further phrasings that match as well as the text
   * @param analysis the analysis
   * @param relaxed whether any one term is enough ({@link BackendQuery#relaxed()})
   */
  public static QueryPlan of(String text, List<String> alternatives, SearchAnalysis analysis, boolean relaxed) {
    Checks.notNull(text, "text");
    Checks.notNull(alternatives, "alternatives");
    Checks.notNull(analysis, "analysis");
    Relevance relevance = analysis.relevance();
    if (text.isBlank() && alternatives.isEmpty()) {
      return new QueryPlan(true, List.of(), relaxed, false, List.of(), relevance);
    }
    List<String> all = new ArrayList<>();
    if (!text.isBlank()) {
      all.add(text);
    }
    all.addAll(alternatives);
    boolean pairs = relaxed && relevance.proximityBoost() > 0;
    List<Phrasing> phrasings = new ArrayList<>();
    Set<String> highlight = new LinkedHashSet<>();
    TermKind primary = analysis.mode().bigrams() ? TermKind.BIGRAM : TermKind.WORD;
    for (String t : all) {
      Phrasing p = phrasing(t, analysis, pairs);
      phrasings.add(p);
      for (Terms terms : p.terms()) {
        if (terms.kind() == primary) {
          for (String term : terms.terms()) {
            if (highlight.size() < SearchAnalysis.MAX_TERMS) {
              highlight.add(term);
            }
          }
        }
      }
    }
    boolean relaxable = !text.isBlank() && phrasings.get(0).documentNumberKeys().isEmpty()
        && phrasings.get(0).terms().stream().filter(x -> x.kind() == primary).mapToInt(x -> x.terms().size()).sum() > 1;
    return new QueryPlan(false, phrasings, relaxed && relaxable, relaxable, List.copyOf(highlight), relevance);
  }

  private static Phrasing phrasing(String t, SearchAnalysis analysis, boolean pairs) {
    String content = analysis.questionWords().strip(t);
    List<Terms> parts = new ArrayList<>();
    if (analysis.mode().bigrams()) {
      terms(TermKind.BIGRAM, analysis.bigramAnalyzer(), content, BIGRAMS_MUST_MATCH, pairs).ifPresent(parts::add);
    }
    if (analysis.mode().words()) {
      terms(TermKind.WORD, analysis.wordsAnalyzer(), content, WORDS_MUST_MATCH, pairs).ifPresent(parts::add);
    }
    List<List<String>> pinyin = PinyinTokens.looksLikePinyin(t) ? PinyinTokens.query(PinyinTokens.compact(t)) : List.of();
    return new Phrasing(t, parts, pinyin, DocumentNumberKeys.candidates(t));
  }

  private static Optional<Terms> terms(TermKind kind, Analyzer analyzer, String content, float mustMatch, boolean withPairs) {
    String field = kind == TermKind.BIGRAM ? Fields.BODY_BIGRAM : Fields.TITLE_WORDS;
    List<String> terms = SearchAnalysis.terms(analyzer, field, content);
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    List<TermPair> pairs = new ArrayList<>();
    if (withPairs) {
      // Pairs within one stretch of the query (between question words and punctuation): a
      // longer shared passage than one bigram says.
      for (String run : content.split("[\\s\\p{P}\\p{S}]+")) {
        List<String> inRun = SearchAnalysis.terms(analyzer, field, run);
        for (int i = 0; i + 1 < inRun.size() && pairs.size() < MAX_PAIRS; i++) {
          pairs.add(new TermPair(inRun.get(i), inRun.get(i + 1)));
        }
      }
    }
    int minimum = terms.size() == 1 ? 1 : (int) Math.ceil(terms.size() * mustMatch);
    return Optional.of(new Terms(kind, terms, minimum, pairs));
  }

  /** Returns whether no phrasing leaves anything to match (e.g. punctuation only): nothing matches. */
  public boolean matchesNothing() {
    return !matchAll && phrasings.stream().allMatch(Phrasing::isEmpty);
  }

  /**
   * One phrasing of the query (表述): the text or one of its alternatives.
   *
   * @param text the phrasing as given
   * @param terms its terms, per kind of analysis (bigrams in the standard analysis); empty when
   *     nothing searchable is left
   * @param pinyin when the phrasing looks like pinyin, what it may mean in the pinyin field
   *     ({@link IndexedFields#pinyin()}): each a phrase of neighbouring pairs, full or initials
   *     ({@code she bao} → {@code [[shebao], [sheba, bao], [sh, he, eb, ba, ao]]}); any one matching is enough
   * @param documentNumberKeys the 发文字号 keys it may mean ({@link IndexedFields#documentNumberKeys()})
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Phrasing(String text, List<Terms> terms, List<List<String>> pinyin, List<String> documentNumberKeys) {
    /** Rejects a null component, naming it, and copies the lists. */
    public Phrasing {
      Checks.notNull(text, "text");
      terms = List.copyOf(Checks.notNull(terms, "terms"));
      pinyin = Checks.notNull(pinyin, "pinyin").stream().map(p -> List.copyOf(Checks.notNull(p, "pinyin"))).toList();
      documentNumberKeys = List.copyOf(Checks.notNull(documentNumberKeys, "documentNumberKeys"));
    }

    /** Returns whether the phrasing has nothing to match. */
    public boolean isEmpty() {
      return terms.isEmpty() && pinyin.isEmpty() && documentNumberKeys.isEmpty();
    }
  }

  /**
   * The terms of one phrasing under one kind of analysis, matched against the title and the body.
   *
   * @param kind bigrams or segmented words
   * @param terms the terms, in the order of the text, at most {@link SearchAnalysis#MAX_TERMS}
   * @param minimumShouldMatch how many of them a strict match needs
   * @param pairs neighbouring pairs of terms a relaxed query rewards (empty unless relaxed)
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Terms(TermKind kind, List<String> terms, int minimumShouldMatch, List<TermPair> pairs) {
    /** Rejects a null component, naming it, and copies the lists. */
    public Terms {
      Checks.notNull(kind, "kind");
      terms = List.copyOf(Checks.notNull(terms, "terms"));
      pairs = List.copyOf(Checks.notNull(pairs, "pairs"));
    }
  }

  /**
   * Two terms that follow each other in the query.
   *
   * @param first the first term
   * @param second the term right after it
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record TermPair(String first, String second) {
    /** Rejects a null component, naming it. */
    public TermPair {
      Checks.notNull(first, "first");
      Checks.notNull(second, "second");
    }
  }

  /** The analysis that made a set of terms; each is indexed in its own title and body fields. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum TermKind {
    /** CJK bigrams over folded text ({@link IndexedFields#foldedTitle()}, {@link IndexedFields#foldedBody()}). */
    BIGRAM,
    /** Segmented words (SmartChineseAnalyzer); only in the embedded backend's measured alternatives. */
    WORD
  }
}
