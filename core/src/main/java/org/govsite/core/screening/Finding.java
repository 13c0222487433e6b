package org.govsite.core.screening;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.MAINTAINED;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One thing found in a text (检查结果): the rule, its category and severity, the span in the
 * original text (UTF-16 offsets, end exclusive), the matched original text and the suggestion.
 *
 * <p>Written with {@link org.govsite.core.json.GovSiteJson} it has the one JSON shape every GovSite
 * output uses: {@code rule}, {@code category}, {@code severity}, {@code start}, {@code end},
 * {@code text} (the {@link #displayText()}, so personal data is masked whoever writes it) and
 * {@code suggestion} when there is one.
 *
 * @param rule the dictionary term, or {@code personal-data:<kind>} for personal data
 * @param category the rule's category
 * @param severity the rule's severity
 * @param start the first UTF-16 index of the match in the original text
 * @param end the UTF-16 index after the match
 * @param text the original text of the span, as it appeared (with noise characters)
 * @param suggestion the correct form, for wording errors
 */
@API(status = MAINTAINED, since = "0.1")
@JsonPropertyOrder({"rule", "category", "severity", "start", "end", "text", "suggestion"})
public record Finding(String rule, Category category, Severity severity, int start, int end, @JsonIgnore String text,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> suggestion) {

  /** Validates the components. */
  public Finding {
    Checks.notNull(rule, "rule");
    Checks.notNull(category, "category");
    Checks.notNull(severity, "severity");
    Checks.notNull(text, "text");
    Checks.notNull(suggestion, "suggestion");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new InvalidInputException("finding", "区间无效 / invalid span [" + start + ", " + end + ")");
    }
  }

  /** Returns whether this finding is personal data. */
  @JsonIgnore
  public boolean isPersonalData() {
    return category.equals(Category.PERSONAL_DATA);
  }

  /** Returns the text safe to show or log: personal data masked (RULES §4), anything else as is. */
  @JsonProperty("text")
  public String displayText() {
    return isPersonalData() ? Masking.mask(rule, text) : text;
  }

  /** Shows the masked text, never raw personal data. */
  @Override
  public String toString() {
    return "Finding[" + rule + ", " + category + ", " + severity.id() + ", " + start + "-" + end + ", '"
        + displayText() + "'" + suggestion.map(s -> " → " + s).orElse("") + "]";
  }
}
