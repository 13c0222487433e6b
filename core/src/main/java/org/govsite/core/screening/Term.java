package org.govsite.core.screening;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One dictionary entry (词条): the term, its category, its severity and, for wording errors, the
 * correct form ({@code 攻府} → {@code 政府}).
 *
 * @param text the term as written in the dictionary
 * @param category its category
 * @param severity how serious a match is
 * @param suggestion the correct form, when there is one
 */
@API(status = MAINTAINED, since = "0.1")
public record Term(String text, Category category, Severity severity, Optional<String> suggestion) {
  /** The longest term accepted, in UTF-16 units. */
  public static final int MAX_LENGTH = 128;

  /** Validates the components. */
  public Term {
    Checks.notNull(text, "text");
    if (text.isBlank()) {
      throw new InvalidInputException("term", "词条不能为空 / a term must not be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInputException("term", "词条过长 / a term is at most " + MAX_LENGTH + " characters: " + text.length());
    }
    Checks.notNull(category, "category");
    Checks.notNull(severity, "severity");
    Checks.notNull(suggestion, "suggestion");
  }

  /** Returns a term without a suggestion. */
  public static Term of(String text, Category category, Severity severity) {
    return new Term(text, category, severity, Optional.empty());
  }
}
