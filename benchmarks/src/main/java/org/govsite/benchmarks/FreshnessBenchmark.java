package org.govsite.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govsite.core.site.FreshnessPolicy;
import org.govsite.core.site.FreshnessReport;
import org.govsite.core.site.FreshnessStatus;
import org.govsite.core.site.FreshnessTracker;
import org.govsite.core.site.SiteFreshnessVerdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Column freshness of a site cluster: 1,000 sites × 250 columns × 100 items (25 million items).
 * {@code load*} builds the state from the events; {@code evaluate*} gives every site's verdict at
 * one instant. {@code *Tracker} is {@link FreshnessTracker}; {@code *Naive} is
 * {@link NaiveFreshness}, which rescans every item at each evaluation.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar FreshnessBenchmark -f 1 -wi 2 -w 2s -i 5 -r 2s</pre>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FreshnessBenchmark {

  /** The cluster's shape; the defaults are the issue's. */
  @State(Scope.Benchmark)
  public static class Shape {
    @Param("1000") public int sites;
    @Param("250") public int columns;
    @Param("100") public int items;
    SyntheticCluster cluster;

    @Setup(Level.Trial)
    public void build() {
      cluster = new SyntheticCluster(sites, columns, items);
      checkSameAnswers();
    }

    /** The baseline and the tracker must agree, or the comparison means nothing. */
    private static void checkSameAnswers() {
      SyntheticCluster small = new SyntheticCluster(40, 60, 100);
      FreshnessTracker t = FreshnessTracker.create();
      NaiveFreshness n = new NaiveFreshness();
      small.siteList.forEach(s -> {
        t.addSite(s);
        n.addSite(s);
      });
      t.load(small.events());
      n.load(small.events());
      for (FreshnessPolicy p : List.of(FreshnessPolicy.national(), FreshnessPolicy.strictLocal())) {
        FreshnessReport r = t.evaluateAll(small.at, p);
        int passed = 0;
        for (NaiveFreshness.Result x : n.evaluateAll(small.at, p)) {
          SiteFreshnessVerdict v = r.site(x.code()).orElseThrow();
          if (v.passed() != x.passed() || v.count(FreshnessStatus.STALE) != x.stale() || v.count(FreshnessStatus.BLANK) != x.blank()
              || v.count(FreshnessStatus.DUE_SOON) != x.dueSoon()) {
            throw new IllegalStateException("naive and tracker disagree on " + x.code() + " under " + p.name());
          }
          passed += x.passed() ? 1 : 0;
        }
        if (p == FreshnessPolicy.national() && (passed == 0 || passed == small.sites)) {
          throw new IllegalStateException("the synthetic cluster should have both passing and failing sites: " + passed);
        }
      }
    }
  }

  /** A loaded tracker, for the evaluation benchmark. */
  @State(Scope.Benchmark)
  public static class LoadedTracker {
    FreshnessTracker tracker;
    java.time.LocalDateTime at;

    @Setup(Level.Trial)
    public void load(Shape shape) {
      tracker = loadTracker(shape.cluster);
      // The first evaluation sorts nothing here (events arrive in order) but warms the lazy state.
      tracker.evaluateAll(shape.cluster.at, FreshnessPolicy.national());
      at = shape.cluster.at;
    }
  }

  /** A loaded naive store, for the evaluation benchmark. */
  @State(Scope.Benchmark)
  public static class LoadedNaive {
    NaiveFreshness naive;
    java.time.LocalDateTime at;

    @Setup(Level.Trial)
    public void load(Shape shape) {
      naive = loadNaive(shape.cluster);
      at = shape.cluster.at;
    }
  }

  static FreshnessTracker loadTracker(SyntheticCluster c) {
    FreshnessTracker t = FreshnessTracker.create();
    c.siteList.forEach(t::addSite);
    t.load(c.events());
    return t;
  }

  static NaiveFreshness loadNaive(SyntheticCluster c) {
    NaiveFreshness n = new NaiveFreshness();
    c.siteList.forEach(n::addSite);
    n.load(c.events());
    return n;
  }

  /** Loads the whole cluster from its 25,001,000 events into a tracker. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public FreshnessTracker loadTracker(Shape shape) {
    return loadTracker(shape.cluster);
  }

  /** Loads the whole cluster into the naive store (a list append per item). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public NaiveFreshness loadNaive(Shape shape) {
    return loadNaive(shape.cluster);
  }

  /** Evaluates every site of the cluster with the national preset: full report, sorted by risk, with totals. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public FreshnessReport evaluateTracker(LoadedTracker state) {
    return state.tracker.evaluateAll(state.at, FreshnessPolicy.national());
  }

  /** Evaluates every site by rescanning every item: pass/fail and counts only. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public List<NaiveFreshness.Result> evaluateNaive(LoadedNaive state) {
    return state.naive.evaluateAll(state.at, FreshnessPolicy.national());
  }
}
