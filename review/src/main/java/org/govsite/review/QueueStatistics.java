package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The review queue at an instant (审核队列统计): per stage what waits and how long decisions take,
 * and the item that has waited longest.
 *
 * @param at when the figures were taken
 * @param stages one entry per stage, in stage order
 * @param oldestItemId the item in review that has waited longest for its stage, if any
 * @param oldestWaiting how long it has waited; zero when nothing waits
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record QueueStatistics(Instant at, List<StageStatistics> stages, Optional<String> oldestItemId, Duration oldestWaiting) {
  /** Validates the components and copies the list. */
  public QueueStatistics {
    Checks.notNull(at, "at");
    Checks.notNull(stages, "stages");
    Checks.notNull(oldestItemId, "oldestItemId");
    Checks.notNull(oldestWaiting, "oldestWaiting");
    stages = List.copyOf(stages);
  }

  /** Returns how many items wait, over all stages. */
  public int waiting() {
    return stages.stream().mapToInt(StageStatistics::waiting).sum();
  }
}
