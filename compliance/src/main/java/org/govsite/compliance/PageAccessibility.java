package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The accessibility of one page (页面无障碍): its score and findings.
 *
 * @param url the page
 * @param score 0–100: the share of the {@link AccessibilityRule}s the page passes
 * @param findings the problems found, in page order per rule
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PageAccessibility(String url, int score, List<AccessibilityFinding> findings) {
  /** Validates the components. */
  public PageAccessibility {
    Checks.notNull(url, "url");
    Checks.argument(score >= 0 && score <= 100, "score", "分数应为0至100", "the score must be 0–100: " + score);
    findings = List.copyOf(Checks.notNull(findings, "findings"));
  }
}
