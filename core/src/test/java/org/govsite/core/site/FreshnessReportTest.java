package org.govsite.core.site;

import org.govsite.core.identifiers.WebsiteCode;
import static org.govsite.core.site.FreshnessFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cluster evaluation, sorting by risk and totals; the renderings are tested in the render package. */
class FreshnessReportTest {
  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 12, 0);

  @Test
  void sitesAreSortedByRiskWithTotals() {
    FreshnessReport r = FreshnessFixtures.cluster(AT).evaluateAll(AT, FreshnessPolicy.national());
    assertEquals(List.of("bm07000001", "4300000002", "4300000001"), r.sites().stream().map(v -> v.site().code().value()).toList());
    assertEquals(1.2, r.sites().get(0).risk(), 1e-9);
    assertEquals(0.6, r.sites().get(1).risk(), 1e-9);
    FreshnessTotals tot = r.totals();
    assertEquals(3, tot.sites());
    assertEquals(2, tot.passed());
    assertEquals(1, tot.failed());
    assertEquals(24, tot.columns());
    assertEquals(9, tot.byStatus().get(FreshnessStatus.STALE));
    assertEquals(15, tot.byStatus().get(FreshnessStatus.FRESH));
    assertEquals(1, tot.failuresByVeto().get(FreshnessVetoCode.COLUMNS_NOT_UPDATED));
    assertFalse(r.passed());
  }

  @Test
  void perSitePolicyOverridesTheDefault() {
    FreshnessPolicy lenient = FreshnessPolicy.national().toBuilder().name("lenient").threshold(FreshnessVetoCode.COLUMNS_NOT_UPDATED, 7).build();
    FreshnessReport r = FreshnessFixtures.cluster(AT).evaluateAll(AT, FreshnessPolicy.national(), Map.of(WebsiteCode.parse("bm07000001"), lenient), 0);
    assertTrue(r.passed());
    assertEquals("lenient", r.site(WebsiteCode.parse("bm07000001")).orElseThrow().policyName());
  }

  @Test
  void historyGivesWeeklySnapshotsEndingAtTheInstant() {
    FreshnessTracker t = FreshnessFixtures.tracker(FreshnessFixtures.site(1, ColumnKind.NEWS), AT);
    publish(t, "c0", "a", AT.minusDays(20));
    SiteFreshnessVerdict v = t.evaluateAll(AT, FreshnessPolicy.national(), Map.of(), 4).sites().get(0);
    List<FreshnessSnapshot> h = v.columns().get(0).history();
    assertEquals(List.of(AT.minusWeeks(3), AT.minusWeeks(2), AT.minusWeeks(1), AT), h.stream().map(FreshnessSnapshot::at).toList());
    assertEquals(List.of(FreshnessStatus.BLANK, FreshnessStatus.FRESH, FreshnessStatus.DUE_SOON, FreshnessStatus.STALE),
        h.stream().map(FreshnessSnapshot::status).toList());
  }
}
