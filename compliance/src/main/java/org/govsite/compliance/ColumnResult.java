package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.site.ColumnFreshness;
import org.govsite.core.support.Checks;

/**
 * What the audit found in one column of the profile (栏目检查结果): the freshness decided by the
 * core tracker, and the list pages read.
 *
 * @param freshness the tracker's answer for the column
 * @param listPages the list pages read, in order
 * @param itemsFound the dated items found on them
 * @param error why the list page could not be read; empty when it was
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ColumnResult(ColumnFreshness freshness, List<String> listPages, int itemsFound, Optional<String> error) {
  /** Validates the components. */
  public ColumnResult {
    Checks.notNull(freshness, "freshness");
    listPages = List.copyOf(Checks.notNull(listPages, "listPages"));
    Checks.notNull(error, "error");
  }

  /** Returns the column's id. */
  public String id() {
    return freshness.column().id();
  }

  /** Returns the status name used in JSON, e.g. {@code stale}. */
  public String status() {
    return freshness.status().jsonName();
  }
}
