package org.govsite.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Translates a {@link QueryPlan} into Lucene queries, the one place the embedded backend builds
 * them: the plan holds every decision (terms, how many must match, pinyin and 发文字号 keys,
 * pairs, weights), this class only the Lucene shapes. A query is never a string handed to a
 * query parser, so no input can be a syntax error, a wildcard or a regex scan.
 */
final class QueryFactory {
  private QueryFactory() {}

  /**
   * The query for a request: any phrasing matches, all filters apply. With {@code ranking} off
   * it matches the same documents without the clauses that only order them, which makes counting
   * every match for facets cheaper.
   */
  static Query build(SearchRequest request, QueryPlan plan, boolean ranking) {
    BooleanQuery.Builder root = new BooleanQuery.Builder();
    root.add(matching(plan, ranking), Occur.MUST);
    filter(root, Fields.KIND, request.kinds().stream().map(ContentKind::code).toList());
    filter(root, Fields.COLUMN, List.copyOf(request.columns()));
    filter(root, Fields.ORGAN, List.copyOf(request.organs()));
    filter(root, Fields.TOPIC, List.copyOf(request.topics()));
    filter(root, Fields.YEAR, request.years().stream().map(String::valueOf).toList());
    filter(root, Fields.SITE, List.copyOf(request.sites()));
    return root.build();
  }

  /**
   * The first phase of relevance ranking ({@link TwoPhaseRanking}): every term of every phrasing
   * in title and body as one plain disjunction, with the request's filters; block-max WAND finds
   * its best documents cheaply.
   */
  static Query candidates(SearchRequest request, QueryPlan plan) {
    return build(request, plan.withRelaxed(true), false);
  }

  /**
   * The query the highlighter marks: the plan's highlight terms in the stored body field, as
   * plain term clauses (the ranking query's structure only slows highlighting).
   */
  static Query highlighting(QueryPlan plan, String field) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String term : plan.highlightTerms()) {
      b.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
    }
    return b.build();
  }

  /** The query for the plan's text alone, without filters. */
  static Query matching(QueryPlan plan, boolean ranking) {
    if (plan.matchAll()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (QueryPlan.Phrasing p : plan.phrasings()) {
      if (!p.terms().isEmpty()) {
        any.add(text(p, plan, ranking), Occur.SHOULD);
        clauses++;
      }
      if (!p.pinyin().isEmpty()) {
        List<Query> readings = new ArrayList<>();
        for (List<String> pairs : p.pinyin()) {
          readings.add(pairs.size() == 1 ? new TermQuery(new Term(Fields.PINYIN, pairs.get(0)))
              : new PhraseQuery(0, Fields.PINYIN, pairs.toArray(String[]::new)));
        }
        any.add(new BoostQuery(new DisjunctionMaxQuery(readings, 0f), QueryPlan.PINYIN_BOOST), Occur.SHOULD);
        clauses++;
      }
      for (String key : p.documentNumberKeys()) {
        any.add(new BoostQuery(new TermQuery(new Term(Fields.DOCNUM, key)), QueryPlan.DOCUMENT_NUMBER_BOOST), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("no searchable terms") : any.build();
  }

  private static Query text(QueryPlan.Phrasing p, QueryPlan plan, boolean ranking) {
    if (p.terms().size() == 1) {
      return fields(p.terms().get(0), plan, ranking);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    p.terms().forEach(t -> b.add(fields(t, plan, ranking), Occur.SHOULD));
    return b.build();
  }

  /**
   * A document matches strictly when title or body holds enough of the terms; whole phrases rank
   * higher. Relaxed, any one term is enough, and strict matches rank above the rest.
   */
  private static Query fields(QueryPlan.Terms t, QueryPlan plan, boolean ranking) {
    String titleField = t.kind() == QueryPlan.TermKind.BIGRAM ? Fields.TITLE_BIGRAM : Fields.TITLE_WORDS;
    String bodyField = t.kind() == QueryPlan.TermKind.BIGRAM ? Fields.BODY_BIGRAM : Fields.BODY_WORDS;
    Relevance relevance = plan.relevance();
    List<String> terms = t.terms();
    float title = relevance.titleBoost();
    BooleanQuery.Builder strict = new BooleanQuery.Builder();
    strict.add(new BoostQuery(terms(titleField, terms, t.minimumShouldMatch()), title), Occur.SHOULD);
    strict.add(terms(bodyField, terms, t.minimumShouldMatch()), Occur.SHOULD);
    if (!plan.relaxed()) {
      if (ranking && terms.size() > 1) {
        phrases(strict, terms, titleField, bodyField, relevance);
      }
      return strict.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(terms(titleField, terms, 0), title), Occur.SHOULD);
    b.add(terms(bodyField, terms, 0), Occur.SHOULD);
    if (ranking) {
      b.add(new BoostQuery(new ConstantScoreQuery(strict.build()), QueryPlan.STRICT_TIER), Occur.SHOULD);
      if (terms.size() > 1) {
        phrases(b, terms, titleField, bodyField, relevance);
      }
      if (relevance.proximityBoost() > 0) {
        for (QueryPlan.TermPair pair : t.pairs()) {
          b.add(new BoostQuery(new PhraseQuery(0, bodyField, pair.first(), pair.second()), relevance.proximityBoost()), Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  private static void phrases(BooleanQuery.Builder b, List<String> terms, String titleField, String bodyField, Relevance relevance) {
    float phrase = relevance.phraseBoost();
    if (phrase > 0) {
      b.add(new BoostQuery(new PhraseQuery(0, bodyField, terms.toArray(String[]::new)), phrase), Occur.SHOULD);
      b.add(new BoostQuery(new PhraseQuery(0, titleField, terms.toArray(String[]::new)), phrase * relevance.titleBoost()),
          Occur.SHOULD);
    }
  }

  /** The terms in a field; all of them SHOULD, at least {@code minimum} of them (0: any one). */
  private static Query terms(String field, List<String> terms, int minimum) {
    if (terms.size() == 1) {
      return term(field, terms.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(term(field, t), Occur.SHOULD);
    }
    if (minimum > 0) {
      b.setMinimumNumberShouldMatch(minimum);
    }
    return b.build();
  }

  /**
   * A term in a field. A single Han character in the bigram body is wherever the body holds it,
   * which the character counts know ({@link HanCharacterCounts}); the bigram field holds it only
   * where it stands alone (in an index of format v2, which has no counts, everywhere: there the
   * bigram field answers alone).
   */
  private static Query term(String field, String term) {
    TermQuery q = new TermQuery(new Term(field, term));
    if (!field.equals(Fields.BODY_BIGRAM) || !QueryPlan.isSingleCharacter(term)) {
      return q;
    }
    return new DisjunctionMaxQuery(List.of(q, new TermQuery(new Term(Fields.BODY_CHARS, term))), 0f);
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
}
