package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.screening.Severity;
import org.govsite.core.support.Checks;

/**
 * A screening finding on a crawled page (错敏信息), personal data masked in every text.
 *
 * @param url the page
 * @param category the finding's category id, e.g. {@code wording-error}, {@code personal-data}
 * @param rule the rule that matched, e.g. {@code 攻府} or {@code personal-data:id-card}
 * @param severity the finding's severity
 * @param text the matched text, masked when it is personal data
 * @param suggestion the correct form of a wording error, or empty
 * @param excerpt the text around it, with all personal data masked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContentFinding(String url, String category, String rule, Severity severity, String text, String suggestion, String excerpt) {
  /** Validates the components. */
  public ContentFinding {
    Checks.notNull(url, "url");
    Checks.notNull(category, "category");
    Checks.notNull(rule, "rule");
    Checks.notNull(severity, "severity");
    Checks.notNull(text, "text");
    Checks.notNull(suggestion, "suggestion");
    Checks.notNull(excerpt, "excerpt");
  }
}
