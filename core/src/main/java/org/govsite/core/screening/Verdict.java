package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.apiguardian.api.API;

/** The outcome of screening a text (审核结论): from the highest severity found. */
@API(status = MAINTAINED, since = "0.1")
public enum Verdict {
  /** Nothing above {@link Severity#INFO}: publish (通过). */
  PASS,
  /** At least one {@link Severity#REVIEW} finding: a person must look (人工审核). */
  REVIEW,
  /** At least one {@link Severity#BLOCK} finding: do not publish (拦截). */
  BLOCK;

  /** Returns the lower-case name used in JSON: {@code pass}, {@code review}, {@code block}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the verdict for the highest severity found. */
  public static Verdict of(Severity highest) {
    return switch (highest) {
      case INFO -> PASS;
      case REVIEW -> REVIEW;
      case BLOCK -> BLOCK;
    };
  }
}
