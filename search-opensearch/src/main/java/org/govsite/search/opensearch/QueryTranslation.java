package org.govsite.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.govsite.search.QueryPlan;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SpanQuery;

/**
 * Turns GovSite's query decisions (terms already folded and split on the client) into OpenSearch
 * query DSL, clause for clause as the embedded Lucene backend builds them: only {@code term},
 * {@code terms}, {@code bool}, {@code span_near} and {@code constant_score} with the exact terms,
 * never {@code query_string}, so no input is query syntax, a wildcard or a regex.
 */
final class QueryTranslation {
  /** What a strict match adds to its score in a relaxed query: more than any relaxed score reaches. */
  static final float STRICT_TIER = 100_000f;

  private QueryTranslation() {}

  /**
   * One phrasing of the query (the text or a synonym) as the client analysed it.
   *
   * @param terms the distinct bigrams (and lone characters, Latin words) of its content, in order
   * @param mustMatch how many of {@code terms} a strict match must hold in the title or the body
   * @param runs the stretches of content between question words and punctuation, each as its terms
   *     in order: neighbouring pairs in a run are the proximity clauses
   * @param pinyin what the phrasing may mean in the pinyin field when it looks like pinyin
   *     ({@code QueryPlan.Phrasing#pinyin}), else empty
   * @param documentNumberKeys the normalized 发文字号 keys it may be
   */
  record Phrasing(List<String> terms, int mustMatch, List<List<String>> runs, List<List<String>> pinyin, List<String> documentNumberKeys) {}

  /** Ranking weights, the same as the embedded backend's. */
  record Weights(float title, float phrase, float proximity, float pinyin, float documentNumber, int maxPairs) {}

  /** The query for all phrasings: any one of them matches. An empty list matches nothing. */
  static Query matching(List<Phrasing> phrasings, Weights w, boolean relaxed) {
    BoolQuery.Builder any = new BoolQuery.Builder();
    int clauses = 0;
    for (Phrasing p : phrasings) {
      if (!p.terms().isEmpty()) {
        any.should(text(p, w, relaxed));
        clauses++;
      }
      if (!p.pinyin().isEmpty()) {
        any.should(pinyin(p.pinyin(), w.pinyin()));
        clauses++;
      }
      for (String key : p.documentNumberKeys()) {
        any.should(term(IndexLayout.DOCUMENT_NUMBER_KEYS, key, w.documentNumber()));
        clauses++;
      }
    }
    if (clauses == 0) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    return Query.of(q -> q.bool(any.build()));
  }

  /** Title or body holds enough of the terms; the whole phrase ranks higher. Relaxed: any term, strict first. */
  private static Query text(Phrasing p, Weights w, boolean relaxed) {
    List<String> terms = p.terms();
    BoolQuery.Builder strict = new BoolQuery.Builder()
        .should(anyOf(IndexLayout.TITLE_FOLDED, terms, p.mustMatch(), w.title()))
        .should(anyOf(IndexLayout.BODY_FOLDED, terms, p.mustMatch(), 1f));
    if (!relaxed) {
      if (terms.size() > 1 && w.phrase() > 0) {
        strict.should(phrase(IndexLayout.BODY_FOLDED, terms, w.phrase()));
        strict.should(phrase(IndexLayout.TITLE_FOLDED, terms, w.phrase() * w.title()));
      }
      return Query.of(q -> q.bool(strict.build()));
    }
    Query strictQuery = Query.of(q -> q.bool(strict.build()));
    BoolQuery.Builder b = new BoolQuery.Builder()
        .should(anyOf(IndexLayout.TITLE_FOLDED, terms, 0, w.title()))
        .should(anyOf(IndexLayout.BODY_FOLDED, terms, 0, 1f))
        .should(Query.of(q -> q.constantScore(c -> c.filter(strictQuery).boost(STRICT_TIER))));
    if (terms.size() > 1 && w.phrase() > 0) {
      b.should(phrase(IndexLayout.BODY_FOLDED, terms, w.phrase()));
      b.should(phrase(IndexLayout.TITLE_FOLDED, terms, w.phrase() * w.title()));
    }
    if (w.proximity() > 0) {
      int n = 0;
      for (List<String> run : p.runs()) {
        for (int i = 0; i + 1 < run.size() && n < w.maxPairs(); i++, n++) {
          b.should(phrase(IndexLayout.BODY_FOLDED, List.of(run.get(i), run.get(i + 1)), w.proximity()));
        }
      }
    }
    return Query.of(q -> q.bool(b.build()));
  }

  /** The terms in a field, all SHOULD, at least {@code mustMatch} of them (0: any one). */
  static Query anyOf(String field, List<String> terms, int mustMatch, float boost) {
    if (terms.size() == 1) {
      return term(textField(field, terms.get(0)), terms.get(0), boost);
    }
    BoolQuery.Builder b = new BoolQuery.Builder().boost(boost);
    for (String t : terms) {
      b.should(term(textField(field, t), t, 1f));
    }
    if (mustMatch > 0) {
      b.minimumShouldMatch(Integer.toString(mustMatch));
    }
    return Query.of(q -> q.bool(b.build()));
  }

  /**
   * Where a term of a folded text field is indexed: a lone Han character in the {@value
   * IndexLayout#CHARS} sub-field (the bigram field holds it only where it stood alone), anything
   * else in the field itself.
   */
  static String textField(String field, String term) {
    return QueryPlan.isSingleCharacter(term) ? field + "." + IndexLayout.CHARS : field;
  }

  /**
   * The terms next to each other in order: Lucene's PhraseQuery with slop 0, on exact terms. A
   * phrase with a lone Han character (which lives in another sub-field) is left out: a span query
   * stays in one field, and such a query is one or two characters long anyway.
   */
  static Query phrase(String field, List<String> terms, float boost) {
    if (terms.stream().anyMatch(QueryPlan::isSingleCharacter)) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    List<SpanQuery> clauses = new ArrayList<>();
    for (String t : terms) {
      clauses.add(SpanQuery.of(s -> s.spanTerm(st -> st.field(field).value(t))));
    }
    return Query.of(q -> q.spanNear(s -> s.clauses(clauses).slop(0).inOrder(true).boost(boost)));
  }

  /** Any one reading of a pinyin query: a pair of syllables is one term, more are a phrase of pairs. */
  static Query pinyin(List<List<String>> readings, float boost) {
    List<Query> any = new ArrayList<>();
    for (List<String> pairs : readings) {
      any.add(pairs.size() == 1 ? term(IndexLayout.PINYIN, pairs.get(0), 1f) : phrase(IndexLayout.PINYIN, pairs, 1f));
    }
    return Query.of(q -> q.disMax(d -> d.queries(any).boost(boost)));
  }

  static Query term(String field, String value, float boost) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)).boost(boost)));
  }

  /** A filter: the field holds one of the values. */
  static Query oneOf(String field, List<String> values) {
    List<FieldValue> v = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(tf -> tf.value(v))));
  }
}
