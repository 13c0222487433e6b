package org.govsite.interaction;

import org.govsite.core.FieldError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation applies SubmissionRules, and only them, checked with a real provider (Hibernate
 * Validator) the way a validating container does.
 */
class SubmissionValidationTest {
  private static final SubmissionRules LONG_LETTERS = SubmissionRules.builder().maxBodyLength(20_000).build();
  private final ValidatorFactory defaults = configure().buildValidatorFactory();

  private static HibernateValidatorConfiguration configure() {
    return Validation.byProvider(HibernateValidator.class).configure().messageInterpolator(new ParameterMessageInterpolator());
  }

  /** A provider whose constraint validator factory hands out the site's rules, as Spring or CDI injection would. */
  private static ValidatorFactory withRules(SubmissionRules rules) {
    HibernateValidatorConfiguration c = configure();
    ConstraintValidatorFactory fallback = c.getDefaultConstraintValidatorFactory();
    return c.constraintValidatorFactory(new ConstraintValidatorFactory() {
      @Override
      public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        return key == SubmissionValidator.class ? key.cast(new SubmissionValidator(rules)) : fallback.getInstance(key);
      }

      @Override
      public void releaseInstance(ConstraintValidator<?, ?> instance) {
        fallback.releaseInstance(instance);
      }
    }).buildValidatorFactory();
  }

  @AfterEach
  void close() {
    defaults.close();
  }

  private static Submission withBody(String body) {
    Submission v = SubmissionRulesTest.valid();
    return new Submission(v.mailbox(), v.type(), v.subject(), body, v.name(), v.phone(), v.email(), v.idNumber(), v.address(),
        v.channel(), v.keepPrivate());
  }

  private static List<FieldError> asFieldErrors(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
  }

  @Test
  void eachFieldErrorOfTheRulesIsAViolationAtItsField() {
    Submission bad = new Submission("县长信箱", "petition", " ", "x".repeat(10_001), "", "12345", "not-mail", "350102199001011235",
        "", null, false);
    List<FieldError> expected = SubmissionRules.defaults().validate(bad).stream()
        .sorted(Comparator.comparing(FieldError::field)).toList();
    assertEquals(6, expected.size());
    assertEquals(expected, asFieldErrors(defaults.getValidator().validate(bad)));
    assertEquals(Set.of(), defaults.getValidator().validate(SubmissionRulesTest.valid()));
  }

  @Test
  void aSiteWithLongerLettersGetsThemThroughBeanValidation() {
    Submission longLetter = withBody("字".repeat(15_000));
    assertEquals(List.of("body"), asFieldErrors(defaults.getValidator().validate(longLetter)).stream().map(FieldError::field).toList(),
        "the provider's own instance applies the defaults");
    try (ValidatorFactory site = withRules(LONG_LETTERS)) {
      assertEquals(Set.of(), site.getValidator().validate(longLetter));
      assertEquals(List.of("body"), asFieldErrors(site.getValidator().validate(withBody("字".repeat(20_001))))
          .stream().map(FieldError::field).toList());
    }
  }

  @Test
  void aSiteWithLongerLettersGetsThemThroughTheRestResource() throws Exception {
    Mailbox mailbox = Mailbox.builder().rules(LONG_LETTERS).build();
    MailboxResource resource = new MailboxResource(mailbox, Clock.fixed(Instant.parse("2025-09-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    Submission longLetter = withBody("字".repeat(15_000));
    // What a validating JAX-RS container checks before it calls the method: nothing beyond @NotNull.
    Method submit = MailboxResource.class.getMethod("submit", Submission.class);
    Validator validator = defaults.getValidator();
    assertEquals(Set.of(), validator.forExecutables().validateParameters(resource, submit, new Object[] {longLetter}));
    assertEquals(1, validator.forExecutables().validateParameters(resource, submit, new Object[] {null}).size());
    assertTrue(submit.getParameters()[0].isAnnotationPresent(NotNull.class));

    Response r = resource.submit(longLetter);
    assertEquals(201, r.getStatus());
    assertEquals(List.of(), resource.check(longLetter));
    assertEquals(List.of("body"), resource.check(withBody("字".repeat(20_001))).stream().map(FieldError::field).toList());
  }

  @Test
  void aMessageQuotingTheWritersInputIsNeverInterpolated() {
    SubmissionRules known = SubmissionRules.builder().mailboxes(Set.of("县长信箱")).build();
    Submission v = SubmissionRulesTest.valid();
    Submission odd = new Submission("${1+1}{max}\\", v.type(), v.subject(), v.body(), v.name(), v.phone(), v.email(), v.idNumber(),
        v.address(), v.channel(), v.keepPrivate());
    try (ValidatorFactory site = withRules(known)) {
      ConstraintViolation<Submission> violation = site.getValidator().validate(odd).iterator().next();
      assertEquals("mailbox", violation.getPropertyPath().toString());
      assertEquals(known.validate(odd).get(0).message(), violation.getMessage());
      assertTrue(violation.getMessage().endsWith("${1+1}{max}\\"), violation.getMessage());
    }
  }
}
