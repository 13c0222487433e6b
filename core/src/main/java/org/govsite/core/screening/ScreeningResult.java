package org.govsite.core.screening;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The result of screening one text (检查结论): the verdict and the findings in text order.
 *
 * @param verdict pass, review or block, from the highest severity found
 * @param findings what was found, ordered by start then end
 */
@API(status = MAINTAINED, since = "0.1")
public record ScreeningResult(Verdict verdict, List<Finding> findings) {

  /** Rejects a null component, naming it, and copies the findings into an unmodifiable list. */
  public ScreeningResult {
    Checks.notNull(verdict, "verdict");
    findings = List.copyOf(Checks.notNull(findings, "findings"));
  }

  /** Returns the result for findings, with the verdict from their highest severity. */
  public static ScreeningResult of(List<Finding> findings) {
    if (findings == null) {
      throw new InvalidInputException("findings", "不能为空 / is required");
    }
    Severity highest = Severity.INFO;
    for (Finding f : findings) {
      if (f.severity().compareTo(highest) > 0) {
        highest = f.severity();
      }
    }
    return new ScreeningResult(Verdict.of(highest), findings);
  }

  /** Returns the findings of one category. */
  public List<Finding> findings(Category category) {
    return findings.stream().filter(f -> f.category().equals(category)).toList();
  }

  /** Returns whether the text may be published without a person looking at it. */
  public boolean passed() {
    return verdict == Verdict.PASS;
  }
}
