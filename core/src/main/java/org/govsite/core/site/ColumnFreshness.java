package org.govsite.core.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One column's freshness at an instant (栏目更新情况).
 *
 * @param column the column
 * @param status its status
 * @param lastPublished the latest item that had been published and not withdrawn at the instant
 * @param itemCount the number of such items
 * @param limit the limit that applied; empty when none did
 * @param staleAfter the last instant it is (or was) fresh: stale at every instant strictly after it
 * @param countedAs the veto item that counts it while stale or blank; empty when it is neither
 * @param history earlier snapshots, oldest first (empty unless requested)
 * @param provisional true when a working-day limit runs into a year whose official holiday notice
 *     is not loaded, so {@code staleAfter} may still move (RULES §1)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ColumnFreshness(Column column, FreshnessStatus status, Optional<LocalDateTime> lastPublished, int itemCount,
    Optional<FreshnessLimit> limit, Optional<LocalDateTime> staleAfter, Optional<FreshnessVetoCode> countedAs,
    List<FreshnessSnapshot> history, boolean provisional) {

  /** Rejects a null component, naming it, and copies the history. */
  public ColumnFreshness {
    Checks.notNull(column, "column");
    Checks.notNull(status, "status");
    Checks.notNull(lastPublished, "lastPublished");
    Checks.notNull(limit, "limit");
    Checks.notNull(staleAfter, "staleAfter");
    Checks.notNull(countedAs, "countedAs");
    Checks.notNull(history, "history");
    // Most evaluations have no history: skip the copy's type checks on the hot path.
    history = history.isEmpty() ? List.of() : List.copyOf(history);
  }

  /** Returns the whole days from the last item to {@code at}; empty for a column without items. */
  public OptionalLong daysSinceLast(LocalDateTime at) {
    return lastPublished.map(p -> OptionalLong.of(java.time.Duration.between(p, at).toDays())).orElse(OptionalLong.empty());
  }
}
