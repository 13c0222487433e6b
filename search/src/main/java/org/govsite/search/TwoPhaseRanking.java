package org.govsite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Finds the best page of a relevance-sorted search (两阶段排序) without letting one slow query
 * shape decide the latency: the full ranking query (title and body each needing 60% of the
 * bigrams, phrases, proximity pairs) is evaluated only on a few hundred candidate documents.
 *
 * <p>Scoring the full query over a whole index of 1,000,000 documents cannot skip much: the
 * minimum-should-match clauses of title and body inside one disjunction defeat block-max WAND
 * (a question took 70 ms where the body clause alone took 14 ms, docs/search.md). The candidates
 * come from two cheap sources, and the full query then scores exactly those documents, so each
 * candidate gets exactly the score the full query would give it:
 *
 * <ul>
 *   <li>when the matches were counted exactly and there are at most {@link #SCORE_ALL} of them,
 *       every match is a candidate, and the page is exactly the one the full query would return;
 *   <li>else the best {@link #CANDIDATES} (a setting) documents of a plain disjunction of the same terms
 *       (which block-max WAND prunes well); if fewer than a page of them match the full query,
 *       the full query runs over the whole index after all.
 * </ul>
 *
 * Only a query with more than {@link #SCORE_ALL} matches is ranked approximately: a document could
 * reach the first page under the full query while it is not among the disjunction's best
 * candidates (measured in docs/search.md). The labelled sets (148 documents) are ranked exactly,
 * so their quality figures are the full query's.
 */
final class TwoPhaseRanking {
  /**
   * How many candidates the plain disjunction supplies by default: 20 pages of 10
   * ({@link SiteSearch.Builder#rankingCandidates}). Measured at 1,000,000 documents
   * (SearchQueryBenchmark, docs/search.md): with 200, three of the 40 benchmark queries' first
   * pages hold a lower-scored document in place of a better one; 2,000 leave none, but raise the
   * p99 from 37 to 50 ms.
   */
  static final int CANDIDATES = 200;
  /** Up to this many exactly counted matches are all scored by the full query. */
  static final int SCORE_ALL = 2_000;

  private TwoPhaseRanking() {}

  /**
   * Returns the best {@code want} documents under {@code ranking}.
   *
   * @param ranking the full query, with the request's filters
   * @param candidates a plain disjunction of the query's terms, with the same filters
   * @param matches the counted matches of {@code ranking}'s non-scoring form
   * @param extra further documents that must be ranked if they match (the strict matches, for a
   *     relaxed query), possibly empty
   */
  static TopDocs top(IndexSearcher searcher, Query ranking, Query candidates, MatchSampler.Sample matches, List<ScoreDoc> extra,
      int want, int candidateCount) throws IOException {
    if (candidateCount == 0 || want > candidateCount / 2) {
      return exact(searcher, ranking, want);
    }
    if (matches.exact() && matches.total() <= SCORE_ALL) {
      return rescore(searcher, ranking, union(docs(matches.matches()), extra), want);
    }
    TopDocs first = searcher.search(candidates, new TopScoreDocCollectorManager(candidateCount, null, candidateCount));
    TopDocs best = rescore(searcher, ranking, union(Arrays.asList(first.scoreDocs), extra), want);
    if (best.scoreDocs.length < want && best.scoreDocs.length < matches.total()) {
      return exact(searcher, ranking, want);
    }
    return best;
  }

  /** The documents the strict matches of a sample hold, for a relaxed query to rank them first. */
  static List<ScoreDoc> strictMatches(MatchSampler.Sample strict) throws IOException {
    return strict.exact() && strict.total() <= SCORE_ALL ? docs(strict.matches()) : List.of();
  }

  private static TopDocs exact(IndexSearcher searcher, Query ranking, int want) throws IOException {
    return searcher.search(ranking, new TopScoreDocCollectorManager(want, null, want));
  }

  private static TopDocs rescore(IndexSearcher searcher, Query ranking, List<ScoreDoc> docs, int want) throws IOException {
    if (docs.isEmpty()) {
      return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    }
    QueryRescorer full = new QueryRescorer(ranking) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? secondPassScore : Float.NEGATIVE_INFINITY;
      }
    };
    ScoreDoc[] all = docs.toArray(ScoreDoc[]::new);
    TopDocs rescored = full.rescore(searcher, new TopDocs(new TotalHits(all.length, TotalHits.Relation.EQUAL_TO), all), all.length);
    List<ScoreDoc> kept = new ArrayList<>(want);
    for (ScoreDoc d : rescored.scoreDocs) {
      if (kept.size() == want || d.score == Float.NEGATIVE_INFINITY) {
        break;
      }
      kept.add(d);
    }
    return new TopDocs(new TotalHits(kept.size(), TotalHits.Relation.EQUAL_TO), kept.toArray(ScoreDoc[]::new));
  }

  private static List<ScoreDoc> docs(FacetsCollector matches) throws IOException {
    List<ScoreDoc> out = new ArrayList<>();
    for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
      DocIdSetIterator it = m.bits.iterator();
      if (it == null) {
        continue;
      }
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        out.add(new ScoreDoc(m.context.docBase + d, 0f));
      }
    }
    return out;
  }

  private static List<ScoreDoc> union(List<ScoreDoc> a, List<ScoreDoc> b) {
    if (b.isEmpty()) {
      return a;
    }
    Map<Integer, ScoreDoc> all = new LinkedHashMap<>();
    for (ScoreDoc d : a) {
      all.putIfAbsent(d.doc, d);
    }
    for (ScoreDoc d : b) {
      all.putIfAbsent(d.doc, d);
    }
    return List.copyOf(all.values());
  }
}
