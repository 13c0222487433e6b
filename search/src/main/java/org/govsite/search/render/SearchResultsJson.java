package org.govsite.search.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.search.Correction;
import org.govsite.search.FacetCount;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchResults;

/**
 * The JSON shape of search results (检索结果 JSON), shared by the REST resource and
 * {@code govsite search query --json} (docs/search.md): optional fields are left out when empty,
 * dates are yyyy-mm-dd, facets are listed by name.
 *
 * @param total how many documents match (before paging), exact or estimated (see {@code totalIsExact})
 * @param totalIsExact whether the total and the facet counts are exact (up to 10,000 matches); when
 *     false both are estimates and a page shows the total as 约 N 条
 * @param hits this page's hits, best bets first
 * @param suggestion the corrected query, when a typo correction was applied or is proposed
 * @param suggestionApplied whether the results are already for the corrected query, with {@code suggestion}
 * @param expandedWith the plain-language synonyms (通俗语言) the query was widened with
 * @param facets counts per facet ({@code column}, {@code kind}, {@code organ}, {@code topic}, {@code year}), by name
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SearchResultsJson(long total, boolean totalIsExact, List<Hit> hits, @JsonInclude(Include.NON_ABSENT) Optional<String> suggestion,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> suggestionApplied, List<String> expandedWith,
    Map<String, List<FacetCount>> facets) {

  /** Rejects a null component, naming it, and copies the lists and the facets (sorted by name, as JSON lists them). */
  public SearchResultsJson {
    hits = List.copyOf(Checks.notNull(hits, "hits"));
    Checks.notNull(suggestion, "suggestion");
    Checks.notNull(suggestionApplied, "suggestionApplied");
    expandedWith = List.copyOf(Checks.notNull(expandedWith, "expandedWith"));
    TreeMap<String, List<FacetCount>> byName = new TreeMap<>();
    Checks.notNull(facets, "facets").forEach((name, counts) -> byName.put(name, List.copyOf(counts)));
    facets = Collections.unmodifiableSortedMap(byName);
  }

  /**
   * Whether the facet counts are estimates: the 0.1 field, kept for its callers; the same as
   * {@code !totalIsExact}, since one rule now decides both.
   */
  @JsonProperty("facetsEstimated")
  public boolean facetsEstimated() {
    return !totalIsExact;
  }

  /** Returns the shape of results. */
  public static SearchResultsJson of(SearchResults r) {
    return new SearchResultsJson(r.total(), r.totalIsExact(), r.hits().stream().map(Hit::of).toList(), r.correction().map(Correction::corrected),
        r.correction().map(Correction::applied), r.expandedWith(), r.facets());
  }

  /**
   * One hit (检索命中).
   *
   * @param id the document id
   * @param kind the kind's code, e.g. {@code disclosure}
   * @param title the title, plain text
   * @param url the page address, when known
   * @param date the publication date, when known
   * @param documentNumber the 发文字号, when there is one
   * @param score the relevance score
   * @param highlight a fragment of the body as HTML, matches in {@code <em>}
   * @param pinned true for a best bet (置顶)
   * @param extra the document's extra stored fields, left out when there are none
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Hit(String id, String kind, String title, @JsonInclude(Include.NON_ABSENT) Optional<String> url,
      @JsonInclude(Include.NON_ABSENT) Optional<LocalDate> date, @JsonInclude(Include.NON_ABSENT) Optional<String> documentNumber,
      float score, String highlight, boolean pinned, @JsonInclude(Include.NON_EMPTY) Map<String, String> extra) {
    /** Rejects a null component, naming it, and copies the extra fields. */
    public Hit {
      Checks.notNull(id, "id");
      Checks.notNull(kind, "kind");
      Checks.notNull(title, "title");
      Checks.notNull(url, "url");
      Checks.notNull(date, "date");
      Checks.notNull(documentNumber, "documentNumber");
      Checks.notNull(highlight, "highlight");
      extra = Map.copyOf(Checks.notNull(extra, "extra"));
    }

    static Hit of(SearchHit h) {
      return new Hit(h.id(), h.kind().code(), h.title(), h.url(), h.date(), h.documentNumber(), h.score(), h.highlight(), h.pinned(),
          h.extra());
    }
  }
}
