package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A possible duplicate (疑似重复来信): an earlier letter of the same writer and how similar it is.
 * Flagged for staff to decide, never rejected automatically.
 *
 * @param letterId the earlier letter
 * @param similarity the cosine similarity of the two texts, 0..1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DuplicateFlag(String letterId, double similarity) {
  /** Checks the components. */
  public DuplicateFlag {
    Checks.notNull(letterId, "letterId");
    Checks.argument(similarity >= 0 && similarity <= 1.000001, "similarity", "相似度须在 0 到 1 之间",
        "similarity must be in 0..1: " + similarity);
  }
}
