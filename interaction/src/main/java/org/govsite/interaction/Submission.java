package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * A letter as a citizen submits it (来信提交): what the web form or the JAX-RS resource receives.
 *
 * <p>The Bean Validation annotations state the default limits for containers that validate
 * ({@code @Valid}); {@link SubmissionRules} checks the same and more (configurable sizes, ID check
 * digit, known mailbox) whether or not a validator runs. Null components become "".
 *
 * @param mailbox the mailbox written to, e.g. 县长信箱
 * @param type the letter type code ({@code consultation}, …) or its Chinese name
 * @param subject the subject (≤ 200 characters by default)
 * @param body the letter (≤ 10,000 characters by default)
 * @param name the writer's name (may be empty)
 * @param phone a mainland mobile or landline number
 * @param email an e-mail address
 * @param idNumber an 18-character resident ID number (optional)
 * @param address a postal address (optional)
 * @param channel how it came in, e.g. {@code web}
 * @param keepPrivate whether the writer asks not to publish the letter (不愿公开)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Submission(
    @NotBlank @Size(max = 200) String mailbox,
    @NotBlank @Pattern(regexp = "consultation|suggestion|complaint|praise|report|help|other|咨询|建议|投诉|表扬|举报|求助|其他") String type,
    @NotBlank @Size(max = SubmissionRules.DEFAULT_MAX_SUBJECT_LENGTH) String subject,
    @NotBlank @Size(max = SubmissionRules.DEFAULT_MAX_BODY_LENGTH) String body,
    @Size(max = 50) String name,
    @Pattern(regexp = "|1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}") String phone,
    @Email @Size(max = 200) String email,
    @Pattern(regexp = "|[0-9]{17}[0-9Xx]") String idNumber,
    @Size(max = 500) String address,
    @Size(max = 50) String channel,
    boolean keepPrivate) {
  /** Turns null components into "" and strips surrounding white space of the short fields. */
  public Submission {
    mailbox = clean(mailbox);
    type = clean(type);
    subject = clean(subject);
    body = body == null ? "" : body;
    name = clean(name);
    phone = clean(phone);
    email = clean(email);
    idNumber = clean(idNumber);
    address = clean(address);
    channel = channel == null || channel.isBlank() ? "web" : channel.strip();
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }

  /** Returns the writer's contact details. */
  public WriterContact contact() {
    return new WriterContact(name, phone, email, idNumber, address);
  }
}
