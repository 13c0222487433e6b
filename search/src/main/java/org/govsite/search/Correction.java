package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A typo correction (错别字纠正): "did you mean …".
 *
 * @param original what the resident typed
 * @param corrected the corrected query
 * @param applied true when the results shown are for the corrected query (the original found
 *     nothing), false when it is only proposed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Correction(String original, String corrected, boolean applied) {
  /** Rejects a null component, naming it. */
  public Correction {
    Checks.notNull(original, "original");
    Checks.notNull(corrected, "corrected");
  }
}
