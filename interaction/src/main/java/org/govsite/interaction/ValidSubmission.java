package org.govsite.interaction;

import org.govsite.core.FieldError;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Bean Validation constraint (来信校验): the submission passes {@link SubmissionRules}. Each
 * {@link FieldError} becomes a violation at the property it names, with its message; so a
 * validating container reports the same faults as {@link Mailbox#submit}, and there is no second
 * copy of the limits in annotations.
 *
 * <p>{@link SubmissionValidator} applies {@link SubmissionRules#defaults()} when the Bean
 * Validation provider creates it; a site with other rules hands the provider
 * {@code new SubmissionValidator(rules)} through its {@code ConstraintValidatorFactory}.
 * {@link MailboxResource} does not ask its container to validate: it checks with its mailbox's
 * rules.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = SubmissionValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidSubmission {
  /** Returns the message of a violation not tied to a field (each field error carries its own). */
  String message() default "来信未通过校验 / the submission is not valid";

  /** Returns the validation groups. */
  Class<?>[] groups() default {};

  /** Returns the payload. */
  Class<? extends Payload>[] payload() default {};
}
