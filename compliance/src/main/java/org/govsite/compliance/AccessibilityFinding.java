package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One accessibility problem on a page (无障碍问题): the rule, the element, what is wrong and how to fix it.
 *
 * @param rule the rule
 * @param element the element, shortened (e.g. {@code <img src="/logo.png">})
 * @param problem what is wrong
 * @param fix how to fix it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AccessibilityFinding(AccessibilityRule rule, String element, String problem, String fix) {
  /** Validates the components. */
  public AccessibilityFinding {
    Checks.notNull(rule, "rule");
    Checks.notNull(element, "element");
    Checks.notNull(problem, "problem");
    Checks.notNull(fix, "fix");
  }
}
