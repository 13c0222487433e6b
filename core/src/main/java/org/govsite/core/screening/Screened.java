package org.govsite.core.screening;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Bean Validation constraint (错敏信息校验): the annotated text must not contain findings above
 * {@link #maxSeverity()} for the screener registered under {@link #profile()} in
 * {@link ScreenerRegistry}. {@code null} is valid (use {@code @NotNull} for that).
 *
 * <pre>{@code
 * record Letter(@Screened(maxSeverity = Severity.REVIEW) String body) {}
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Constraint(validatedBy = ScreenedValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Screened {
  /** Returns the violation message (fixed: findings are never interpolated into it). */
  String message() default "内容未通过错敏信息检查 / the text did not pass content screening";

  /** Returns the validation groups. */
  Class<?>[] groups() default {};

  /** Returns the payload. */
  Class<? extends Payload>[] payload() default {};

  /** Returns the highest severity still accepted; the default lets review findings through. */
  Severity maxSeverity() default Severity.REVIEW;

  /** Returns the name of the screener in {@link ScreenerRegistry}. */
  String profile() default ScreenerRegistry.DEFAULT;
}
