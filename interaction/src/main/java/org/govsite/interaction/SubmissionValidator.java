package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.FieldError;
import org.govsite.core.support.Checks;

/**
 * Checks {@link ValidSubmission} by delegating to {@link SubmissionRules}: one violation per
 * {@link FieldError}, at the property it names.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SubmissionValidator implements ConstraintValidator<ValidSubmission, Submission> {
  private final SubmissionRules rules;

  /** Creates the validator a Bean Validation provider makes by default: {@link SubmissionRules#defaults()}. */
  public SubmissionValidator() {
    this(SubmissionRules.defaults());
  }

  /** Creates a validator applying a site's rules, for a {@code ConstraintValidatorFactory} to hand out. */
  public SubmissionValidator(SubmissionRules rules) {
    this.rules = Checks.notNull(rules, "rules");
  }

  @Override
  public boolean isValid(Submission submission, ConstraintValidatorContext context) {
    if (submission == null) {
      return true;
    }
    List<FieldError> errors = rules.validate(submission);
    if (errors.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (FieldError e : errors) {
      context.buildConstraintViolationWithTemplate(literal(e.message())).addPropertyNode(e.field()).addConstraintViolation();
    }
    return false;
  }

  /**
   * Escapes a message for use as a template. Messages may quote the writer's input (an unknown
   * mailbox's name), which must never be read as a parameter or an expression.
   */
  static String literal(String message) {
    StringBuilder b = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
