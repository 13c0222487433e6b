package org.govsite.search.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Which Chinese analysis the index uses. Measured on the labelled query set (docs/search.md):
 * COMBINED ranks a hair better than BIGRAM (recall@10 0.925 vs 0.919, same MRR), but segmenting
 * bodies with SmartChineseAnalyzer runs at ~2 MB/s against ~38 MB/s for bigrams, so BIGRAM is
 * the default; word segmentation is still used for the pinyin forms of titles.
 */
@API(status = INTERNAL, since = "0.1")
public enum AnalysisMode {
  /** CJK bigrams only. */
  BIGRAM(true, false),
  /** SmartChineseAnalyzer word segmentation only. */
  WORDS(false, true),
  /** Both, scored together. */
  COMBINED(true, true);

  private final boolean bigrams;
  private final boolean words;

  AnalysisMode(boolean bigrams, boolean words) {
    this.bigrams = bigrams;
    this.words = words;
  }

  /** Returns whether bigram fields are indexed and queried. */
  public boolean bigrams() {
    return bigrams;
  }

  /** Returns whether word fields (titles and bodies) are indexed and queried. */
  public boolean words() {
    return words;
  }
}
