package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The queue figures of one stage (环节统计).
 *
 * @param stage the stage's name
 * @param waiting how many items wait for this stage now
 * @param decisions how many approvals and rejections this stage has made, in every round
 * @param medianTime the median time from an item reaching the stage to the stage's decision (for an
 *     even count, the lower of the two middle values); zero without decisions
 * @param meanTime the mean of the same times; zero without decisions
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StageStatistics(String stage, int waiting, int decisions, Duration medianTime, Duration meanTime) {
  /** Validates the components. */
  public StageStatistics {
    Checks.notNull(stage, "stage");
    Checks.notNull(medianTime, "medianTime");
    Checks.notNull(meanTime, "meanTime");
  }
}
