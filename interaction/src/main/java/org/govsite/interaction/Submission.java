package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A letter as a citizen submits it (来信提交): what the web form or the JAX-RS resource receives.
 *
 * <p>{@link SubmissionRules} decides whether it is valid (configurable sizes, ID check digit,
 * known mailbox); the class-level {@link ValidSubmission} constraint lets Bean Validation apply
 * the same rules, so no limit is written twice. Null components become "".
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
@ValidSubmission
public record Submission(String mailbox, String type, String subject, String body, String name, String phone, String email,
    String idNumber, String address, String channel, boolean keepPrivate) {
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
