package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.core.support.Codes;

/**
 * A resident's query (检索请求) with its filters, sort order and page.
 *
 * <p>The text is never parsed as query syntax: quotes, {@code *}, {@code ?}, {@code :} and the
 * like are ordinary characters.
 *
 * @param text what the resident typed
 * @param kinds only these kinds (empty: all)
 * @param columns only these columns (empty: all)
 * @param organs only these organs (empty: all)
 * @param topics only these topics (empty: all)
 * @param years only these publication years (empty: all)
 * @param sites only these sites (empty: all; {@link SearchDocument#site()})
 * @param sort relevance or newest first
 * @param offset the first hit to return (0-based)
 * @param limit how many hits to return
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SearchRequest(String text, Set<ContentKind> kinds, Set<String> columns, Set<String> organs,
    Set<String> topics, Set<Integer> years, Set<String> sites, Sort sort, int offset, int limit) {

  /** The largest page a request may ask for. */
  public static final int MAX_LIMIT = 100;
  /** The deepest hit a request may page to; deeper paging is refused as it costs the server. */
  public static final int MAX_OFFSET = 10_000;

  /** Result order (排序). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Sort {
    /** Best match first (按相关度). */
    RELEVANCE,
    /** Newest first (按时间). */
    DATE;

    /** Returns the lower-case code used in URLs and the CLI: {@code relevance} or {@code date}. */
    public String code() {
      return Codes.kebab(this);
    }

    /** Returns the order with the given code, or throws naming the field. */
    public static Sort parse(String code, String field) {
      return Codes.byName(values(), code, field, "未知的排序方式 / unknown sort", Sort::code);
    }
  }

  /** Validates the request and copies the sets. */
  public SearchRequest {
    Checks.notNull(text, "text");
    Checks.notNull(sort, "sort");
    Checks.argument(offset >= 0 && offset <= MAX_OFFSET, "offset", "超出范围", "must be between 0 and " + MAX_OFFSET + ": " + offset);
    Checks.argument(limit >= 1 && limit <= MAX_LIMIT, "limit", "超出范围", "must be between 1 and " + MAX_LIMIT + ": " + limit);
    kinds = Set.copyOf(Checks.notNull(kinds, "kinds"));
    columns = Set.copyOf(Checks.notNull(columns, "columns"));
    organs = Set.copyOf(Checks.notNull(organs, "organs"));
    topics = Set.copyOf(Checks.notNull(topics, "topics"));
    years = Set.copyOf(Checks.notNull(years, "years"));
    sites = Set.copyOf(Checks.notNull(sites, "sites"));
  }

  /** Returns a request for the text with no filters, by relevance, first 10 hits. */
  public static SearchRequest of(String text) {
    return builder(text).build();
  }

  /** Returns a builder for a request for the text. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** Returns a copy of this request for another text (used for corrections and synonyms). */
  public SearchRequest withText(String other) {
    return new SearchRequest(other, kinds, columns, organs, topics, years, sites, sort, offset, limit);
  }

  /** Builds a {@link SearchRequest}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final String text;
    private final Set<ContentKind> kinds = new LinkedHashSet<>();
    private final Set<String> columns = new LinkedHashSet<>();
    private final Set<String> organs = new LinkedHashSet<>();
    private final Set<String> topics = new LinkedHashSet<>();
    private final Set<Integer> years = new LinkedHashSet<>();
    private final Set<String> sites = new LinkedHashSet<>();
    private Sort sort = Sort.RELEVANCE;
    private int offset;
    private int limit = 10;

    private Builder(String text) {
      this.text = text;
    }

    /** Keeps only hits of this kind (repeat for several). */
    public Builder kind(ContentKind kind) {
      kinds.add(Checks.notNull(kind, "kind"));
      return this;
    }

    /** Keeps only hits in this column (repeat for several). */
    public Builder column(String column) {
      columns.add(Checks.notNull(column, "column"));
      return this;
    }

    /** Keeps only hits from this organ (repeat for several). */
    public Builder organ(String organ) {
      organs.add(Checks.notNull(organ, "organ"));
      return this;
    }

    /** Keeps only hits on this topic (repeat for several). */
    public Builder topic(String topic) {
      topics.add(Checks.notNull(topic, "topic"));
      return this;
    }

    /** Keeps only hits published in this year (repeat for several). */
    public Builder year(int year) {
      years.add(year);
      return this;
    }

    /** Keeps only hits of this site (repeat for several). */
    @API(status = EXPERIMENTAL, since = "0.2")
    public Builder site(String site) {
      sites.add(Checks.notNull(site, "site"));
      return this;
    }

    /** Sets the order. */
    public Builder sort(Sort sort) {
      this.sort = Checks.notNull(sort, "sort");
      return this;
    }

    /** Sets the first hit to return (0-based). */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /** Sets how many hits to return (1–100). */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Builds the request. */
    public SearchRequest build() {
      return new SearchRequest(text, kinds, columns, organs, topics, years, sites, sort, offset, limit);
    }
  }
}
