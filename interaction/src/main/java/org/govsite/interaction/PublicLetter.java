package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A published letter as the public sees it (公开信件): question and reply with personal data
 * masked and without the writer's contact details. The text is plain;
 * {@code org.govsite.interaction.render.PublicLetterRenderer} writes it as escaped HTML.
 *
 * @param id the letter's id
 * @param mailbox the mailbox
 * @param type the type
 * @param subject the (public) subject, masked
 * @param body the (public) question, masked
 * @param reply the reply, masked
 * @param department the department that replied
 * @param received the day of receipt
 * @param replied the day of the latest reply
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PublicLetter(String id, String mailbox, LetterType type, String subject, String body, String reply,
    String department, LocalDate received, LocalDate replied) {
  /** Rejects a null component, naming it. */
  public PublicLetter {
    Checks.notNull(id, "id");
    Checks.notNull(mailbox, "mailbox");
    Checks.notNull(type, "type");
    Checks.notNull(subject, "subject");
    Checks.notNull(body, "body");
    Checks.notNull(reply, "reply");
    Checks.notNull(department, "department");
    Checks.notNull(received, "received");
    Checks.notNull(replied, "replied");
  }

}
