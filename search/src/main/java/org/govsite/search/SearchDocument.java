package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A document in the site index (检索文档): the common fields of catalogue entries, column items,
 * letters and service guides, plus any extra stored fields.
 *
 * @param id unique id; adding a document with an existing id replaces it
 * @param kind the kind, for grouping and filtering
 * @param title the title
 * @param body the plain text
 * @param url the address of the page
 * @param column the column (栏目) name
 * @param organ the issuing or handling organ (发布机构)
 * @param topic the topic (主题分类)
 * @param date the publication date
 * @param documentNumber the 发文字号, e.g. 国办发〔2014〕57号
 * @param extra further stored fields, returned with each hit
 * @param site the site (站点) the document belongs to, on a platform whose one index serves
 *     several sites: a filter and a facet ({@link SearchRequest#sites()}, {@link Facet#SITE});
 *     {@link #DEFAULT_SITE} unless set
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SearchDocument(String id, ContentKind kind, String title, String body, Optional<String> url,
    Optional<String> column, Optional<String> organ, Optional<String> topic, Optional<LocalDate> date,
    Optional<String> documentNumber, Map<String, String> extra, String site) {

  /** The site of a document whose site was not set. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final String DEFAULT_SITE = "default";

  /** Validates the required fields and copies the extra fields. */
  public SearchDocument {
    Checks.notNull(id, "id");
    Checks.argument(!id.isBlank(), "id", "不能为空", "must not be blank");
    Checks.notNull(kind, "kind");
    Checks.notNull(title, "title");
    Checks.notNull(body, "body");
    Checks.notNull(url, "url");
    Checks.notNull(column, "column");
    Checks.notNull(organ, "organ");
    Checks.notNull(topic, "topic");
    Checks.notNull(date, "date");
    Checks.notNull(documentNumber, "documentNumber");
    extra = Map.copyOf(Checks.notNull(extra, "extra"));
    Checks.notNull(site, "site");
    Checks.argument(!site.isBlank(), "site", "不能为空", "must not be blank");
  }

  /** Returns a builder for a document with the given id, kind and title. */
  public static Builder builder(String id, ContentKind kind, String title) {
    return new Builder(id, kind, title);
  }

  /** Builds a {@link SearchDocument}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final String id;
    private final ContentKind kind;
    private final String title;
    private String body = "";
    private @Nullable String url;
    private @Nullable String column;
    private @Nullable String organ;
    private @Nullable String topic;
    private @Nullable LocalDate date;
    private @Nullable String documentNumber;
    private final Map<String, String> extra = new LinkedHashMap<>();
    private String site = DEFAULT_SITE;

    private Builder(String id, ContentKind kind, String title) {
      this.id = id;
      this.kind = kind;
      this.title = title;
    }

    /** Sets the plain-text body. */
    public Builder body(String body) {
      this.body = Checks.notNull(body, "body");
      return this;
    }

    /** Sets the page address. */
    public Builder url(String url) {
      this.url = Checks.notNull(url, "url");
      return this;
    }

    /** Sets the column (栏目) name. */
    public Builder column(String column) {
      this.column = Checks.notNull(column, "column");
      return this;
    }

    /** Sets the organ (发布机构). */
    public Builder organ(String organ) {
      this.organ = Checks.notNull(organ, "organ");
      return this;
    }

    /** Sets the topic (主题分类). */
    public Builder topic(String topic) {
      this.topic = Checks.notNull(topic, "topic");
      return this;
    }

    /** Sets the publication date. */
    public Builder date(LocalDate date) {
      this.date = Checks.notNull(date, "date");
      return this;
    }

    /** Sets the 发文字号. */
    public Builder documentNumber(String documentNumber) {
      this.documentNumber = Checks.notNull(documentNumber, "documentNumber");
      return this;
    }

    /** Adds an extra stored field. */
    public Builder extra(String name, String value) {
      extra.put(Checks.notNull(name, "extra name"), Checks.notNull(value, "extra value"));
      return this;
    }

    /** Sets the site (default {@link SearchDocument#DEFAULT_SITE}). */
    @API(status = EXPERIMENTAL, since = "0.2")
    public Builder site(String site) {
      this.site = Checks.notNull(site, "site");
      return this;
    }

    /** Builds the document. */
    public SearchDocument build() {
      return new SearchDocument(id, kind, title, body, Optional.ofNullable(url), Optional.ofNullable(column),
          Optional.ofNullable(organ), Optional.ofNullable(topic), Optional.ofNullable(date),
          Optional.ofNullable(documentNumber), extra, site);
    }
  }
}
