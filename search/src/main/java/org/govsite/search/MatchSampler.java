package org.govsite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * Counts the matches of a query (命中计数) for the total and the facets: exactly while there are
 * fewer than a bound, else from windows of documents spread evenly over the index.
 *
 * <p>The index's documents are cut into up to {@link #WINDOWS} windows, visited in rounds that double
 * the share seen (window 0, then the middle one, then the quarters …, each round in document
 * order). Once the windows seen hold {@code enough} matches, the rest are not visited: the total
 * and the facet counts are those of the windows seen, scaled by the share of documents they
 * cover. A query with fewer matches visits every window and is counted exactly. Counting every
 * one of 900,000 matches costs more than finding the best ten of them (SearchQueryBenchmark).
 */
final class MatchSampler {
  /** The most windows an index is cut into (a power of two); a window is at least {@link #MIN_WINDOW} documents. */
  static final int WINDOWS = 1024;
  static final int MIN_WINDOW = 1024;

  private MatchSampler() {}

  /**
   * The matches seen.
   *
   * @param total the number of matches: exact, or estimated from the windows seen
   * @param exact whether every document was looked at
   * @param rate the share of the index's documents looked at (1 when exact)
   * @param matches the matching documents seen, for the facet counts
   */
  record Sample(long total, boolean exact, double rate, FacetsCollector matches) {}

  /** Counts the matches of a query: exactly below {@code enough}, else estimated. */
  static Sample sample(IndexSearcher searcher, Query query, int enough) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(new ConstantScoreQuery(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int maxDoc = searcher.getIndexReader().maxDoc();
    int windows = windows(maxDoc);
    int size = Math.max(1, (maxDoc + windows - 1) / windows);
    Leaf[] seen = new Leaf[leaves.size()];
    for (int i = 0; i < seen.length; i++) {
      seen[i] = new Leaf(leaves.get(i));
    }
    long matches = 0;
    long visited = 0;
    // Round 0 is window 0; round r (1 … log2 windows) the windows at odd multiples of windows >> r.
    int rounds = Integer.numberOfTrailingZeros(windows);
    for (int round = 0; round <= rounds; round++) {
      int first = round == 0 ? 0 : windows >> round;
      int step = round == 0 ? windows : windows >> (round - 1);
      for (Leaf leaf : seen) {
        visited += leaf.visit(weight, first, step, windows, size);
      }
      matches = 0;
      for (Leaf leaf : seen) {
        matches += leaf.count;
      }
      if (visited >= maxDoc || round == rounds) {
        return new Sample(matches, true, 1.0, collected(seen));
      }
      if (matches >= enough) {
        double rate = (double) visited / maxDoc;
        return new Sample(roughly(Math.round(matches / rate)), false, rate, collected(seen));
      }
    }
    throw new AssertionError("unreachable: the last round visits every window");
  }

  /** The number of windows: a power of two, at most {@link #WINDOWS}, each of at least {@link #MIN_WINDOW} documents. */
  static int windows(int maxDoc) {
    int wanted = Math.max(1, Math.min(WINDOWS, maxDoc / MIN_WINDOW));
    return Integer.highestOneBit(wanted);
  }

  /** An estimate to two significant digits (763,418 → 760,000): it is not exact, so it does not look it. */
  static long roughly(long n) {
    if (n < 100) {
      return n;
    }
    long unit = 1;
    while (n / unit >= 100) {
      unit *= 10;
    }
    return Math.round((double) n / unit) * unit;
  }

  private static FacetsCollector collected(Leaf[] leaves) {
    List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
    for (Leaf leaf : leaves) {
      if (leaf.count > 0) {
        docs.add(new FacetsCollector.MatchingDocs(leaf.context, leaf.docs.build(), leaf.count, null));
      }
    }
    return new Collected(docs);
  }

  /** A facets collector over matches gathered here rather than by a search. */
  private static final class Collected extends FacetsCollector {
    private final List<MatchingDocs> docs;

    Collected(List<MatchingDocs> docs) {
      this.docs = List.copyOf(docs);
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
      return docs;
    }
  }

  /** The matches seen in one segment. */
  private static final class Leaf implements LeafCollector {
    final LeafReaderContext context;
    final DocIdSetBuilder docs;
    int count;

    Leaf(LeafReaderContext context) {
      this.context = context;
      this.docs = new DocIdSetBuilder(context.reader().maxDoc());
    }

    /** Visits this round's windows that fall in the segment; returns how many documents they cover. */
    long visit(Weight weight, int first, int step, int windows, int size) throws IOException {
      int base = context.docBase;
      int end = base + context.reader().maxDoc();
      BulkScorer scorer = null;
      long covered = 0;
      for (long w = first; w < windows && w * size < end; w += step) {
        int from = (int) Math.max(base, w * size);
        int to = (int) Math.min(end, (w + 1) * size);
        if (from >= to) {
          continue;
        }
        covered += to - from;
        if (scorer == null) {
          scorer = weight.bulkScorer(context);
          if (scorer == null) {
            scorer = NO_MATCHES;
          }
        }
        scorer.score(this, context.reader().getLiveDocs(), from - base, to - base);
      }
      return covered;
    }

    @Override
    public void setScorer(Scorable scorer) {
      // counting only
    }

    @Override
    public void collect(int doc) {
      docs.grow(1).add(doc);
      count++;
    }
  }

  private static final BulkScorer NO_MATCHES = new BulkScorer() {
    @Override
    public int score(LeafCollector collector, org.apache.lucene.util.Bits acceptDocs, int min, int max) {
      return org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
    }

    @Override
    public long cost() {
      return 0;
    }
  };
}
