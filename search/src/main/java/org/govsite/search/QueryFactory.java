package org.govsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.govsite.search.internal.AnalysisMode;
import org.govsite.search.internal.DocumentNumberKeys;
import org.govsite.search.internal.PinyinTokens;

/**
 * Builds Lucene queries in code from what a resident typed: the text is analysed into terms and
 * never handed to a query parser, so no input can be a syntax error, a wildcard or a regex scan.
 */
final class QueryFactory {
  /**
   * The share of a query's terms a document must contain (rounded up) in a strict match: bigrams
   * overlap, so fewer of them are needed than of segmented words (tuned on the labelled query set,
   * docs/search.md). Question words do not count ({@link QuestionWords}).
   */
  static final float BIGRAMS_MUST_MATCH = 0.6f;
  static final float WORDS_MUST_MATCH = 0.75f;
  private static final float PINYIN_BOOST = 2f;
  private static final float DOCNUM_BOOST = 20f;
  /**
   * What a strict match adds to its score in a relaxed query: more than any relaxed score can
   * reach, so that every strict match ranks above every document that only shares some terms.
   */
  static final float STRICT_TIER = 100_000f;
  /** The most neighbouring pairs of bigrams given a proximity clause: each is a phrase query. */
  static final int MAX_PAIRS = 24;
  /** The most terms taken from one text; a longer text is cut, which keeps every query cheap. */
  static final int MAX_TERMS = 64;

  private final AnalysisMode mode;
  private final Analyzer bigrams;
  private final Analyzer words;
  private final QuestionWords questionWords;
  private final Relevance relevance;

  QueryFactory(AnalysisMode mode, Analyzer bigramQueryAnalyzer, Analyzer words, QuestionWords questionWords, Relevance relevance) {
    this.mode = mode;
    this.bigrams = bigramQueryAnalyzer;
    this.words = words;
    this.questionWords = questionWords;
    this.relevance = relevance;
  }

  /**
   * The query for a request: any phrasing matches, all filters apply. With {@code ranking} off
   * it matches the same documents without the clauses that only order them, which makes counting
   * every match for facets cheaper. A {@code relaxed} query matches every document that holds
   * any of the query's terms, strict matches first, then the others by how much of the query
   * they hold (BM25 summed over the terms, neighbouring pairs and the phrase).
   */
  Query build(SearchRequest request, List<String> alternatives, boolean ranking, boolean relaxed) {
    BooleanQuery.Builder root = new BooleanQuery.Builder();
    root.add(matching(request.text(), alternatives, ranking, relaxed), Occur.MUST);
    filter(root, Fields.KIND, request.kinds().stream().map(ContentKind::code).toList());
    filter(root, Fields.COLUMN, List.copyOf(request.columns()));
    filter(root, Fields.ORGAN, List.copyOf(request.organs()));
    filter(root, Fields.TOPIC, List.copyOf(request.topics()));
    filter(root, Fields.YEAR, request.years().stream().map(String::valueOf).toList());
    return root.build();
  }

  /** How many candidates {@link TwoPhaseRanking} scores with the full query. */
  int candidateCount() {
    return relevance.candidates();
  }

  /**
   * The first phase of relevance ranking ({@link TwoPhaseRanking}): every term of every phrasing
   * in title and body as one plain disjunction, with the request's filters; block-max WAND finds
   * its best documents cheaply.
   */
  Query candidates(SearchRequest request, List<String> alternatives) {
    return build(request, alternatives, false, true);
  }

  /**
   * Whether relaxing the text can find more than its strict query: not for a 发文字号, which
   * names one document, nor for a text with a single term.
   */
  boolean relaxable(String text) {
    if (text.isBlank() || !DocumentNumberKeys.candidates(text).isEmpty()) {
      return false;
    }
    return terms(mode.bigrams() ? bigrams : words, Fields.BODY_BIGRAM, questionWords.strip(text)).size() > 1;
  }

  /**
   * The query the highlighter marks: every term of the text and its alternatives in the stored
   * body field, as plain term clauses (the ranking query's structure only slows highlighting).
   */
  Query highlighting(String text, List<String> alternatives) {
    String field = mode.bigrams() ? Fields.BODY_BIGRAM : Fields.BODY_WORDS;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Set<String> seen = new HashSet<>();
    for (String t : concat(text, alternatives)) {
      for (String term : terms(mode.bigrams() ? bigrams : words, field, questionWords.strip(t))) {
        if (seen.add(term) && seen.size() <= MAX_TERMS) {
          b.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  /** The query for a text alone, without filters. */
  Query matching(String text, List<String> alternatives, boolean ranking, boolean relaxed) {
    if (text.isBlank() && alternatives.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String t : concat(text, alternatives)) {
      Query q = text(t, ranking, relaxed);
      if (!(q instanceof MatchNoDocsQuery)) {
        any.add(q, Occur.SHOULD);
        clauses++;
      }
      if (PinyinTokens.looksLikePinyin(t)) {
        any.add(new BoostQuery(new TermQuery(new Term(Fields.PINYIN, PinyinTokens.compact(t))), PINYIN_BOOST), Occur.SHOULD);
        clauses++;
      }
      for (String key : DocumentNumberKeys.candidates(t)) {
        any.add(new BoostQuery(new TermQuery(new Term(Fields.DOCNUM, key)), DOCNUM_BOOST), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("no searchable terms") : any.build();
  }

  private static List<String> concat(String text, List<String> alternatives) {
    List<String> all = new ArrayList<>();
    if (!text.isBlank()) {
      all.add(text);
    }
    all.addAll(alternatives);
    return all;
  }

  private Query text(String t, boolean ranking, boolean relaxed) {
    String content = questionWords.strip(t);
    List<Query> parts = new ArrayList<>();
    if (mode.bigrams()) {
      List<String> terms = terms(bigrams, Fields.BODY_BIGRAM, content);
      if (!terms.isEmpty()) {
        parts.add(fields(content, bigrams, terms, Fields.TITLE_BIGRAM, Fields.BODY_BIGRAM, BIGRAMS_MUST_MATCH, ranking, relaxed));
      }
    }
    if (mode.words()) {
      List<String> terms = terms(words, Fields.TITLE_WORDS, content);
      if (!terms.isEmpty()) {
        parts.add(fields(content, words, terms, Fields.TITLE_WORDS, Fields.BODY_WORDS, WORDS_MUST_MATCH, ranking, relaxed));
      }
    }
    if (parts.isEmpty()) {
      return new MatchNoDocsQuery("no searchable terms");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    parts.forEach(p -> b.add(p, Occur.SHOULD));
    return b.build();
  }

  /**
   * A document matches strictly when title or body holds enough of the terms; whole phrases rank
   * higher. Relaxed, any one term is enough, and strict matches rank above the rest.
   */
  private Query fields(String content, Analyzer analyzer, List<String> terms, String titleField, String bodyField, float mustMatch,
      boolean ranking, boolean relaxed) {
    float title = relevance.titleBoost();
    BooleanQuery.Builder strict = new BooleanQuery.Builder();
    strict.add(new BoostQuery(terms(titleField, terms, mustMatch), title), Occur.SHOULD);
    strict.add(terms(bodyField, terms, mustMatch), Occur.SHOULD);
    if (!relaxed) {
      if (ranking && terms.size() > 1) {
        phrases(strict, terms, titleField, bodyField);
      }
      return strict.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(terms(titleField, terms, 0f), title), Occur.SHOULD);
    b.add(terms(bodyField, terms, 0f), Occur.SHOULD);
    if (ranking) {
      b.add(new BoostQuery(new ConstantScoreQuery(strict.build()), STRICT_TIER), Occur.SHOULD);
      if (terms.size() > 1) {
        phrases(b, terms, titleField, bodyField);
      }
      if (relevance.proximityBoost() > 0) {
        pairs(b, content, analyzer, titleField, bodyField);
      }
    }
    return b.build();
  }

  private void phrases(BooleanQuery.Builder b, List<String> terms, String titleField, String bodyField) {
    float phrase = relevance.phraseBoost();
    if (phrase > 0) {
      b.add(new BoostQuery(new PhraseQuery(0, bodyField, terms.toArray(String[]::new)), phrase), Occur.SHOULD);
      b.add(new BoostQuery(new PhraseQuery(0, titleField, terms.toArray(String[]::new)), phrase * relevance.titleBoost()),
          Occur.SHOULD);
    }
  }

  /**
   * Proximity: each pair of neighbouring terms of one stretch of the query (between question
   * words and punctuation) found next to each other in the body, a longer shared passage than
   * one bigram says.
   */
  private void pairs(BooleanQuery.Builder b, String content, Analyzer analyzer, String titleField, String bodyField) {
    int n = 0;
    for (String run : content.split("[\\s\\p{P}\\p{S}]+")) {
      List<String> terms = terms(analyzer, bodyField, run);
      for (int i = 0; i + 1 < terms.size() && n < MAX_PAIRS; i++, n++) {
        b.add(new BoostQuery(new PhraseQuery(0, bodyField, terms.get(i), terms.get(i + 1)), relevance.proximityBoost()), Occur.SHOULD);
      }
    }
  }

  /** The terms in a field; all of them SHOULD, at least {@code mustMatch} of them (0: any one). */
  private static Query terms(String field, List<String> terms, float mustMatch) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
    }
    if (mustMatch > 0) {
      b.setMinimumNumberShouldMatch((int) Math.ceil(terms.size() * mustMatch));
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder root, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
    }
    root.add(any.build(), Occur.FILTER);
  }

  /** Returns the distinct terms an analyzer makes of a text, at most {@link #MAX_TERMS}. */
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
}
