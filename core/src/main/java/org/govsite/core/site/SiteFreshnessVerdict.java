package org.govsite.core.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A site's freshness verdict at an instant (栏目更新检查结论): the home page, every column, every
 * veto item of the policy and {@code pass}/{@code fail}.
 *
 * @param site the site
 * @param at the instant evaluated
 * @param policyName the name of the policy applied
 * @param homePage the home page's freshness
 * @param columns every column in site order
 * @param vetoes every veto item of the policy, in {@link FreshnessVetoCode} order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SiteFreshnessVerdict(Site site, LocalDateTime at, String policyName, HomePageFreshness homePage,
    List<ColumnFreshness> columns, List<FreshnessVeto> vetoes) {

  /** Rejects a null component, naming it, and copies the lists. */
  public SiteFreshnessVerdict {
    Checks.notNull(site, "site");
    Checks.notNull(at, "at");
    Checks.notNull(policyName, "policyName");
    Checks.notNull(homePage, "homePage");
    columns = List.copyOf(Checks.notNull(columns, "columns"));
    vetoes = List.copyOf(Checks.notNull(vetoes, "vetoes"));
  }

  /** Returns true when no veto item failed (合格). */
  public boolean passed() {
    return vetoes.stream().noneMatch(FreshnessVeto::failed);
  }

  /** Returns {@code pass} or {@code fail}. */
  public String verdict() {
    return passed() ? "pass" : "fail";
  }

  /** Returns the veto items that failed. */
  public List<FreshnessVeto> failedVetoes() {
    return vetoes.stream().filter(FreshnessVeto::failed).toList();
  }

  /** Returns the number of columns with the given status. */
  public int count(FreshnessStatus status) {
    int n = 0;
    for (ColumnFreshness c : columns) {
      if (c.status() == status) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the site's risk (风险): the highest {@code count / threshold} of its veto items, so 1 or
   * more means it fails and 0.8 means one item is 80% of the way to failing.
   */
  public double risk() {
    double r = 0;
    for (FreshnessVeto v : vetoes) {
      r = Math.max(r, v.ratio());
    }
    return r;
  }
}
