package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * What a backend stores of a document and returns with a hit (存储字段): everything a results
 * page shows, without the body.
 *
 * @param id the document id
 * @param site the site the document belongs to ({@link SearchDocument#site()})
 * @param kind the document kind
 * @param title the title, plain text
 * @param url the page address
 * @param date the publication date
 * @param documentNumber the 发文字号
 * @param extra the document's extra stored fields
 * @param lead the start of the body, plain text, at most {@link #LEAD_CHARS} characters (the
 *     highlight of a best bet, which has no match to show)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StoredDocument(String id, String site, ContentKind kind, String title, Optional<String> url,
    Optional<LocalDate> date, Optional<String> documentNumber, Map<String, String> extra, String lead) {

  /** How much of the body {@link #lead} holds. */
  public static final int LEAD_CHARS = 160;

  /** Rejects a null component, naming it, and copies the extra fields. */
  public StoredDocument {
    Checks.notNull(id, "id");
    Checks.notNull(site, "site");
    Checks.notNull(kind, "kind");
    Checks.notNull(title, "title");
    Checks.notNull(url, "url");
    Checks.notNull(date, "date");
    Checks.notNull(documentNumber, "documentNumber");
    extra = Map.copyOf(Checks.notNull(extra, "extra"));
    Checks.notNull(lead, "lead");
  }

  /** Returns the first {@link #LEAD_CHARS} characters of a body. */
  public static String lead(String body) {
    Checks.notNull(body, "body");
    return body.length() <= LEAD_CHARS ? body : body.substring(0, LEAD_CHARS);
  }

  /** Returns what a backend stores of a document. */
  public static StoredDocument of(SearchDocument d) {
    Checks.notNull(d, "document");
    return new StoredDocument(d.id(), d.site(), d.kind(), d.title(), d.url(), d.date(), d.documentNumber(), d.extra(),
        lead(d.body()));
  }
}
