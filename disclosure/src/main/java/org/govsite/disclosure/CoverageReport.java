package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The Art. 20 coverage report (主动公开覆盖情况): how many current entries each of the 15
 * proactive categories has, and which have none (the catalogue's blank columns).
 *
 * @param asOf the day the report describes
 * @param counts current entries per category, every category present, in Art. 20 order
 * @param missing the categories without a current entry, in Art. 20 order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CoverageReport(LocalDate asOf, Map<ProactiveCategory, Integer> counts, List<ProactiveCategory> missing) {
  /** Rejects a null component, naming it, and copies the parts. */
  public CoverageReport {
    Checks.notNull(asOf, "asOf");
    Checks.notNull(counts, "counts");
    counts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
    missing = List.copyOf(Checks.notNull(missing, "missing"));
  }

  /** Returns true when every category has a current entry. */
  public boolean complete() {
    return missing.isEmpty();
  }
}
