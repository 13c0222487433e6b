package org.govsite.search.internal;

/** Which Chinese analysis the index uses; chosen by measurement (docs/search.md). */
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

  /** Returns whether word fields are indexed and queried. */
  public boolean words() {
    return words;
  }
}
