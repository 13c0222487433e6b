package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A deduction of the census score (扣分项) that the audit can compute, citing its rule.
 *
 * @param id a stable id, e.g. {@code POLICY_COLUMN_NOT_UPDATED}
 * @param points the points deducted (positive)
 * @param rule the rule it cites
 * @param evidence what was found
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Deduction(String id, int points, String rule, List<String> evidence) {
  /** Validates the components. */
  public Deduction {
    Checks.notNull(id, "id");
    Checks.notNull(rule, "rule");
    Checks.argument(points > 0, "points", "扣分应为正数", "points must be positive");
    evidence = List.copyOf(Checks.notNull(evidence, "evidence"));
  }
}
