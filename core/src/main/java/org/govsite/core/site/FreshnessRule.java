package org.govsite.core.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The freshness rule of one kind of column or one column (栏目更新要求): how long it may go without
 * a new item, which veto item counts it when it is stale, whether it may be blank, and up to which
 * level of the column tree the limit applies.
 *
 * <p>Build one with {@link #within} or {@link #noLimit} and refine it with {@link #allowBlank} and
 * {@link #upToLevel}.
 *
 * @param limit the longest time without a new item; empty when the column is never stale
 * @param staleVeto the veto item that counts the column when it is stale
 * @param mayBeBlank whether an empty column is acceptable (otherwise it is {@code blank})
 * @param maxLevel the deepest column level the limit applies to (1 = 一级栏目 only); 0 for any level
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FreshnessRule(Optional<FreshnessLimit> limit, FreshnessVetoCode staleVeto, boolean mayBeBlank, int maxLevel) {

  /** Validates the components. */
  public FreshnessRule {
    Checks.notNull(limit, "limit");
    Checks.notNull(staleVeto, "staleVeto");
    Checks.argument(staleVeto == FreshnessVetoCode.COLUMNS_NOT_UPDATED || staleVeto == FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED,
        "staleVeto", "超期栏目只能计入栏目不更新或应更未更", "a stale column counts as COLUMNS_NOT_UPDATED or SHOULD_UPDATE_NOT_UPDATED: " + staleVeto);
    Checks.argument(maxLevel >= 0 && maxLevel <= Column.MAX_LEVEL, "maxLevel", "栏目级别应为0至" + Column.MAX_LEVEL,
        "the level must be 0–" + Column.MAX_LEVEL + " (0 = any): " + maxLevel);
  }

  /** Returns a rule: stale after {@code limit}, counted by {@code staleVeto}, not blank, any level. */
  public static FreshnessRule within(FreshnessLimit limit, FreshnessVetoCode staleVeto) {
    return new FreshnessRule(Optional.of(Checks.notNull(limit, "limit")), staleVeto, false, 0);
  }

  /** Returns a rule without a time limit (never stale) whose column may still not be blank. */
  public static FreshnessRule noLimit() {
    return new FreshnessRule(Optional.empty(), FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED, false, 0);
  }

  /** Returns a copy that accepts an empty column. */
  public FreshnessRule allowBlank() {
    return new FreshnessRule(limit, staleVeto, true, maxLevel);
  }

  /** Returns a copy whose limit applies only to columns of level {@code level} or above (1 = 一级). */
  public FreshnessRule upToLevel(int level) {
    Checks.argument(level >= 1, "level", "栏目级别从1开始", "levels start at 1: " + level);
    return new FreshnessRule(limit, staleVeto, mayBeBlank, level);
  }

  /** Returns the limit that applies to a column of the given level, if any. */
  public Optional<FreshnessLimit> limitAt(int level) {
    return maxLevel == 0 || level <= maxLevel ? limit : Optional.empty();
  }
}
