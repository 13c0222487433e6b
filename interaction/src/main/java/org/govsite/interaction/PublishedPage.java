package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One page of published letters (公开信件列表).
 *
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param total the number of published letters
 * @param letters the letters on this page, newest first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PublishedPage(int page, int size, long total, List<PublicLetter> letters) {
  /** Rejects a null component, naming it, and copies the list. */
  public PublishedPage {
    letters = List.copyOf(Checks.notNull(letters, "letters"));
  }
}
