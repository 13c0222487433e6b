package org.govsite.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.Golden;
import org.junit.jupiter.api.Test;

/**
 * Pins the results' JSON (docs/search.md, docs/cli.md) as the REST resource answers it and as
 * {@code govsite search query --json} prints it: optional fields left out when empty, dates as
 * yyyy-mm-dd, facets by name, the correction only when there is one.
 */
class SearchResultsGoldenTest {
  static SearchResults results(boolean corrected) {
    SearchHit full = new SearchHit("doc-1", ContentKind.DISCLOSURE, "关于印发<应急预案>的通知", Optional.of("https://www.example.gov.cn/1.html"),
        Optional.of(LocalDate.of(2025, 3, 10)), Optional.of("县政办发〔2025〕3号"), 0f, "<em>应急</em>预案", true, Map.of("organ", "县政府办"));
    SearchHit bare = new SearchHit("doc-2", ContentKind.ARTICLE, "工作动态", Optional.empty(), Optional.empty(), Optional.empty(),
        1.25f, "", false, Map.of());
    SearchResults r = new SearchResults(42, List.of(full, bare),
        Map.of("year", List.of(new FacetCount("2025", 30), new FacetCount("2024", 12)), "kind", List.of(new FacetCount("disclosure", 42))),
        true, Optional.empty(), List.of("突发事件"));
    return corrected ? r.withCorrection(new Correction("应急欲案", "应急预案", true)) : r;
  }

  @Test
  void restBodyIsUnchanged() throws Exception {
    Golden.assertMatches("search-results.json", new ObjectMapper().writeValueAsString(results(true).toJsonMap()));
    Golden.assertMatches("search-results-uncorrected.json", new ObjectMapper().writeValueAsString(results(false).toJsonMap()));
  }

  @Test
  void cliOutputIsUnchanged() throws Exception {
    Golden.assertMatches("search-results-pretty.json",
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results(true).toJsonMap()));
  }
}
