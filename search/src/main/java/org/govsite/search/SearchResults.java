package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The answer to a {@link SearchRequest} (检索结果页): one page of hits, the total, facet counts
 * and any correction.
 *
 * @param total how many documents match (before paging): exact when {@code totalIsExact}, else an
 *     estimate to two significant digits (show it as 约 N 条)
 * @param totalIsExact whether {@code total} and the facet counts are exact: true up to 10,000
 *     matches; above, both are estimated from evenly spread windows of the index holding at
 *     least 10,000 matches (docs/search.md, Performance)
 * @param hits this page's hits, best bets first
 * @param facets counts per facet ({@code kind}, {@code column}, {@code organ}, {@code topic},
 *     {@code year}) over all matches, most frequent first; estimated with the total
 * @param correction a typo correction that was applied or is proposed
 * @param expandedWith the plain-language synonyms (通俗语言) the query was widened with
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SearchResults(long total, boolean totalIsExact, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
    Optional<Correction> correction, List<String> expandedWith) {

  /** Rejects a null component, naming it, and copies the collections. */
  public SearchResults {
    Checks.notNull(correction, "correction");
    hits = List.copyOf(Checks.notNull(hits, "hits"));
    facets = Map.copyOf(Checks.notNull(facets, "facets"));
    expandedWith = List.copyOf(Checks.notNull(expandedWith, "expandedWith"));
  }

  /** Returns a copy with a correction attached. */
  public SearchResults withCorrection(Correction c) {
    return new SearchResults(total, totalIsExact, hits, facets, Optional.of(c), expandedWith);
  }
}
