package org.govsite.core.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The home page's freshness at an instant (首页更新情况). A home page never updated counts as not
 * updated (RULES §3: items without a date count as not updated), so its status is {@code stale}.
 *
 * @param status fresh, due-soon, stale, or exempt when the policy sets no home-page limit
 * @param lastUpdated the latest home-page update at or before the instant
 * @param limit the limit that applied
 * @param staleAfter the last instant it is (or was) fresh
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HomePageFreshness(FreshnessStatus status, Optional<LocalDateTime> lastUpdated, Optional<FreshnessLimit> limit,
    Optional<LocalDateTime> staleAfter) {
  /** Rejects a null component, naming it. */
  public HomePageFreshness {
    Checks.notNull(status, "status");
    Checks.notNull(lastUpdated, "lastUpdated");
    Checks.notNull(limit, "limit");
    Checks.notNull(staleAfter, "staleAfter");
  }
}
