package org.govsite.core.site;

import static org.govsite.core.site.FreshnessFixtures.CODE;
import static org.govsite.core.site.FreshnessFixtures.column;
import static org.govsite.core.site.FreshnessFixtures.publish;
import static org.govsite.core.site.FreshnessFixtures.site;
import static org.govsite.core.site.FreshnessFixtures.tracker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of freshness evaluation (RULES §3). */
class FreshnessProperties {
  private static final LocalDateTime ORIGIN = LocalDateTime.of(2024, 1, 1, 0, 0);
  /** Offsets in seconds over about three years, so every limit of both presets is crossed. */
  private static final int SPAN = 3 * 366 * 86_400;

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, SPAN),
        Arbitraries.integers().between(0, SPAN / 86_400).map(d -> d * 86_400));
  }

  @Provide
  Arbitrary<FreshnessPolicy> policies() {
    return Arbitraries.of(FreshnessPolicy.national(), FreshnessPolicy.strictLocal());
  }

  private static LocalDateTime t(int offset) {
    return ORIGIN.plusSeconds(offset);
  }

  /** Staleness as an order: a higher rank is worse. */
  private static int rank(FreshnessStatus s) {
    return switch (s) {
      case EXEMPT, FRESH -> 0;
      case DUE_SOON -> 1;
      case STALE -> 2;
      case BLANK -> 3;
    };
  }

  private static ColumnFreshness evaluate(ColumnKind kind, List<Integer> items, int at, FreshnessPolicy policy) {
    FreshnessTracker tr = tracker(site(1, kind), t(at));
    for (int i = 0; i < items.size(); i++) {
      publish(tr, "c0", "i" + i, t(items.get(i)));
    }
    return column(tr.evaluate(CODE, t(at), policy), "c0");
  }

  @Group
  class Columns {
    @Property
    void addingAnItemNeverMakesAColumnStaler(@ForAll ColumnKind kind, @ForAll("policies") FreshnessPolicy policy,
        @ForAll @Size(max = 6) List<@From("offsets") Integer> items, @ForAll("offsets") int extra, @ForAll("offsets") int at) {
      ColumnFreshness before = evaluate(kind, items, at, policy);
      List<Integer> more = new ArrayList<>(items);
      more.add(extra);
      ColumnFreshness after = evaluate(kind, more, at, policy);
      assertTrue(rank(after.status()) <= rank(before.status()), before.status() + " → " + after.status());
      assertTrue(after.itemCount() >= before.itemCount());
    }

    @Property
    void aColumnWithAnItemInsideItsLimitIsNeverStale(@ForAll ColumnKind kind, @ForAll("policies") FreshnessPolicy policy,
        @ForAll("offsets") int published, @ForAll @IntRange(min = 0, max = 400 * 86_400) int elapsed) {
      Optional<FreshnessLimit> limit = policy.rule(kind).limitAt(1);
      LocalDateTime p = t(published);
      LocalDateTime at = p.plusSeconds(elapsed);
      boolean inside = limit.isEmpty() || !at.isAfter(limit.get().freshUntil(p, policy.calendar()));
      ColumnFreshness c = evaluate(kind, List.of(published), published + elapsed, policy);
      if (inside) {
        assertNotEquals(FreshnessStatus.STALE, c.status());
      } else {
        assertEquals(FreshnessStatus.STALE, c.status());
      }
    }

    /** The tracker's binary search over sorted arrays equals a rescan of every item. */
    @Property
    void trackerEqualsANaiveRescan(@ForAll @Size(max = 12) List<@From("offsets") Integer> published,
        @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 400 * 86_400) Integer> withdrawAfter, @ForAll("offsets") int at) {
      FreshnessTracker tr = tracker(site(1, ColumnKind.NEWS), t(at));
      long[] withdrawn = new long[published.size()];
      for (int i = 0; i < published.size(); i++) {
        publish(tr, "c0", "i" + i, t(published.get(i)));
        withdrawn[i] = Long.MAX_VALUE;
      }
      for (int i = 0; i < Math.min(published.size(), withdrawAfter.size()); i += 2) {
        withdrawn[i] = (long) published.get(i) + withdrawAfter.get(i);
        tr.record(FreshnessEvent.withdraw(CODE, "c0", "i" + i, ORIGIN.plusSeconds(withdrawn[i])));
      }
      long last = Long.MIN_VALUE;
      int count = 0;
      for (int i = 0; i < published.size(); i++) {
        if (published.get(i) <= at && withdrawn[i] > at) {
          count++;
          last = Math.max(last, published.get(i));
        }
      }
      ColumnFreshness c = column(tr.evaluate(CODE, t(at), FreshnessPolicy.national()), "c0");
      assertEquals(count, c.itemCount());
      assertEquals(count == 0 ? Optional.empty() : Optional.of(ORIGIN.plusSeconds(last)), c.lastPublished());
    }
  }

  @Group
  class Verdicts {
    private boolean passes(ColumnKind kind, int columns, int stale, FreshnessPolicy policy) {
      LocalDateTime at = LocalDateTime.of(2026, 11, 20, 12, 0);
      FreshnessTracker tr = tracker(site(columns, kind), at);
      for (int i = 0; i < columns; i++) {
        publish(tr, "c" + i, "x", i < stale ? at.minusYears(2) : at);
      }
      return tr.evaluate(CODE, at, policy).passed();
    }

    @Property
    void theVerdictIsMonotonicInTheNumberOfStaleColumns(@ForAll("policies") FreshnessPolicy policy,
        @ForAll ColumnKind kind, @ForAll @IntRange(min = 1, max = 30) int columns, @ForAll @IntRange(min = 0, max = 29) int stale) {
      int k = Math.min(stale, columns - 1);
      boolean fewer = passes(kind, columns, k, policy);
      boolean more = passes(kind, columns, k + 1, policy);
      assertTrue(fewer || !more, "passed with " + (k + 1) + " stale columns but failed with " + k);
    }

    @Property
    void aSiteFailsExactlyWhenACountReachesItsThreshold(@ForAll @IntRange(min = 0, max = 12) int stale) {
      boolean passed = passes(ColumnKind.NEWS, 12, stale, FreshnessPolicy.national());
      assertEquals(stale < 5, passed);
    }
  }
}
