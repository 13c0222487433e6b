package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One value of a facet (分面统计) and how many hits have it.
 *
 * @param value the value, e.g. a column name or a year
 * @param count the number of matching documents with it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FacetCount(String value, long count) {
  /** Rejects a null component, naming it. */
  public FacetCount {
    Checks.notNull(value, "value");
  }
}
