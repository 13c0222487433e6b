package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * What {@link SiteSearch} asks a backend (后端查询): a request, the further phrasings of its text,
 * and whether to relax it. A backend turns it into its own query through {@link #plan}.
 *
 * @param request the request: text, filters, sort and page
 * @param alternatives further phrasings of the text (plain-language synonyms) that match as well
 *     as the text itself
 * @param relaxed whether every document holding any of the query's terms matches, strict matches
 *     first, then the others by how much of the query they hold ({@link QueryPlan#relaxed()})
 * @param highlightChars about how many characters of body a highlight should show
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BackendQuery(SearchRequest request, List<String> alternatives, boolean relaxed, int highlightChars) {

  /** The highlight length SiteSearch asks for. */
  public static final int HIGHLIGHT_CHARS = 160;

  /** Rejects a null component, naming it, and copies the alternatives. */
  public BackendQuery {
    Checks.notNull(request, "request");
    alternatives = List.copyOf(Checks.notNull(alternatives, "alternatives"));
    Checks.argument(highlightChars >= 1, "highlightChars", "超出范围", "must be positive: " + highlightChars);
  }

  /** Returns a strict query for a request with no alternatives. */
  public static BackendQuery of(SearchRequest request) {
    return new BackendQuery(request, List.of(), false, HIGHLIGHT_CHARS);
  }

  /** Returns the query plan of this query's text under an analysis. */
  public QueryPlan plan(SearchAnalysis analysis) {
    return QueryPlan.of(request.text(), alternatives, analysis, relaxed);
  }
}
