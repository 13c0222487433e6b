package org.govsite.search.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.testkit.Golden;
import org.govsite.core.json.GovSiteJson;
import org.govsite.search.ContentKind;
import org.govsite.search.Correction;
import org.govsite.search.FacetCount;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchResults;
import org.junit.jupiter.api.Test;

/**
 * Search results' JSON. Golden files pin it (docs/search.md, docs/cli.md) as the REST resource answers it and as
 * {@code govsite search query --json} prints it: optional fields left out when empty, dates as
 * yyyy-mm-dd, facets by name, the correction only when there is one.
 */
class SearchResultsRendererTest {
  static SearchResults results(boolean corrected) {
    SearchHit full = new SearchHit("doc-1", ContentKind.DISCLOSURE, "关于印发<应急预案>的通知", Optional.of("https://www.example.gov.cn/1.html"),
        Optional.of(LocalDate.of(2025, 3, 10)), Optional.of("县政办发〔2025〕3号"), 0f, "<em>应急</em>预案", true, Map.of("organ", "县政府办"));
    SearchHit bare = new SearchHit("doc-2", ContentKind.ARTICLE, "工作动态", Optional.empty(), Optional.empty(), Optional.empty(),
        1.25f, "", false, Map.of());
    SearchResults r = new SearchResults(42, false, List.of(full, bare),
        Map.of("year", List.of(new FacetCount("2025", 30), new FacetCount("2024", 12)), "kind", List.of(new FacetCount("disclosure", 42))),
        Optional.empty(), List.of("突发事件"));
    return corrected ? r.withCorrection(new Correction("应急欲案", "应急预案", true)) : r;
  }

  @Test
  void restBodyIsUnchanged() throws Exception {
    // What a JAX-RS host with GovSiteJsonResolver answers.
    Golden.assertMatches("search-results.json", GovSiteJson.mapper().writeValueAsString(SearchResultsJson.of(results(true))));
    Golden.assertMatches("search-results-uncorrected.json", GovSiteJson.mapper().writeValueAsString(SearchResultsJson.of(results(false))));
  }

  @Test
  void cliOutputIsUnchanged() {
    Golden.assertMatches("search-results-pretty.json", SearchResultsRenderer.json(results(true)));
  }
}
