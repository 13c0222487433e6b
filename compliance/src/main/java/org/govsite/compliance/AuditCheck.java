package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One check of the census beyond the veto items (检查项) with its evidence: what was found or
 * missing, and where.
 *
 * @param code the check
 * @param status passed, failed or not checked
 * @param weight what a failure costs: veto, deduction or advice
 * @param count how many offences were counted
 * @param threshold the count at which it fails
 * @param rule the rule it cites
 * @param evidence one line per offence (a URL with what was found or missing), or why it was not checked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AuditCheck(CheckCode code, CheckStatus status, Weight weight, int count, int threshold, String rule, List<String> evidence) {
  /** Validates the components. */
  public AuditCheck {
    Checks.notNull(code, "code");
    Checks.notNull(status, "status");
    Checks.notNull(weight, "weight");
    Checks.notNull(rule, "rule");
    evidence = List.copyOf(Checks.notNull(evidence, "evidence"));
  }

  /** Returns whether the check failed (whatever its weight). */
  public boolean failed() {
    return status == CheckStatus.FAIL;
  }

  /** Returns whether it fails the site: failed with the veto weight. */
  public boolean failsSite() {
    return failed() && weight.kind() == Weight.Kind.VETO;
  }

  /** Returns the points it takes off the score: its deduction when it failed, else 0. */
  public int pointsDeducted() {
    return failed() && weight.kind() == Weight.Kind.DEDUCTION ? weight.points() : 0;
  }
}
