package org.govsite.search;

import org.govsite.core.support.Checks;

/**
 * The ranking settings of the Lucene backend, chosen by measurement on the keyword and question
 * sets (docs/search.md, RelevanceTuningTest prints the grid): BM25's {@code k1} and {@code b}, and
 * the weights of the title, of an exact phrase and of a nearby pair of the query's bigrams.
 *
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalization
 * @param titleBoost weight of a match in the title against one in the body
 * @param phraseBoost weight of the whole query found as a phrase
 * @param proximityBoost weight of two neighbouring bigrams of the query found next to each other
 * @param candidates how many candidates the full ranking scores ({@link TwoPhaseRanking}); 0 ranks
 *     every match by the full query
 */
record Relevance(float k1, float b, float titleBoost, float phraseBoost, float proximityBoost, int candidates) {
  /**
   * The measured winner (RelevanceTuningTest, 2026-11-30): Lucene's k1 and b, the title weighted
   * as the body (titles are a document's first line), no proximity pairs (a tie with 1 on
   * recall@10, better MRR), phrase 10.
   */
  static final Relevance DEFAULT = new Relevance(1.2f, 0.75f, 1f, 10f, 0f, TwoPhaseRanking.CANDIDATES);

  Relevance {
    Checks.argument(k1 >= 0, "k1", "不能为负数", "must not be negative: " + k1);
    Checks.argument(b >= 0 && b <= 1, "b", "超出范围", "must be between 0 and 1: " + b);
    Checks.argument(candidates >= 0, "rankingCandidates", "不能为负数", "must not be negative: " + candidates);
    Checks.argument(titleBoost > 0 && phraseBoost >= 0 && proximityBoost >= 0, "boost", "超出范围", "boosts must not be negative");
  }

  /** Returns these settings with another number of ranking candidates. */
  Relevance withCandidates(int n) {
    return new Relevance(k1, b, titleBoost, phraseBoost, proximityBoost, n);
  }
}
