package org.govsite.core.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The totals of a cluster evaluation (站群汇总).
 *
 * @param sites the number of sites
 * @param passed sites that passed
 * @param failed sites that failed
 * @param columns the number of columns
 * @param byStatus columns per status (every status present, possibly 0)
 * @param failuresByVeto sites failed by each veto item (every code present, possibly 0)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FreshnessTotals(int sites, int passed, int failed, int columns, Map<FreshnessStatus, Integer> byStatus,
    Map<FreshnessVetoCode, Integer> failuresByVeto) {

  /** Rejects a null component, naming it, and copies the maps. */
  public FreshnessTotals {
    byStatus = Map.copyOf(Checks.notNull(byStatus, "byStatus"));
    failuresByVeto = Map.copyOf(Checks.notNull(failuresByVeto, "failuresByVeto"));
  }
}
