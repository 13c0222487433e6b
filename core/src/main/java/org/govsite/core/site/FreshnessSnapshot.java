package org.govsite.core.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A column's freshness at one past instant (历史快照), the cells of the report's heat map.
 *
 * @param at the instant
 * @param status the status then
 * @param daysSinceLast whole days from the last item to {@code at}; empty when there was none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FreshnessSnapshot(LocalDateTime at, FreshnessStatus status, OptionalLong daysSinceLast) {
  /** Rejects a null component, naming it. */
  public FreshnessSnapshot {
    Checks.notNull(at, "at");
    Checks.notNull(status, "status");
    Checks.notNull(daysSinceLast, "daysSinceLast");
  }
}
