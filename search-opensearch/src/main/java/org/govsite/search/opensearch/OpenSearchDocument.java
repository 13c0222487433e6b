package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One document as a GovSite index on OpenSearch stores it (待索引文档): the fields of {@link
 * IndexLayout}, with the folded text, pinyin and 发文字号 keys already computed by GovSite.
 *
 * <pre>{@code
 * OpenSearchDocument doc = OpenSearchDocument.builder("county-a", "2024-001", "disclosure", "关于印发实施方案的通知")
 *     .body("……").published(LocalDate.of(2024, 3, 1)).facet("department", "县政府办公室").build();
 * }</pre>
 *
 * <p>Immutable. Its OpenSearch id is {@code site/id}, so two sites may use the same id.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OpenSearchDocument {
  private static final Pattern FACET_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final String site;
  private final String id;
  private final String kind;
  private final String title;
  private final String body;
  private final String titleFolded;
  private final String bodyFolded;
  private final String pinyin;
  private final List<String> documentNumberKeys;
  private final Map<String, List<String>> facets;
  private final Optional<LocalDate> published;
  private final String url;
  private final String documentNumber;
  private final Map<String, String> extra;

  private OpenSearchDocument(Builder b) {
    this.site = b.site;
    this.id = b.id;
    this.kind = b.kind;
    this.title = b.title;
    this.body = b.body;
    this.titleFolded = b.titleFolded;
    this.bodyFolded = b.bodyFolded;
    this.pinyin = b.pinyin;
    this.documentNumberKeys = List.copyOf(b.documentNumberKeys);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    b.facets.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.facets = java.util.Collections.unmodifiableMap(copy);
    this.published = Optional.ofNullable(b.published);
    this.url = b.url;
    this.documentNumber = b.documentNumber;
    this.extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
  }

  /**
   * Starts a document.
   *
   * @param site the site it belongs to, e.g. {@code county-a}: letters, digits, {@code -} and {@code _}
   * @param id its id within the site, not blank
   * @param kind the kind of content, e.g. {@code disclosure}
   * @param title its title, not blank
   */
  public static Builder builder(String site, String id, String kind, String title) {
    return new Builder(site, id, kind, title);
  }

  /** Returns the id OpenSearch stores the document under: {@code site/id}. */
  public String documentId() {
    return site + "/" + id;
  }

  /** Returns the site. */
  public String site() {
    return site;
  }

  /** Returns the id within the site. */
  public String id() {
    return id;
  }

  /** Returns the publication date, when it has one. */
  public Optional<LocalDate> published() {
    return published;
  }

  /** Returns the facet values by facet name. */
  public Map<String, List<String>> facets() {
    return facets;
  }

  /** The JSON source sent to OpenSearch: field names of {@link IndexLayout}, empty fields left out. */
  Map<String, Object> source() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(IndexLayout.ID, id);
    source.put(IndexLayout.SITE, site);
    source.put(IndexLayout.KIND, kind);
    source.put(IndexLayout.TITLE, title);
    putIfNotEmpty(source, IndexLayout.BODY, body);
    putIfNotEmpty(source, IndexLayout.TITLE_FOLDED, titleFolded);
    putIfNotEmpty(source, IndexLayout.BODY_FOLDED, bodyFolded);
    putIfNotEmpty(source, IndexLayout.PINYIN, pinyin);
    if (!documentNumberKeys.isEmpty()) {
      source.put(IndexLayout.DOCUMENT_NUMBER_KEYS, documentNumberKeys);
    }
    if (!facets.isEmpty()) {
      source.put(IndexLayout.FACETS, facets);
    }
    published.ifPresent(date -> source.put(IndexLayout.PUBLISHED, date.toString()));
    putIfNotEmpty(source, IndexLayout.URL, url);
    putIfNotEmpty(source, IndexLayout.DOCUMENT_NUMBER, documentNumber);
    if (!extra.isEmpty()) {
      source.put(IndexLayout.EXTRA, extra);
    }
    return source;
  }

  private static void putIfNotEmpty(Map<String, Object> source, String field, String value) {
    if (!value.isEmpty()) {
      source.put(field, value);
    }
  }

  @Override
  public String toString() {
    return "OpenSearchDocument[" + documentId() + ", " + kind + ", " + title + "]";
  }

  /** Builds a document; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String site;
    private final String id;
    private final String kind;
    private final String title;
    private String body = "";
    private String titleFolded = "";
    private String bodyFolded = "";
    private String pinyin = "";
    private final List<String> documentNumberKeys = new ArrayList<>();
    private final Map<String, List<String>> facets = new LinkedHashMap<>();
    private @Nullable LocalDate published;
    private String url = "";
    private String documentNumber = "";
    private final Map<String, String> extra = new LinkedHashMap<>();

    private Builder(String site, String id, String kind, String title) {
      Checks.notNull(site, "site");
      Checks.argument(SITE.matcher(site).matches(), "site", "须为 1 到 64 个字母、数字、- 或 _",
          "must be 1 to 64 letters, digits, - or _, not '" + site + "'");
      this.site = site;
      this.id = notBlank(id, "id");
      this.kind = notBlank(kind, "kind");
      this.title = notBlank(title, "title");
    }

    private static String notBlank(String value, String field) {
      Checks.notNull(value, field);
      Checks.argument(!value.isBlank(), field, "不能为空", "must not be blank");
      return value;
    }

    /** The body as plain text (default empty). */
    public Builder body(String body) {
      this.body = Checks.notNull(body, "body");
      return this;
    }

    /** The title and body as GovSite folds them for matching (default empty: not indexed). */
    public Builder folded(String titleFolded, String bodyFolded) {
      this.titleFolded = Checks.notNull(titleFolded, "titleFolded");
      this.bodyFolded = Checks.notNull(bodyFolded, "bodyFolded");
      return this;
    }

    /** Pinyin keys, space-separated, e.g. {@code "zhengfu zf"} (default empty). */
    public Builder pinyin(String pinyin) {
      this.pinyin = Checks.notNull(pinyin, "pinyin");
      return this;
    }

    /** Adds a normalized form of the document's 发文字号, e.g. {@code 县政办发2024-3}. */
    public Builder documentNumberKey(String key) {
      documentNumberKeys.add(notBlank(key, "documentNumberKey"));
      return this;
    }

    /**
     * Adds a value of a facet.
     *
     * @param name the facet, lower-case ASCII letters, digits and {@code _}, starting with a letter
     * @param value the value, not blank
     */
    public Builder facet(String name, String value) {
      Checks.notNull(name, "facet");
      Checks.argument(FACET_NAME.matcher(name).matches(), "facet", "名称须为小写字母开头的字母、数字或 _",
          "name must be lower-case letters, digits or _, starting with a letter: '" + name + "'");
      facets.computeIfAbsent(name, n -> new ArrayList<>()).add(notBlank(value, "facet value"));
      return this;
    }

    /** The publication date (default none). */
    public Builder published(LocalDate date) {
      this.published = Checks.notNull(date, "published");
      return this;
    }

    /** The document's address (default empty). */
    public Builder url(String url) {
      this.url = Checks.notNull(url, "url");
      return this;
    }

    /** The 发文字号 as written, stored to be shown (default empty); its search keys go in {@link #documentNumberKey}. */
    public Builder documentNumber(String documentNumber) {
      this.documentNumber = Checks.notNull(documentNumber, "documentNumber");
      return this;
    }

    /** Adds a further stored field, returned with the document and never searched. */
    public Builder extra(String name, String value) {
      extra.put(Checks.notNull(name, "extra name"), Checks.notNull(value, "extra value"));
      return this;
    }

    /** Returns the document. */
    public OpenSearchDocument build() {
      return new OpenSearchDocument(this);
    }
  }
}
