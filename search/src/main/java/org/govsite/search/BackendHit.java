package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One hit as a backend returns it (后端命中): no HTML, no best-bet flag; {@link SiteSearch}
 * turns it into a {@link SearchHit}.
 *
 * @param id the document id
 * @param score the relevance score (0 when the engine did not score it)
 * @param document the stored fields
 * @param highlight the fragment of the body that best shows the matches
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BackendHit(String id, float score, StoredDocument document, Highlight highlight) {
  /** Rejects a null component, naming it. */
  public BackendHit {
    Checks.notNull(id, "id");
    Checks.notNull(document, "document");
    Checks.notNull(highlight, "highlight");
  }
}
