package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.support.Checks;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.indices.update_aliases.Action;

/**
 * A GovSite index on OpenSearch, reached through an alias (别名索引): searches and updates go to the
 * alias; {@link #rebuild} fills a new concrete index beside the live one, switches the alias to it in
 * one atomic request and deletes the old one, so searches never see an empty or half-filled index.
 *
 * <pre>{@code
 * OpenSearchIndex index = OpenSearchIndex.builder(connection, "govsite").build();
 * BulkReport report = index.rebuild(bulk -> documents.forEach(bulk::add));
 * long inCountyA = index.count(Optional.of("county-a"));
 * }</pre>
 *
 * <p>Concrete indices are named {@code <alias>-<UTC timestamp>-<random>}. One rebuild at a time per
 * alias: two concurrent rebuilds both succeed, and the later switch wins. Thread-safe otherwise.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OpenSearchIndex {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final OpenSearchConnection connection;
  private final String alias;
  private final int shards;
  private final int replicas;
  private final BulkSettings bulk;

  private OpenSearchIndex(Builder b) {
    this.connection = b.connection;
    this.alias = b.alias;
    this.shards = b.shards;
    this.replicas = b.replicas;
    this.bulk = b.bulk;
  }

  /**
   * Starts an index handle.
   *
   * @param connection the node
   * @param alias the alias searches use: lower-case letters, digits, {@code -} and {@code _}, e.g. {@code govsite}
   */
  public static Builder builder(OpenSearchConnection connection, String alias) {
    return new Builder(connection, alias);
  }

  /** Returns the alias. */
  public String alias() {
    return alias;
  }

  /** Returns the concrete indices the alias points to: one, or none before the first build. */
  public List<String> currentIndices() {
    boolean exists = OpenSearchCalls.call(connection.url(), "look up alias " + alias,
        () -> connection.client().indices().existsAlias(e -> e.name(alias)).value());
    if (!exists) {
      return List.of();
    }
    return List.copyOf(OpenSearchCalls.call(connection.url(), "look up alias " + alias,
        () -> connection.client().indices().getAlias(g -> g.name(alias)).result().keySet()));
  }

  /**
   * Creates the alias with an empty index behind it, unless it exists. Updates through {@link
   * #indexer()} need it; {@link #rebuild} does not.
   */
  public void createIfMissing() {
    if (currentIndices().isEmpty()) {
      String fresh = createConcreteIndex(false);
      switchAlias(List.of(), fresh);
      changes().reset();
    }
  }

  /**
   * Returns a bulk loader that adds or replaces documents in the live index, through the alias.
   *
   * @throws GovSiteException with {@link OpenSearchErrorCode#NO_INDEX} when the alias does not exist yet
   */
  public BulkIndexer indexer() {
    requireAlias();
    return new BulkIndexer(connection, alias, bulk);
  }

  /**
   * Builds a new index beside the live one and switches the alias to it.
   *
   * <p>The new index is filled by {@code fill} through the bulk loader it is given, refreshed, and
   * then the alias moves from the old index to the new in one request: a search sees the old index
   * or the new one, never neither. The old index is deleted afterwards. When {@code fill} or the load
   * throws, the new index is deleted and the alias stays where it was. Documents the node refused
   * (see {@link BulkReport#failures()}) do not stop the switch: a few malformed documents should not
   * keep a whole site's search stale; the caller decides what to do with the report.
   *
   * @return what the load did
   */
  public BulkReport rebuild(Consumer<BulkIndexer> fill) {
    Checks.notNull(fill, "fill");
    try (IndexBuild build = beginRebuild()) {
      try {
        fill.accept(build.loader());
      } catch (RuntimeException e) {
        build.abandon(e);
        throw e;
      }
      return build.publish();
    }
  }

  /**
   * Starts building a new index beside the live one (旁路重建): documents go to the new index
   * through {@link IndexBuild#add}; searches keep using the old index until {@link
   * IndexBuild#publish()} switches the alias. While it is built the new index has no replicas and
   * no periodic refresh (both cost indexing time and nobody searches it yet); publishing restores
   * the configured replicas and the default refresh interval of 1 s first.
   */
  public IndexBuild beginRebuild() {
    List<String> old = currentIndices();
    String fresh = createConcreteIndex(true);
    return new IndexBuild(this, old, fresh, new BulkIndexer(connection, fresh, bulk));
  }

  /** Turns a building index into a live one: the configured replicas, refresh each second, refreshed now. */
  void finishBuilding(String index) {
    OpenSearchCalls.call(connection.url(), "restore the settings of " + index, () -> connection.client().indices().putSettings(p -> p
        .index(index)
        .settings(st -> st.numberOfReplicas(replicas).refreshInterval(t -> t.time("1s")))));
    refresh(index);
  }

  /** Points the alias at {@code fresh}, deletes the indices in {@code old} and records the change. */
  void publish(List<String> old, String fresh) {
    switchAlias(old, fresh);
    for (String index : old) {
      OpenSearchCalls.call(connection.url(), "delete the old index " + index,
          () -> connection.client().indices().delete(d -> d.index(index)));
    }
    changes().reset();
  }

  /** Returns the marker whose version says when this alias's content last changed (see {@link ChangeMarker}). */
  ChangeMarker changes() {
    return new ChangeMarker(connection, alias + ChangeMarker.SUFFIX);
  }

  OpenSearchConnection connection() {
    return connection;
  }

  /** Makes every document indexed so far visible to searches (OpenSearch does it each second anyway). */
  public void refresh() {
    requireAlias();
    refresh(alias);
  }

  /**
   * Counts the documents, of one site or of all.
   *
   * @throws GovSiteException with {@link OpenSearchErrorCode#NO_INDEX} when the alias does not exist yet
   */
  public long count(Optional<String> site) {
    Checks.notNull(site, "site");
    return onAlias("count documents", () -> connection.client().count(c -> {
      c.index(alias);
      site.ifPresent(s -> c.query(siteFilter(s)));
      return c;
    }).count());
  }

  /** Returns how many documents each site has (a terms aggregation on {@value IndexLayout#SITE}), most first. */
  public Map<String, Long> countPerSite() {
    return terms(Optional.empty(), IndexLayout.SITE);
  }

  /**
   * Returns how many documents of one site have each value of a facet, most first.
   *
   * @param site the site, e.g. {@code county-a}
   * @param facet the facet's name, as given to {@link OpenSearchDocument.Builder#facet}
   */
  public Map<String, Long> facetCounts(String site, String facet) {
    Checks.notNull(site, "site");
    Checks.notNull(facet, "facet");
    return terms(Optional.of(site), IndexLayout.FACETS + "." + facet);
  }

  /**
   * Returns the tokens the index's text analyzer ({@value IndexLayout#CJK_ANALYZER}) makes of
   * {@code text}: what a title or body is searchable by, e.g. 政府信息公开 → 政府 府信 信息 息公 公开.
   */
  public List<String> analyze(String text) {
    Checks.notNull(text, "text");
    return onAlias("analyze text", () -> connection.client().indices()
        .analyze(a -> a.index(alias).analyzer(IndexLayout.CJK_ANALYZER).text(text)))
        .tokens().stream().map(t -> t.token()).toList();
  }

  /** Deletes the alias, every index behind it and its change marker. */
  public void delete() {
    for (String index : currentIndices()) {
      OpenSearchCalls.call(connection.url(), "delete index " + index, () -> connection.client().indices().delete(d -> d.index(index)));
    }
    changes().delete();
  }

  private Map<String, Long> terms(Optional<String> site, String field) {
    var response = onAlias("count by " + field, () -> connection.client().search(s -> {
      s.index(alias).size(0).aggregations("values", a -> a.terms(t -> t.field(field).size(1000)));
      site.ifPresent(v -> s.query(siteFilter(v)));
      return s;
    }, Void.class));
    Aggregate values = response.aggregations().get("values");
    if (values == null) {
      throw new GovSiteException(OpenSearchErrorCode.REQUEST_FAILED, "OpenSearch 未返回聚合结果 / the node at " + connection.url()
          + " answered without the terms aggregation on " + field);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (StringTermsBucket bucket : values.sterms().buckets().array()) {
      counts.put(bucket.key(), bucket.docCount());
    }
    return counts;
  }

  private static Query siteFilter(String site) {
    return Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field(IndexLayout.SITE).value(FieldValue.of(site))))));
  }

  private String createConcreteIndex(boolean building) {
    String name = alias + "-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "-"
        + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
    OpenSearchCalls.call(connection.url(), "create index " + name, () -> connection.client().indices().create(c -> c
        .index(name)
        .settings(building ? IndexLayout.buildSettings(shards) : IndexLayout.settings(shards, replicas))
        .mappings(IndexLayout.mappings())));
    return name;
  }

  /** Points the alias at {@code fresh} and away from {@code old}, in one atomic request. */
  private void switchAlias(List<String> old, String fresh) {
    List<Action> actions = new ArrayList<>();
    for (String index : old) {
      actions.add(Action.of(a -> a.remove(r -> r.index(index).alias(alias))));
    }
    actions.add(Action.of(a -> a.add(r -> r.index(fresh).alias(alias))));
    OpenSearchCalls.call(connection.url(), "switch alias " + alias + " to " + fresh,
        () -> connection.client().indices().updateAliases(u -> u.actions(actions)));
  }

  private void refresh(String target) {
    OpenSearchCalls.call(connection.url(), "refresh " + target, () -> connection.client().indices().refresh(r -> r.index(target)));
  }

  void deleteQuietly(String index, RuntimeException failure) {
    try {
      connection.client().indices().delete(d -> d.index(index));
    } catch (java.io.IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private void requireAlias() {
    if (currentIndices().isEmpty()) {
      throw noIndex();
    }
  }

  private GovSiteException noIndex() {
    return new GovSiteException(OpenSearchErrorCode.NO_INDEX, "OpenSearch 上没有索引 " + alias + "，请先建立索引 / there is no"
        + " index " + alias + " on the OpenSearch node at " + connection.url() + ": index documents first");
  }

  /** Runs a request on the alias, turning "no such index" into {@link OpenSearchErrorCode#NO_INDEX}. */
  private <T> T onAlias(String what, OpenSearchCalls.Call<T> call) {
    try {
      return OpenSearchCalls.call(connection.url(), what + " in " + alias, call);
    } catch (GovSiteException e) {
      if (e.getCause() instanceof OpenSearchException o && o.status() == 404) {
        throw noIndex();
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "OpenSearchIndex[" + alias + " on " + connection.url() + "]";
  }

  /** Settings of an index handle (索引设置), each validated as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final OpenSearchConnection connection;
    private final String alias;
    private int shards = 1;
    private int replicas = 0;
    private BulkSettings bulk = BulkSettings.DEFAULTS;

    private Builder(OpenSearchConnection connection, String alias) {
      this.connection = Checks.notNull(connection, "connection");
      Checks.notNull(alias, "alias");
      Checks.argument(NAME.matcher(alias).matches(), "alias", "须为小写字母、数字、- 或 _，以字母或数字开头",
          "must be lower-case letters, digits, - or _, starting with a letter or digit, at most 100: '" + alias + "'");
      this.alias = alias;
    }

    /** Primary shards of new indices, 1 to 64 (default 1). */
    public Builder shards(int shards) {
      Checks.argument(shards >= 1 && shards <= 64, "shards", "须在 1 到 64 之间", "must be 1 to 64, not " + shards);
      this.shards = shards;
      return this;
    }

    /** Replicas of each shard of new indices, 0 to 8 (default 0: a single node cannot place one). */
    public Builder replicas(int replicas) {
      Checks.argument(replicas >= 0 && replicas <= 8, "replicas", "须在 0 到 8 之间", "must be 0 to 8, not " + replicas);
      this.replicas = replicas;
      return this;
    }

    /** How bulk loads send documents (default {@link BulkSettings#DEFAULTS}). */
    public Builder bulk(BulkSettings settings) {
      this.bulk = Checks.notNull(settings, "bulk");
      return this;
    }

    /** Returns the handle; it makes no request. */
    public OpenSearchIndex build() {
      return new OpenSearchIndex(this);
    }
  }
}
