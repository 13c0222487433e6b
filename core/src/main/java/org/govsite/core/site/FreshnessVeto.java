package org.govsite.core.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One veto item of a site's verdict (单项否决结果): how many columns it counted, the threshold at
 * which it fails the site, which columns, and whether it failed.
 *
 * @param code the veto item
 * @param count the number counted (0 or 1 for the home page)
 * @param threshold the count at which the site fails
 * @param columns the ids of the offending columns, in site order ({@code homepage} for the home page)
 * @param failed whether {@code count >= threshold}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FreshnessVeto(FreshnessVetoCode code, int count, int threshold, List<String> columns, boolean failed) {

  /** Rejects a null component, naming it, and copies the column list. */
  public FreshnessVeto {
    Checks.notNull(code, "code");
    columns = List.copyOf(Checks.notNull(columns, "columns"));
  }

  /** Returns {@code count / threshold}: 1 or more means the item fails the site. */
  public double ratio() {
    return (double) count / threshold;
  }
}
