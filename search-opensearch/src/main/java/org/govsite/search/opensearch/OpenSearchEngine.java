package org.govsite.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govsite.core.GovSiteException;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.FieldSuggester;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.Suggest;
import org.opensearch.client.opensearch.core.search.SuggestSort;
import org.opensearch.client.opensearch.core.search.TotalHitsRelation;

/**
 * The requests the OpenSearch backend makes, in GovSite's terms but independent of the search
 * seam's value types: one search (hits, total, facets) per page, one request for the similar words
 * of every word, a count, title suggestions, a get by id. Every request names the alias and, unless
 * the backend spans all sites, filters on the site.
 */
final class OpenSearchEngine {
  /** Values counted per facet, as many as the embedded backend returns. */
  static final int FACET_VALUES = 20;
  /** Totals are exact up to this many matches; beyond it the node counts no further (estimated). */
  static final int EXACT_TOTAL_UP_TO = 10_000;
  private static final List<String> SOURCE_FIELDS = List.of(IndexLayout.ID, IndexLayout.SITE, IndexLayout.KIND, IndexLayout.TITLE,
      IndexLayout.BODY, IndexLayout.URL, IndexLayout.PUBLISHED, IndexLayout.DOCUMENT_NUMBER, IndexLayout.FACETS, IndexLayout.EXTRA);

  private final OpenSearchConnection connection;
  private final String alias;
  /** The sites searched when a request names none: one site, or empty for all. */
  private final Optional<String> scope;

  OpenSearchEngine(OpenSearchConnection connection, String alias, Optional<String> scope) {
    this.connection = connection;
    this.alias = alias;
    this.scope = scope;
  }

  /** One page of a search. */
  record Page(long total, boolean exact, List<PageHit> hits, Map<String, List<Map.Entry<String, Long>>> facets) {}

  /** A hit with its stored fields (the source) and its passage. */
  record PageHit(String id, float score, Map<String, Object> source, HighlightOffsets.Passage passage) {}

  /**
   * What to search: {@code matching} with {@code filters} (field to allowed values, all must
   * hold), newest first when {@code byDate}, the page {@code [offset, offset + limit)}, counts of
   * {@code facetFields}, and passages of {@code highlightChars} around {@code highlightTerms}.
   */
  record Ask(Query matching, Map<String, List<String>> filters, List<String> sites, boolean byDate, int offset, int limit,
      List<String> facetFields, List<String> highlightTerms, int highlightChars) {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  Page search(Ask ask) {
    Query query = filtered(ask.matching(), ask.filters(), ask.sites());
    SearchResponse<Map> response = onAlias("search", () -> connection.client().search(s -> {
      s.index(alias).query(query).from(ask.offset()).size(ask.limit())
          .trackTotalHits(t -> t.count(EXACT_TOTAL_UP_TO))
          .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)));
      if (ask.byDate()) {
        s.sort(o -> o.field(f -> f.field(IndexLayout.PUBLISHED).order(SortOrder.Desc).missing(FieldValue.of("_last"))))
            .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
            .trackScores(true);
      }
      for (String field : ask.facetFields()) {
        s.aggregations(field, a -> a.terms(t -> t.field(field).size(FACET_VALUES)));
      }
      return s;
    }, Map.class));
    var total = response.hits().total();
    long count = total == null ? response.hits().hits().size() : total.value();
    boolean exact = total == null || total.relation() == TotalHitsRelation.Eq;
    List<PageHit> hits = new ArrayList<>();
    for (Hit<Map> hit : response.hits().hits()) {
      Map<String, Object> source = hit.source() == null ? Map.of() : (Map<String, Object>) hit.source();
      String body = source.get(IndexLayout.BODY) instanceof String b ? b : "";
      Double score = hit.score();
      hits.add(new PageHit(String.valueOf(source.get(IndexLayout.ID)), score == null || score.isNaN() ? 0f : score.floatValue(), source,
          HighlightOffsets.find(body, ask.highlightTerms(), ask.highlightChars())));
    }
    Map<String, List<Map.Entry<String, Long>>> facets = new LinkedHashMap<>();
    for (String field : ask.facetFields()) {
      Aggregate agg = response.aggregations().get(field);
      List<Map.Entry<String, Long>> values = new ArrayList<>();
      if (agg != null && agg.isSterms()) {
        for (StringTermsBucket b : agg.sterms().buckets().array()) {
          values.add(Map.entry(b.key(), b.docCount()));
        }
      }
      facets.put(field, values);
    }
    return new Page(count, exact, hits, facets);
  }

  /** How many documents in scope match (exactly). */
  long count(Query matching) {
    Query query = filtered(matching, Map.of(), List.of());
    return onAlias("count", () -> connection.client().count(c -> c.index(alias).query(query)).count());
  }

  /** How many documents are in scope. */
  long size() {
    return count(Query.of(q -> q.matchAll(m -> m)));
  }

  /**
   * For each word, indexed words one edit away, most frequent first: ONE search request holding a
   * term suggester per word (the node's DirectSpellChecker, as the embedded backend uses).
   */
  Map<String, List<String>> similarWords(List<String> words, String field, int max) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(words));
    if (distinct.isEmpty()) {
      return out;
    }
    Map<String, FieldSuggester> suggesters = new LinkedHashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      String word = distinct.get(i);
      suggesters.put("w" + i, FieldSuggester.of(f -> f.text(word).term(t -> t.field(field).size(max)
          .suggestMode(SuggestMode.Popular).sort(SuggestSort.Frequency).maxEdits(1).prefixLength(0).minWordLength(2))));
    }
    SearchResponse<Void> response = onAlias("find similar words", () -> connection.client().search(s -> s.index(alias).size(0)
        .query(filtered(Query.of(q -> q.matchAll(m -> m)), Map.of(), List.of()))
        .suggest(sg -> sg.suggesters(suggesters)), Void.class));
    for (int i = 0; i < distinct.size(); i++) {
      List<String> similar = new ArrayList<>();
      for (Suggest<?> suggest : response.suggest().getOrDefault("w" + i, List.of())) {
        if (suggest.isTerm()) {
          suggest.term().options().forEach(o -> similar.add(o.text()));
        }
      }
      out.put(distinct.get(i), similar.size() > max ? List.copyOf(similar.subList(0, max)) : List.copyOf(similar));
    }
    return out;
  }

  /** Titles holding every one of {@code terms} in their folded title, best first, distinct. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  List<String> suggestTitles(List<String> terms, int max) {
    if (terms.isEmpty()) {
      return List.of();
    }
    BoolQuery.Builder all = new BoolQuery.Builder();
    for (String t : terms) {
      all.must(QueryTranslation.term(QueryTranslation.textField(IndexLayout.TITLE_FOLDED, t), t, 1f));
    }
    Query query = filtered(Query.of(q -> q.bool(all.build())), Map.of(), List.of());
    SearchResponse<Map> response = onAlias("suggest titles", () -> connection.client().search(s -> s.index(alias).query(query)
        .size(max * 3).source(src -> src.filter(f -> f.includes(IndexLayout.TITLE))), Map.class));
    Set<String> titles = new LinkedHashSet<>();
    for (Hit<Map> hit : response.hits().hits()) {
      Object title = hit.source() == null ? null : hit.source().get(IndexLayout.TITLE);
      if (title instanceof String s) {
        titles.add(s);
        if (titles.size() == max) {
          break;
        }
      }
    }
    return List.copyOf(titles);
  }

  /** The stored fields of the document with OpenSearch id {@code documentId} ({@code site/id}). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Optional<Map<String, Object>> get(String documentId) {
    GetResponse<Map> got = onAlias("get " + documentId, () -> connection.client().get(g -> g.index(alias).id(documentId)
        .sourceIncludes(SOURCE_FIELDS), Map.class));
    return got.found() && got.source() != null ? Optional.of((Map<String, Object>) got.source()) : Optional.empty();
  }

  /** The stored fields of a document with this id in scope (in any site when the backend spans all: the first found). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Optional<Map<String, Object>> findById(String id) {
    Query query = filtered(QueryTranslation.oneOf(IndexLayout.ID, List.of(id)), Map.of(), List.of());
    SearchResponse<Map> response = onAlias("find " + id, () -> connection.client().search(s -> s.index(alias).query(query).size(1)
        .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS))), Map.class));
    return response.hits().hits().stream().map(h -> h.source()).filter(java.util.Objects::nonNull)
        .map(m -> (Map<String, Object>) m).findFirst();
  }

  private Query filtered(Query matching, Map<String, List<String>> filters, List<String> sites) {
    BoolQuery.Builder b = new BoolQuery.Builder().must(matching);
    filters.forEach((field, values) -> {
      if (!values.isEmpty()) {
        b.filter(QueryTranslation.oneOf(field, values));
      }
    });
    if (!sites.isEmpty()) {
      b.filter(QueryTranslation.oneOf(IndexLayout.SITE, sites));
    } else {
      scope.ifPresent(site -> b.filter(QueryTranslation.oneOf(IndexLayout.SITE, List.of(site))));
    }
    return Query.of(q -> q.bool(b.build()));
  }

  /** Runs a request on the alias, turning "no such index" into {@link OpenSearchErrorCode#NO_INDEX}. */
  <T> T onAlias(String what, OpenSearchCalls.Call<T> call) {
    try {
      return OpenSearchCalls.call(connection.url(), what + " in " + alias, call);
    } catch (GovSiteException e) {
      if (e.getCause() instanceof OpenSearchException o && o.status() == 404) {
        throw new GovSiteException(OpenSearchErrorCode.NO_INDEX, "OpenSearch 上没有索引 " + alias + "，请先建立索引 / there is no"
            + " index " + alias + " on the OpenSearch node at " + connection.url() + ": index documents first");
      }
      throw e;
    }
  }
}
