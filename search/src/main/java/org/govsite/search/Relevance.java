package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The ranking weights (排序权重) every backend applies ({@link QueryPlan}), chosen by measurement on the keyword and question
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
@API(status = EXPERIMENTAL, since = "0.2")
public record Relevance(float k1, float b, float titleBoost, float phraseBoost, float proximityBoost, int candidates) {
  /**
   * The measured winner (RelevanceTuningTest, 2026-11-30): Lucene's k1 and b, the title weighted
   * as the body (titles are a document's first line), no proximity pairs (a tie with 1 on
   * recall@10, better MRR), phrase 10.
   */
  public static final Relevance DEFAULT = new Relevance(1.2f, 0.75f, 1f, 10f, 0f, TwoPhaseRanking.CANDIDATES);

  /** Rejects a negative weight or a {@code b} outside 0–1, naming it. */
  public Relevance {
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
