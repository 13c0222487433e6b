package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.LandlineNumbers;
import org.govsite.core.identifiers.MobileNumbers;
import org.govsite.core.identifiers.ResidentIdNumbers;
import org.govsite.core.FieldError;
import org.govsite.core.support.Checks;

/**
 * The checks a submission must pass (来信校验规则): required fields, sizes, type, contact details.
 * Sizes are configurable; every fault is reported with its field.
 *
 * <p>These rules are the only definition of a valid {@link Submission}: {@link Mailbox#submit},
 * the REST resource and Bean Validation ({@link ValidSubmission}) all apply them, so a site that
 * allows longer letters here gets them everywhere. Mobile and ID numbers are checked by
 * {@link MobileNumbers} and {@link ResidentIdNumbers}, the same checks screening uses.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SubmissionRules {
  /** Subject limit of the issue (GovSite issue 5): 200 characters. */
  public static final int DEFAULT_MAX_SUBJECT_LENGTH = 200;
  /** Body limit of the issue (GovSite issue 5): 10,000 characters by default. */
  public static final int DEFAULT_MAX_BODY_LENGTH = 10_000;
  /** The longest mailbox name: the {@code mailbox} column of the JDBC store holds 200 characters. */
  public static final int MAX_MAILBOX_LENGTH = 200;
  /** The longest writer's name (GovSite's choice). */
  public static final int MAX_NAME_LENGTH = 50;
  /** The longest postal address: the {@code writer_address} column holds 500 characters. */
  public static final int MAX_ADDRESS_LENGTH = 500;
  /** The longest e-mail address: the {@code writer_email} column holds 200 characters. */
  public static final int MAX_EMAIL_LENGTH = 200;
  /** The longest channel name: the {@code channel} column holds 50 characters. */
  public static final int MAX_CHANNEL_LENGTH = 50;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private final int maxSubject;
  private final int maxBody;
  private final boolean contactRequired;
  private final Set<String> mailboxes;

  private SubmissionRules(Builder b) {
    this.maxSubject = b.maxSubject;
    this.maxBody = b.maxBody;
    this.contactRequired = b.contactRequired;
    this.mailboxes = Set.copyOf(b.mailboxes);
  }

  /** Returns the default rules (200 / 10,000 characters, a phone or e-mail required, any mailbox). */
  public static SubmissionRules defaults() {
    return builder().build();
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns every fault of a submission, in form order; empty when it is valid. */
  public List<FieldError> validate(Submission s) {
    Checks.notNull(s, "submission");
    List<FieldError> errors = new ArrayList<>();
    if (s.mailbox().isEmpty()) {
      errors.add(new FieldError("mailbox", "必填 / is required"));
    } else if (tooLong(s.mailbox(), MAX_MAILBOX_LENGTH)) {
      errors.add(lengthError("mailbox", MAX_MAILBOX_LENGTH));
    } else if (!mailboxes.isEmpty() && !mailboxes.contains(s.mailbox())) {
      errors.add(new FieldError("mailbox", "没有这个信箱 / no such mailbox: " + s.mailbox()));
    }
    if (s.type().isEmpty()) {
      errors.add(new FieldError("type", "必填 / is required"));
    } else {
      try {
        LetterType.parse(s.type(), "type");
      } catch (InvalidInputException e) {
        errors.add(new FieldError("type", e.reason()));
      }
    }
    length(errors, "subject", s.subject(), maxSubject, true);
    length(errors, "body", s.body().strip(), maxBody, true);
    length(errors, "name", s.name(), MAX_NAME_LENGTH, false);
    length(errors, "address", s.address(), MAX_ADDRESS_LENGTH, false);
    if (!s.phone().isEmpty() && !MobileNumbers.isValid(s.phone()) && !LandlineNumbers.isValid(s.phone().replaceFirst("-", ""))) {
      errors.add(new FieldError("phone", "不是有效的手机或固定电话号码 / not a valid mobile or landline number"));
    }
    if (!s.email().isEmpty() && (s.email().length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(s.email()).matches())) {
      errors.add(new FieldError("email", "不是有效的电子邮箱 / not a valid e-mail address"));
    }
    if (!s.idNumber().isEmpty() && !ResidentIdNumbers.isValid(s.idNumber())) {
      errors.add(new FieldError("idNumber", "身份证号码无效（GB 11643 校验位、出生日期）/ not a valid resident ID number"
          + " (GB 11643 check character and birth date)"));
    }
    if (tooLong(s.channel(), MAX_CHANNEL_LENGTH)) {
      errors.add(lengthError("channel", MAX_CHANNEL_LENGTH));
    }
    if (contactRequired && s.phone().isEmpty() && s.email().isEmpty()) {
      errors.add(new FieldError("phone", "请留下电话或电子邮箱以便答复 / a phone number or an e-mail address is required"));
    }
    return List.copyOf(errors);
  }

  /**
   * Checks a submission.
   *
   * @throws SubmissionException listing every field at fault
   */
  public void check(Submission s) {
    List<FieldError> errors = validate(s);
    if (!errors.isEmpty()) {
      throw new SubmissionException(errors);
    }
  }

  private static void length(List<FieldError> errors, String field, String value, int max, boolean required) {
    if (required && value.isBlank()) {
      errors.add(new FieldError(field, "必填 / is required"));
    } else if (tooLong(value, max)) {
      errors.add(lengthError(field, max));
    }
  }

  private static boolean tooLong(String value, int max) {
    return value.codePointCount(0, value.length()) > max;
  }

  private static FieldError lengthError(String field, int max) {
    return new FieldError(field, "不能超过 " + max + " 个字符 / must be at most " + max + " characters");
  }

  /** Builds submission rules; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int maxSubject = DEFAULT_MAX_SUBJECT_LENGTH;
    private int maxBody = DEFAULT_MAX_BODY_LENGTH;
    private boolean contactRequired = true;
    private Set<String> mailboxes = Set.of();

    private Builder() {}

    /** Sets the longest subject in characters (1–1,000). */
    public Builder maxSubjectLength(int n) {
      Checks.argument(n >= 1 && n <= 1000, "maxSubjectLength", "须为 1–1000", "maxSubjectLength must be 1..1000: " + n);
      this.maxSubject = n;
      return this;
    }

    /** Sets the longest body in characters (1–1,000,000). */
    public Builder maxBodyLength(int n) {
      Checks.argument(n >= 1 && n <= 1_000_000, "maxBodyLength", "须为 1–1000000", "maxBodyLength must be 1..1000000: " + n);
      this.maxBody = n;
      return this;
    }

    /** Sets whether a phone number or e-mail address is required (default true). */
    public Builder contactRequired(boolean required) {
      this.contactRequired = required;
      return this;
    }

    /** Restricts submissions to these mailboxes (empty: any mailbox). */
    public Builder mailboxes(Set<String> names) {
      Checks.notNull(names, "mailboxes");
      names.forEach(n -> Checks.notNull(n, "mailboxes[]"));
      this.mailboxes = Set.copyOf(names);
      return this;
    }

    /** Builds the rules. */
    public SubmissionRules build() {
      return new SubmissionRules(this);
    }
  }
}
