package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.search.BackendHit;
import org.govsite.search.BackendPage;
import org.govsite.search.BackendQuery;
import org.govsite.search.ContentKind;
import org.govsite.search.Facet;
import org.govsite.search.FacetCount;
import org.govsite.search.Highlight;
import org.govsite.search.IndexedFields;
import org.govsite.search.QueryPlan;
import org.govsite.search.SearchAnalysis;
import org.govsite.search.SearchBackend;
import org.govsite.search.SearchDocument;
import org.govsite.search.SearchRequest;
import org.govsite.search.StoredDocument;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * GovSite search on an OpenSearch cluster (OpenSearch 检索后端): a {@link SearchBackend} whose
 * index lives behind an alias on a node, so that many portal instances, and many sites of a 集约化
 * platform, share one index.
 *
 * <pre>{@code
 * try (OpenSearchConnection node = OpenSearchConnection.builder(URI.create("http://127.0.0.1:9201")).connect();
 *     SiteSearch search = SiteSearch.builder()
 *         .backend(OpenSearchBackend.builder().connection(node).indexName("govsite").site("county-a").build())
 *         .build()) {
 *   search.search("社保卡");
 * }
 * }</pre>
 *
 * <p>Every document is indexed with the fields {@link IndexedFields#of} computes (folding, pinyin,
 * 发文字号 keys), and every query is the {@link QueryPlan} the embedded backend also runs,
 * translated term for term into {@code bool}/{@code term}/{@code span_near} queries (never query
 * syntax). Highlights are found on the client in the stored body. Changes are buffered and sent in
 * bulk; this instance reads its own writes, and other instances see them after {@link #commit()}
 * (or a read of this one) refreshed the index and moved the cluster-wide change marker that
 * {@link #changeToken()} reads. {@link #rebuild()} fills a new index beside the live one and
 * switches the alias. Thread-safe. Closing it does not close the connection.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class OpenSearchBackend implements SearchBackend {
  private static final Pattern SITE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final OpenSearchConnection connection;
  private final OpenSearchIndex index;
  private final SearchAnalysis analysis;
  private final Optional<String> site;
  private final ChangeMarker marker;
  private final OpenSearchWrites writes;
  private final OpenSearchEngine engine;
  private final QueryTranslation.Weights weights;

  private OpenSearchBackend(Builder b, OpenSearchConnection connection) {
    this.connection = connection;
    this.index = OpenSearchIndex.builder(connection, b.indexName).shards(b.shards).replicas(b.replicas).build();
    this.analysis = b.analysis;
    this.site = Optional.ofNullable(b.site);
    this.marker = index.changes();
    this.writes = new OpenSearchWrites(connection, index, marker, site.orElse(ChangeMarker.ALL_SITES));
    this.engine = new OpenSearchEngine(connection, index.alias(), site);
    var r = analysis.relevance();
    this.weights = new QueryTranslation.Weights(r.titleBoost(), r.phraseBoost(), r.proximityBoost(), QueryPlan.PINYIN_BOOST,
        QueryPlan.DOCUMENT_NUMBER_BOOST, QueryPlan.MAX_PAIRS);
  }

  /** Starts a backend; {@link Builder#connection} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the index (alias) this backend uses. */
  public OpenSearchIndex index() {
    return index;
  }

  @Override
  public void upsert(SearchDocument document) {
    writes.upsert(toDocument(Checks.notNull(document, "document")));
  }

  /**
   * Deletes the document of this backend's site with this id; a backend without a site deletes the
   * id in every site (one delete-by-query, as the id alone does not say the site).
   */
  @Override
  public boolean delete(String id) {
    Checks.notNull(id, "id");
    if (site.isPresent()) {
      return writes.delete(documentId(id));
    }
    return writes.deleteEverywhere(id);
  }

  @Override
  public void commit() {
    writes.publish();
  }

  @Override
  public void commit(String source) {
    writes.publish(Checks.notNull(source, "source"));
  }

  /**
   * Returns the label this backend's site was built from (a backend without a site: the label of
   * the whole alias), until its next change. Each site of a shared index has its own, so two sites
   * with the same content are each built once, and a change of one site does not clear another's.
   */
  @Override
  public Optional<String> source() {
    writes.publish();
    return marker.source(labelKey());
  }

  /**
   * Returns the label of this site's last complete build (a {@link Rebuild#publish(String)} or
   * {@link #commit(String)}), kept across ordinary changes, unlike {@link #source()}: an application
   * that writes every change to its database and to this index together may trust a build it
   * recorded, instead of rebuilding a shared index at every start. A whole-alias rebuild drops it.
   */
  public Optional<String> builtFrom() {
    writes.publish();
    return marker.built(labelKey());
  }

  private String labelKey() {
    return site.orElse(ChangeMarker.ALL_SITES);
  }

  /**
   * Returns the cluster-wide change token: one realtime GET of the marker document ({@link
   * ChangeMarker}), after sending this instance's pending changes.
   */
  @Override
  public String changeToken() {
    readOwnWrites();
    return marker.token();
  }

  /**
   * Rebuilds what this backend serves. A backend without a site builds a new index beside the live
   * one and switches the alias (the whole index is replaced). A backend with a site rebuilds only
   * that site, in the live index: its documents are deleted (delete-by-query on {@code site}) and
   * indexed again, so every other site of a shared index keeps its documents and its label; the
   * site's documents are missing from searches while it runs, so run it under a lock that stops
   * this site's writers. Either way nothing is published, and no label recorded, when the node
   * refused any document.
   */
  @Override
  public Rebuild rebuild() {
    return site.isPresent() ? siteRebuild(site.get()) : aliasRebuild();
  }

  private Rebuild aliasRebuild() {
    IndexBuild build = index.beginRebuild();
    return new Rebuild() {
      @Override
      public void add(SearchDocument document) {
        build.add(toDocument(Checks.notNull(document, "document")));
      }

      @Override
      public void publish() {
        build.publish();
      }

      @Override
      public void publish(String source) {
        Checks.notNull(source, "source");
        build.publish();
        marker.bump(ChangeMarker.ALL_SITES, source);
      }

      @Override
      public void close() {
        build.close();
      }
    };
  }

  private Rebuild siteRebuild(String only) {
    writes.deleteSite(only);
    writes.publish();
    BulkIndexer loader = index.indexer();
    return new Rebuild() {
      private boolean done;

      @Override
      public void add(SearchDocument document) {
        OpenSearchDocument d = toDocument(Checks.notNull(document, "document"));
        Checks.argument(d.site().equals(only), "document", "须属于本站点 " + only, "must be of site " + only + ", not " + d.site());
        loader.add(d);
      }

      @Override
      public void publish() {
        finish();
        marker.changed(only);
      }

      @Override
      public void publish(String source) {
        Checks.notNull(source, "source");
        finish();
        marker.bump(only, source);
      }

      private void finish() {
        if (done) {
          throw new IllegalStateException("this rebuild is published or abandoned; start another");
        }
        done = true;
        BulkReport report = loader.finish();
        index.refresh();
        if (!report.succeeded()) {
          throw IndexBuild.incomplete(index.alias(), report);
        }
      }

      @Override
      public void close() {
        if (!done) {
          done = true;
          loader.close();
          index.refresh();
          marker.changed(only);
        }
      }
    };
  }

  @Override
  public BackendPage search(BackendQuery query) {
    Checks.notNull(query, "query");
    readOwnWrites();
    QueryPlan plan = query.plan(analysis);
    if (plan.matchesNothing()) {
      return BackendPage.empty();
    }
    SearchRequest r = query.request();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put(field(Facet.KIND), r.kinds().stream().map(ContentKind::code).toList());
    filters.put(field(Facet.COLUMN), List.copyOf(r.columns()));
    filters.put(field(Facet.ORGAN), List.copyOf(r.organs()));
    filters.put(field(Facet.TOPIC), List.copyOf(r.topics()));
    filters.put(field(Facet.YEAR), r.years().stream().map(String::valueOf).toList());
    List<String> facetFields = new ArrayList<>();
    for (Facet f : Facet.values()) {
      facetFields.add(field(f));
    }
    OpenSearchEngine.Page page = engine.search(new OpenSearchEngine.Ask(translate(plan), filters, List.copyOf(r.sites()),
        r.sort() == SearchRequest.Sort.DATE, r.offset(), r.limit(), facetFields, plan.highlightTerms(), query.highlightChars()));
    List<BackendHit> hits = new ArrayList<>();
    for (OpenSearchEngine.PageHit h : page.hits()) {
      List<Highlight.Span> spans = new ArrayList<>();
      for (int[] s : h.passage().spans()) {
        spans.add(new Highlight.Span(s[0], s[1]));
      }
      hits.add(new BackendHit(h.id(), h.score(), stored(h.source()), new Highlight(h.passage().text(), spans)));
    }
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      facets.put(f, page.facets().getOrDefault(field(f), List.of()).stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList());
    }
    return new BackendPage(page.total(), page.exact(), hits, facets);
  }

  @Override
  public long count(String text) {
    Checks.notNull(text, "text");
    readOwnWrites();
    QueryPlan plan = QueryPlan.of(text, List.of(), analysis, false);
    return plan.matchesNothing() ? 0 : engine.count(translate(plan));
  }

  @Override
  public List<String> words(String text) {
    return analysis.terms(Checks.notNull(text, "text"));
  }

  /**
   * Candidates for every word in ONE request: a term suggester per word on the folded body (the
   * node's spell checker in {@code missing} mode: only a word the index does not hold gets any),
   * one edit away, most frequent first. The suggester counts the whole index, not one site.
   */
  @Override
  public Map<String, List<String>> similarWords(List<String> words, int maxPerWord) {
    Checks.notNull(words, "words");
    Checks.argument(maxPerWord >= 1, "maxPerWord", "须为正数", "must be positive: " + maxPerWord);
    readOwnWrites();
    Map<String, List<String>> found = engine.similarWords(words, IndexLayout.BODY_FOLDED, maxPerWord);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String w : words) {
      out.put(w, w.length() < 2 ? List.of() : found.getOrDefault(w, List.of()));
    }
    return out;
  }

  @Override
  public List<String> suggestTitles(String prefix, int max) {
    Checks.notNull(prefix, "prefix");
    if (prefix.isBlank() || max < 1) {
      return List.of();
    }
    readOwnWrites();
    return engine.suggestTitles(analysis.terms(prefix), max);
  }

  @Override
  public Optional<StoredDocument> get(String id) {
    Checks.notNull(id, "id");
    readOwnWrites();
    Optional<Map<String, Object>> source = site.isPresent() ? engine.get(documentId(id)) : engine.findById(id);
    return source.map(this::stored);
  }

  /** Returns the number of documents in scope; 0 before the index exists (nothing is visible yet). */
  @Override
  public long size() {
    readOwnWrites();
    try {
      return engine.size();
    } catch (org.govsite.core.GovSiteException e) {
      if (e.code() == OpenSearchErrorCode.NO_INDEX) {
        return 0;
      }
      throw e;
    }
  }

  /** Sends and publishes what this instance changed; the connection stays open (it is the caller's). */
  @Override
  public void close() {
    writes.publish();
  }

  @Override
  public String toString() {
    return "OpenSearchBackend[" + index.alias() + " on " + connection.url() + site.map(s -> ", site " + s).orElse("") + "]";
  }

  private void readOwnWrites() {
    if (writes.hasUnpublished()) {
      writes.publish();
    }
  }

  /** The OpenSearch id of a document of this backend's site (or of {@link SearchDocument#DEFAULT_SITE}). */
  private String documentId(String id) {
    return site.orElse(SearchDocument.DEFAULT_SITE) + "/" + id;
  }

  private Query translate(QueryPlan plan) {
    if (plan.matchAll()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    List<QueryTranslation.Phrasing> phrasings = new ArrayList<>();
    for (QueryPlan.Phrasing p : plan.phrasings()) {
      List<String> terms = List.of();
      int minimum = 0;
      List<List<String>> runs = new ArrayList<>();
      for (QueryPlan.Terms t : p.terms()) {
        // the OpenSearch index holds bigrams only; segmented words are an embedded-only alternative
        if (t.kind() == QueryPlan.TermKind.BIGRAM) {
          terms = t.terms();
          minimum = t.minimumShouldMatch();
          t.pairs().forEach(pair -> runs.add(List.of(pair.first(), pair.second())));
        }
      }
      phrasings.add(new QueryTranslation.Phrasing(terms, minimum, runs, p.pinyin(), p.documentNumberKeys()));
    }
    return QueryTranslation.matching(phrasings, weights, plan.relaxed());
  }

  private OpenSearchDocument toDocument(SearchDocument d) {
    IndexedFields f = IndexedFields.of(d, analysis);
    String docSite = SearchDocument.DEFAULT_SITE.equals(d.site()) ? site.orElse(d.site()) : d.site();
    OpenSearchDocument.Builder b = OpenSearchDocument.builder(docSite, d.id(), d.kind().code(), d.title())
        .body(d.body())
        .folded(f.foldedTitle(), f.foldedBody())
        .pinyin(f.pinyin());
    f.documentNumberKeys().forEach(b::documentNumberKey);
    f.facets().forEach((facet, value) -> {
      if (facet != Facet.KIND && facet != Facet.SITE) {
        b.facet(facet.code(), value);
      }
    });
    d.date().ifPresent(b::published);
    d.url().ifPresent(b::url);
    d.documentNumber().ifPresent(b::documentNumber);
    d.extra().forEach(b::extra);
    return b.build();
  }

  /** Where a facet is indexed: {@code kind} and {@code site} at the top, the others under {@code facets.}. */
  static String field(Facet facet) {
    return switch (facet) {
      case KIND -> IndexLayout.KIND;
      case SITE -> IndexLayout.SITE;
      default -> IndexLayout.FACETS + "." + facet.code();
    };
  }

  @SuppressWarnings("unchecked")
  private StoredDocument stored(Map<String, Object> source) {
    String body = text(source, IndexLayout.BODY);
    Map<String, String> extra = new LinkedHashMap<>();
    if (source.get(IndexLayout.EXTRA) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> extra.put(String.valueOf(k), String.valueOf(v)));
    }
    String published = text(source, IndexLayout.PUBLISHED);
    return new StoredDocument(text(source, IndexLayout.ID), text(source, IndexLayout.SITE),
        ContentKind.ofCode(text(source, IndexLayout.KIND), "kind"), text(source, IndexLayout.TITLE),
        optional(source, IndexLayout.URL), published.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(published)),
        optional(source, IndexLayout.DOCUMENT_NUMBER), extra, StoredDocument.lead(body));
  }

  private static String text(Map<String, Object> source, String field) {
    return source.get(field) instanceof String s ? s : "";
  }

  private static Optional<String> optional(Map<String, Object> source, String field) {
    String s = text(source, field);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** Settings of an OpenSearch backend (OpenSearch 后端设置), each validated as it is given. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable OpenSearchConnection connection;
    private String indexName = "govsite";
    private @Nullable String site;
    private SearchAnalysis analysis = SearchAnalysis.standard();
    private int shards = 1;
    private int replicas = 0;

    private Builder() {}

    /** The node (required); the backend does not close it. */
    public Builder connection(OpenSearchConnection connection) {
      this.connection = Checks.notNull(connection, "connection");
      return this;
    }

    /**
     * The alias searches and updates use (default {@code govsite}): lower-case letters, digits,
     * {@code -} and {@code _}. Concrete indices are named after it.
     */
    public Builder indexName(String indexName) {
      Checks.notNull(indexName, "indexName");
      Checks.argument(Pattern.matches("[a-z0-9][a-z0-9_-]{0,99}", indexName), "indexName", "须为小写字母、数字、- 或 _，以字母或数字开头",
          "must be lower-case letters, digits, - or _, starting with a letter or digit, at most 100: '" + indexName + "'");
      this.indexName = indexName;
      return this;
    }

    /**
     * The site this backend serves on a shared index (default none: every site): searches that
     * name no site see only this one, and documents whose site is {@link SearchDocument#DEFAULT_SITE}
     * are stored as this site's. Letters, digits, {@code -} and {@code _}, at most 64.
     */
    public Builder site(String site) {
      Checks.notNull(site, "site");
      Checks.argument(SITE.matcher(site).matches(), "site", "须为 1 到 64 个字母、数字、- 或 _",
          "must be 1 to 64 letters, digits, - or _, not '" + site + "'");
      this.site = site;
      return this;
    }

    /** The analysis (default {@link SearchAnalysis#standard()}): the same as the embedded index's gives the same results. */
    public Builder analysis(SearchAnalysis analysis) {
      this.analysis = Checks.notNull(analysis, "analysis");
      return this;
    }

    /** Primary shards of new indices, 1 to 64 (default 1). */
    public Builder shards(int shards) {
      Checks.argument(shards >= 1 && shards <= 64, "shards", "须在 1 到 64 之间", "must be 1 to 64, not " + shards);
      this.shards = shards;
      return this;
    }

    /** Replicas of each shard of new indices, 0 to 8 (default 0). */
    public Builder replicas(int replicas) {
      Checks.argument(replicas >= 0 && replicas <= 8, "replicas", "须在 0 到 8 之间", "must be 0 to 8, not " + replicas);
      this.replicas = replicas;
      return this;
    }

    /** Returns the backend; it makes no request (the index is created by the first change or rebuild). */
    public OpenSearchBackend build() {
      OpenSearchConnection c = connection;
      Checks.argument(c != null, "connection", "缺少 OpenSearch 连接", "is required: give the node's connection");
      return new OpenSearchBackend(this, java.util.Objects.requireNonNull(c));
    }
  }
}
