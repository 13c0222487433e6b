package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A dead link or image (死链) found on a crawled page.
 *
 * @param url the link's absolute address
 * @param status the HTTP status, or 0 when there was no answer
 * @param error the error when there was no answer (timeout, refused …); empty otherwise
 * @param foundOn the page the link was found on
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DeadLink(String url, int status, String error, String foundOn) {
  /** Validates the components. */
  public DeadLink {
    Checks.notNull(url, "url");
    Checks.notNull(error, "error");
    Checks.notNull(foundOn, "foundOn");
  }
}
