package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One page of matches as a backend returns it (后端结果页): the engine's answer only, without
 * corrections, synonyms or best bets, which {@link SiteSearch} adds.
 *
 * @param total how many documents match (before paging)
 * @param totalIsExact whether {@code total} and the facet counts are exact; when false both are
 *     estimates (show the total as 约 N 条)
 * @param hits the requested page of hits, best first (or newest first)
 * @param facets per facet, the values among all matches with their counts, most frequent first; a
 *     facet may be left out when no match has a value for it
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BackendPage(long total, boolean totalIsExact, List<BackendHit> hits, Map<Facet, List<FacetCount>> facets) {

  /** Rejects a null component, naming it, and copies the collections. */
  public BackendPage {
    Checks.argument(total >= 0, "total", "不能为负数", "must not be negative: " + total);
    hits = List.copyOf(Checks.notNull(hits, "hits"));
    Map<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
    Checks.notNull(facets, "facets").forEach((f, counts) -> copy.put(Checks.notNull(f, "facets"), List.copyOf(counts)));
    facets = Map.copyOf(copy);
  }

  /** Returns a page with no hits and no facet counts. */
  public static BackendPage empty() {
    return new BackendPage(0, true, List.of(), Map.of());
  }
}
