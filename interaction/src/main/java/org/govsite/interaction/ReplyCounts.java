package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The reply figures of a set of letters (答复情况统计), as supervisors publish them (RULES §4).
 *
 * @param received letters received in the period
 * @param rejected letters rejected as invalid, spam or duplicate (无用信息)
 * @param valid received − rejected
 * @param replied valid letters replied by the instant
 * @param unreplied valid − replied
 * @param replyRate replied ÷ valid (0 when there is no valid letter), 0..1
 * @param onTime replied on or before the deadline
 * @param late replied after the deadline
 * @param overdue unreplied and past the deadline at the instant
 * @param medianWorkingDaysToReply median of working days from receipt to the first reply
 * @param p90WorkingDaysToReply 90th percentile (nearest rank) of the same
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReplyCounts(long received, long rejected, long valid, long replied, long unreplied, double replyRate,
    long onTime, long late, long overdue, OptionalDouble medianWorkingDaysToReply, OptionalDouble p90WorkingDaysToReply) {
  /** Rejects a null component, naming it. */
  public ReplyCounts {
    Checks.notNull(medianWorkingDaysToReply, "medianWorkingDaysToReply");
    Checks.notNull(p90WorkingDaysToReply, "p90WorkingDaysToReply");
  }
}
