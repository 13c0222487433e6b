package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One result (检索结果): the document's stored fields, its score, and an HTML-safe highlight.
 *
 * @param id the document id
 * @param kind the document kind
 * @param title the title, plain text (escape it before putting it in HTML)
 * @param url the page address
 * @param date the publication date
 * @param documentNumber the 发文字号
 * @param score the relevance score (0 for pinned best bets and date sorting ties)
 * @param highlight a fragment of the body as HTML: matches in {@code <em>}, everything else escaped
 * @param pinned true when the hit is a best bet (置顶) for this query
 * @param extra the document's extra stored fields
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SearchHit(String id, ContentKind kind, String title, Optional<String> url, Optional<LocalDate> date,
    Optional<String> documentNumber, float score, String highlight, boolean pinned, Map<String, String> extra) {

  /** Rejects a null component, naming it, and copies the extra fields. */
  public SearchHit {
    Checks.notNull(id, "id");
    Checks.notNull(kind, "kind");
    Checks.notNull(title, "title");
    Checks.notNull(url, "url");
    Checks.notNull(date, "date");
    Checks.notNull(documentNumber, "documentNumber");
    Checks.notNull(highlight, "highlight");
    extra = Map.copyOf(Checks.notNull(extra, "extra"));
  }
}
