package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The accessibility of a site (网站无障碍): a score for the site and one per page crawled.
 *
 * @param score 0–100: the mean of the pages' scores, 100 when no page was read
 * @param pages every HTML page read, with its score and findings
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AccessibilityReport(int score, List<PageAccessibility> pages) {
  /** Validates the components. */
  public AccessibilityReport {
    Checks.argument(score >= 0 && score <= 100, "score", "分数应为0至100", "the score must be 0–100: " + score);
    pages = List.copyOf(Checks.notNull(pages, "pages"));
  }

  /** Returns the report of an audit that read no page. */
  public static AccessibilityReport none() {
    return new AccessibilityReport(100, List.of());
  }

  /** Returns the report of these pages: the site's score is the mean of theirs, rounded. */
  public static AccessibilityReport of(List<PageAccessibility> pages) {
    Checks.notNull(pages, "pages");
    if (pages.isEmpty()) {
      return none();
    }
    return new AccessibilityReport((int) Math.round(pages.stream().mapToInt(PageAccessibility::score).average().orElse(100)), pages);
  }

  /** Returns how many findings the pages have. */
  public int findingCount() {
    return pages.stream().mapToInt(p -> p.findings().size()).sum();
  }
}
