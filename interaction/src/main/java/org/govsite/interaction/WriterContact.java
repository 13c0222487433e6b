package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The writer's contact details (来信人联系方式): personal data, never shown in public views.
 *
 * @param name the writer's name ("" when anonymous)
 * @param phone a phone number ("" when absent)
 * @param email an e-mail address ("" when absent)
 * @param idNumber a resident ID number ("" when absent)
 * @param address a postal address ("" when absent)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WriterContact(String name, String phone, String email, String idNumber, String address) {
  /** Checks that no component is null. */
  public WriterContact {
    Checks.notNull(name, "contact.name");
    Checks.notNull(phone, "contact.phone");
    Checks.notNull(email, "contact.email");
    Checks.notNull(idNumber, "contact.idNumber");
    Checks.notNull(address, "contact.address");
  }

  /** Returns contact details with every field empty (an anonymous or imported letter). */
  public static WriterContact none() {
    return new WriterContact("", "", "", "", "");
  }

  /**
   * Returns the key that identifies the same writer across letters (来信人标识): the phone's digits,
   * else the lower-case e-mail, else the ID number; "" when none is known.
   */
  public String writerKey() {
    String digits = phone.replaceAll("[^0-9]", "");
    if (!digits.isEmpty()) {
      return "tel:" + digits;
    }
    if (!email.isBlank()) {
      return "mail:" + email.strip().toLowerCase(Locale.ROOT);
    }
    if (!idNumber.isBlank()) {
      return "id:" + idNumber.strip().toUpperCase(Locale.ROOT);
    }
    return "";
  }
}
