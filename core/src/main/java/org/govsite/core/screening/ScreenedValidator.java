package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;

/**
 * Checks {@link Screened}. The message stays the annotation's fixed text: putting the matched
 * text into a message template would let a submitter inject expression-language code.
 */
@API(status = INTERNAL, since = "0.1")
public final class ScreenedValidator implements ConstraintValidator<Screened, CharSequence> {
  private Severity max = Severity.REVIEW;
  private String profile = ScreenerRegistry.DEFAULT;

  /** Creates the validator; the Bean Validation provider calls this, once per constraint. */
  public ScreenedValidator() {}

  @Override
  public void initialize(Screened annotation) {
    this.max = annotation.maxSeverity();
    this.profile = annotation.profile();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (Finding f : ScreenerRegistry.get(profile).screen(value).findings()) {
      if (f.severity().compareTo(max) > 0) {
        return false;
      }
    }
    return true;
  }
}
