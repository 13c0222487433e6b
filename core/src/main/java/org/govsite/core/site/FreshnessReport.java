package org.govsite.core.site;

import org.govsite.core.identifiers.WebsiteCode;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The freshness report of a site cluster (站群栏目更新报告): every site's verdict, riskiest first,
 * with totals. {@code org.govsite.core.site.render.FreshnessReportRenderer} writes it as JSON or
 * as one self-contained HTML page.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FreshnessReport {
  /** A verdict with its sort keys computed once. */
  private record Ranked(SiteFreshnessVerdict v, double risk, int staleOrBlank, int dueSoon) {
    Ranked(SiteFreshnessVerdict v) {
      this(v, v.risk(), v.count(FreshnessStatus.STALE) + v.count(FreshnessStatus.BLANK), v.count(FreshnessStatus.DUE_SOON));
    }
  }

  /** Riskiest first: highest risk, then most stale and blank columns, then most due soon, then by code. */
  private static final Comparator<Ranked> BY_RISK = Comparator.comparingDouble(Ranked::risk).reversed()
      .thenComparing(Comparator.comparingInt(Ranked::staleOrBlank).reversed())
      .thenComparing(Comparator.comparingInt(Ranked::dueSoon).reversed())
      .thenComparing(r -> r.v().site().code());

  private final LocalDateTime at;
  private final String policyName;
  private final List<SiteFreshnessVerdict> sites;
  private final FreshnessTotals totals;

  private FreshnessReport(LocalDateTime at, String policyName, List<SiteFreshnessVerdict> sites) {
    this.at = at;
    this.policyName = policyName;
    List<Ranked> ranked = new ArrayList<>(sites.size());
    for (SiteFreshnessVerdict v : sites) {
      ranked.add(new Ranked(v));
    }
    ranked.sort(BY_RISK);
    List<SiteFreshnessVerdict> sorted = new ArrayList<>(sites.size());
    for (Ranked r : ranked) {
      sorted.add(r.v());
    }
    this.sites = List.copyOf(sorted);
    this.totals = total(this.sites);
  }

  /** Returns a report of the given verdicts, sorted by risk. */
  public static FreshnessReport of(LocalDateTime at, String policyName, List<SiteFreshnessVerdict> verdicts) {
    return new FreshnessReport(at, policyName, verdicts);
  }

  /** Returns the instant evaluated. */
  public LocalDateTime at() {
    return at;
  }

  /** Returns the name of the default policy applied. */
  public String policyName() {
    return policyName;
  }

  /** Returns the sites' verdicts, riskiest first. */
  public List<SiteFreshnessVerdict> sites() {
    return sites;
  }

  /** Returns the verdict of the site with the given code. */
  public Optional<SiteFreshnessVerdict> site(WebsiteCode code) {
    return sites.stream().filter(v -> v.site().code().equals(code)).findFirst();
  }

  /** Returns the totals. */
  public FreshnessTotals totals() {
    return totals;
  }

  /** Returns true when every site passed. */
  public boolean passed() {
    return totals.failed() == 0;
  }

  private static FreshnessTotals total(List<SiteFreshnessVerdict> sites) {
    Map<FreshnessStatus, Integer> byStatus = new EnumMap<>(FreshnessStatus.class);
    for (FreshnessStatus s : FreshnessStatus.values()) {
      byStatus.put(s, 0);
    }
    Map<FreshnessVetoCode, Integer> byVeto = new EnumMap<>(FreshnessVetoCode.class);
    for (FreshnessVetoCode c : FreshnessVetoCode.values()) {
      byVeto.put(c, 0);
    }
    int passed = 0;
    int columns = 0;
    int[] statuses = new int[FreshnessStatus.values().length];
    for (SiteFreshnessVerdict v : sites) {
      passed += v.passed() ? 1 : 0;
      columns += v.columns().size();
      for (ColumnFreshness c : v.columns()) {
        statuses[c.status().ordinal()]++;
      }
      for (FreshnessVeto veto : v.failedVetoes()) {
        byVeto.merge(veto.code(), 1, Integer::sum);
      }
    }
    for (FreshnessStatus s : FreshnessStatus.values()) {
      byStatus.put(s, statuses[s.ordinal()]);
    }
    return new FreshnessTotals(sites.size(), passed, sites.size() - passed, columns, byStatus, byVeto);
  }
}
