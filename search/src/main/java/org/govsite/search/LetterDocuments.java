package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.screening.PublicCopyMasker;
import org.govsite.core.support.Checks;
import org.govsite.interaction.PublicLetter;

/**
 * Turns published letters (公开信件) into search documents. It takes the public view only, whose
 * personal data is already masked, and masks every text once more with core's
 * {@link PublicCopyMasker#standard()} (idempotent on a masked text), so a letter's private text
 * never reaches the index, its hits, highlights or title suggestions even when the view was built
 * with a weaker masker. Needs {@code govsite-interaction} on the class path (an optional dependency
 * of this module).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LetterDocuments {
  private LetterDocuments() {}

  /**
   * Returns the document of a published letter: id = letter id, title = subject, body = question
   * and reply, column = mailbox, organ = replying department, date = reply date.
   */
  public static SearchDocument of(PublicLetter letter, String url) {
    Checks.notNull(letter, "letter");
    Checks.notNull(url, "url");
    PublicCopyMasker m = PublicCopyMasker.standard();
    return SearchDocument.builder(letter.id(), ContentKind.LETTER, m.mask(letter.subject()))
        .body(m.mask(letter.body()) + "\n" + m.mask(letter.reply()))
        .url(url)
        .column(letter.mailbox())
        .organ(letter.department())
        .date(letter.replied())
        .extra("type", letter.type().chinese())
        .build();
  }
}
