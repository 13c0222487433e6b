package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apiguardian.api.API;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.ErrorCategory;
import org.govsite.core.FieldError;
import org.govsite.core.support.Checks;

/**
 * The 422 answer to a submission that screening blocked (内容检查拦截), built here and only here:
 * the error body every GovSite answer has ({@code code} {@code CONTENT_REJECTED}, {@code message},
 * {@code errors} with one entry per blocking finding) plus the screening's own {@code verdict} and
 * {@code findings}, personal data masked.
 *
 * @param code always {@code CONTENT_REJECTED}
 * @param message a bilingual summary
 * @param errors one {@code {field, message}} per blocking finding
 * @param verdict always {@code block}
 * @param findings every finding of every screened field
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonPropertyOrder({"code", "message", "errors", "verdict", "findings"})
public record ScreeningRejection(String code, String message, List<FieldError> errors, String verdict, List<Item> findings) {
  /** Rejects a null component, naming it, and copies the lists. */
  public ScreeningRejection {
    Checks.notNull(code, "code");
    Checks.notNull(message, "message");
    errors = List.copyOf(Checks.notNull(errors, "errors"));
    Checks.notNull(verdict, "verdict");
    findings = List.copyOf(Checks.notNull(findings, "findings"));
  }

  /**
   * One finding of one field as the answer shows it.
   *
   * @param field the form field or JSON path screened, e.g. {@code subject}
   * @param rule the rule
   * @param category the category id
   * @param severity the severity id
   * @param start the first UTF-16 index of the match
   * @param end the index after the match
   * @param text the matched text, personal data masked
   * @param suggestion the correct form, empty (and left out of JSON) when there is none
   * @param message one sentence explaining the finding
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @JsonPropertyOrder({"field", "rule", "category", "severity", "start", "end", "text", "suggestion", "message"})
  public record Item(String field, String rule, String category, String severity, int start, int end, String text,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String suggestion, String message) {
    /** Rejects a null component, naming it. */
    public Item {
      Checks.notNull(field, "field");
      Checks.notNull(rule, "rule");
      Checks.notNull(category, "category");
      Checks.notNull(severity, "severity");
      Checks.notNull(text, "text");
      Checks.notNull(suggestion, "suggestion");
      Checks.notNull(message, "message");
    }
  }

  /** Returns the answer for the results of a blocked submission, with the default explanations. */
  public static ScreeningRejection of(Map<String, ScreeningResult> resultsByField) {
    return of(resultsByField, ScreeningRejection::explain);
  }

  /**
   * Returns the answer for the results of a blocked submission, by field name, explaining each
   * finding with {@code explain(field, finding)} (e.g. in the site's own words for its fields).
   */
  public static ScreeningRejection of(Map<String, ScreeningResult> resultsByField, BiFunction<String, Finding, String> explain) {
    List<FieldError> errors = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    resultsByField.forEach((field, r) -> r.findings().forEach(f -> {
      String why = explain.apply(field, f);
      items.add(new Item(field, f.rule(), f.category().id(), f.severity().id(), f.start(), f.end(), f.displayText(),
          f.suggestion().orElse(""), why));
      if (f.severity() == Severity.BLOCK) {
        errors.add(new FieldError(field, why));
      }
    }));
    return new ScreeningRejection(CoreErrorCode.CONTENT_REJECTED.name(), ErrorCategory.CONTENT_REJECTED.description(),
        errors, Verdict.BLOCK.id(), items);
  }

  /** The default explanation of a finding: the masked text, its category and the correct form. */
  public static String explain(String field, Finding f) {
    String text = f.displayText();
    return "“" + text + "”：" + f.category().id() + f.suggestion().map(s -> "，应为“" + s + "”").orElse("")
        + " / '" + text + "': " + f.category().id() + f.suggestion().map(s -> ", should be '" + s + "'").orElse("");
  }
}
