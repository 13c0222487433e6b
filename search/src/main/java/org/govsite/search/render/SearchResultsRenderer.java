package org.govsite.search.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.json.GovSiteJson;
import org.govsite.search.SearchResults;

/**
 * Renders search results (检索结果) as JSON in the shape of {@link SearchResultsJson}
 * (docs/search.md); a REST resource returns the record itself.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SearchResultsRenderer {
  private SearchResultsRenderer() {}

  /** Returns the results as indented JSON, as {@code govsite search query --json} prints them. */
  public static String json(SearchResults results) {
    return GovSiteJson.writePretty(SearchResultsJson.of(results));
  }
}
