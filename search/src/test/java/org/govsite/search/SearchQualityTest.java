package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govsite.search.internal.AnalysisMode;
import org.junit.jupiter.api.Test;

/**
 * Measures the three Chinese analyses on the labelled query set and holds the default to a
 * recall floor. The printed table is the one in docs/search.md.
 */
class SearchQualityTest {
  /** The floor the default analysis must keep (measured 2026-11-23; see docs/search.md). */
  static final double RECALL_FLOOR = 0.90;
  static final double MRR_FLOOR = 0.95;

  record Quality(double recallAt10, double mrr) {}

  static Quality measure(AnalysisMode mode) {
    try (LuceneBackend backend = LuceneBackend.inMemory(mode, 1)) {
      SeedCorpus.indexAll(backend);
      List<SeedCorpus.LabelledQuery> queries = SeedCorpus.queries();
      double recall = 0;
      double mrr = 0;
      for (SeedCorpus.LabelledQuery q : queries) {
        List<BackendHit> hits = backend.search(BackendQuery.of(SearchRequest.builder(q.query()).limit(10).build())).hits();
        Set<String> relevant = new HashSet<>(q.relevant());
        int found = 0;
        double rr = 0;
        for (int i = 0; i < hits.size(); i++) {
          if (relevant.contains(hits.get(i).id())) {
            found++;
            if (rr == 0) {
              rr = 1.0 / (i + 1);
            }
          }
        }
        // Recall@10 capped at what ten results can hold, so large relevant sets are not punished.
        recall += (double) found / Math.min(10, relevant.size());
        mrr += rr;
      }
      return new Quality(recall / queries.size(), mrr / queries.size());
    }
  }

  @Test
  void defaultAnalysisKeepsTheFloor() {
    Map<AnalysisMode, Quality> all = new EnumMap<>(AnalysisMode.class);
    for (AnalysisMode m : AnalysisMode.values()) {
      all.put(m, measure(m));
    }
    System.out.println("| analysis | recall@10 | MRR |");
    all.forEach((m, q) -> System.out.printf("| %s | %.3f | %.3f |%n", m, q.recallAt10(), q.mrr()));
    Quality chosen = all.get(SiteSearch.DEFAULT_ANALYSIS);
    assertTrue(chosen.recallAt10() >= RECALL_FLOOR, "recall@10 " + chosen.recallAt10());
    assertTrue(chosen.mrr() >= MRR_FLOOR, "MRR " + chosen.mrr());
    for (Quality q : all.values()) {
      // Within one query's worth of the best: the default may trade a hair of quality for cost.
      assertTrue(chosen.recallAt10() + chosen.mrr() >= q.recallAt10() + q.mrr() - 1.0 / SeedCorpus.queries().size(),
          "the default must be as good as the best measured analysis: " + all);
    }
  }
}
