package org.govsite.search.opensearch;

import static org.govsite.testing.SearchFixtures.CARD;
import static org.govsite.testing.SearchFixtures.HUKOU;
import static org.govsite.testing.SearchFixtures.OPINION;
import static org.govsite.testing.SearchFixtures.REGULATION;
import static org.govsite.testing.SearchFixtures.TRADITIONAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.govsite.search.BestBets;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchBackend;
import org.govsite.search.SearchDocument;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchRequest;
import org.govsite.search.SearchResults;
import org.govsite.search.SiteSearch;
import org.govsite.testing.OpenSearchExtension;
import org.govsite.testing.SearchFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every query feature of {@link SiteSearch} on {@link OpenSearchBackend}, on the real node. */
class OpenSearchBackendTest {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  static final List<SearchDocument> ALL = SearchFixtures.FIXTURES;

  private static OpenSearchConnection connection;
  private static String alias;
  private static SiteSearch search;

  @BeforeAll
  static void fill() {
    connection = NodeTestSupport.connect(NODE.url());
    alias = NodeTestSupport.freshAlias("backend");
    search = SiteSearch.builder().backend(backend()).bestBets(BestBets.none().pin("社保", "pol-2")).build();
    search.rebuild(ALL.stream());
  }

  private static OpenSearchBackend backend() {
    return OpenSearchBackend.builder().connection(connection).indexName(alias).build();
  }

  @AfterAll
  static void drop() {
    search.close();
    OpenSearchIndex.builder(connection, alias).build().delete();
    connection.close();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"shebao", "sb", "SheBao", "she bao"})
  void pinyinFindsChineseTitles(String q) {
    assertTrue(ids(search.search(q)).contains("svc-1"), q);
  }

  @Test
  void typosAreCorrected() {
    SearchResults listed = search.search("信息公开条列");
    assertEquals("信息公开条例", listed.correction().orElseThrow().corrected());
    assertTrue(ids(listed).contains("pol-2"));
    SearchResults homophone = search.search("户击登记");
    assertTrue(homophone.correction().isPresent(), homophone.toString());
    assertEquals("svc-2", homophone.hits().get(0).id());
    assertTrue(search.search("社保卡").correction().isEmpty());
  }

  @Test
  void residentsWordsFindOfficialTerms() {
    SearchResults r = search.search("户口");
    assertEquals("svc-2", r.hits().get(0).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"国办发〔2014〕57号", "国办发[2014]57号", "国办发2014 57", "国办发（2014）57号", "国办发〔2014〕第057号", "国办发〔２０１４〕５７号"})
  void everyFormOfADocumentNumberFindsIt(String q) {
    assertEquals("pol-1", search.search(q).hits().get(0).id(), q);
    assertFalse(ids(search.search("国办发〔2014〕58号")).contains("pol-1"));
  }

  @Test
  void traditionalAndSimplifiedMeet() {
    assertEquals("art-1", search.search("身份证办理").hits().get(0).id());
    assertEquals("pol-1", search.search("網站信息內容建設").hits().get(0).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "*", "?", "(", ":", "~", "社保*", "*保", "title:社保", "社保 AND OR NOT", "\\", "/.*/",
      "社保~2", "[a TO z]", "\"社保", "((((", "&&||", "<script>", "{\"query\":1}"})
  void hostileInputIsOrdinaryText(String q) {
    SearchResults r = search.search(q);
    assertTrue(r.total() >= 0);
    r.hits().forEach(h -> assertFalse(h.highlight().contains("<script>"), h.highlight()));
  }

  @Test
  void highlightsMarkTheMatchesAndEscapeTheRest() {
    SearchHit h = search.search("社保卡").hits().stream().filter(x -> x.id().equals("svc-1")).findFirst().orElseThrow();
    assertTrue(h.highlight().contains("<em>社保卡</em>"), h.highlight());
    assertTrue(h.highlight().contains("&lt;script&gt;") && !h.highlight().contains("<script>"), h.highlight());
    assertEquals("0731-1234567", h.extra().get("phone"));
    assertEquals("https://www.example.gov.cn/bs/1.html", h.url().orElseThrow());
  }

  @Test
  void bestBetsArePinnedFirst() {
    SearchResults r = search.search("社保");
    assertEquals("pol-2", r.hits().get(0).id());
    assertTrue(r.hits().get(0).pinned());
  }

  @Test
  void facetsFiltersDateSortAndPaging() {
    SearchResults all = search.search(SearchRequest.builder("办理").build());
    assertTrue(all.facets().get("kind").stream().anyMatch(f -> f.value().equals("service") && f.count() == 2), all.facets().toString());
    assertFalse(all.facets().containsKey("site"), "one site: no site facet");
    SearchResults services = search.search(SearchRequest.builder("办理").kind(ContentKind.SERVICE).build());
    assertTrue(services.hits().stream().allMatch(h -> h.kind() == ContentKind.SERVICE));
    assertEquals(3, search.search(SearchRequest.builder("").year(2026).build()).total());
    assertEquals(List.of("svc-2"), ids(search.search(SearchRequest.builder("").organ("县公安局").build())));
    assertEquals(List.of("art-1", "svc-2"), ids(search.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).limit(2).build())));
    assertEquals(List.of("svc-1", "pol-2"),
        ids(search.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).offset(2).limit(2).build())));
    assertEquals(5, search.search(SearchRequest.builder("").build()).total());
  }

  @Test
  void titleSuggestionsAndStoredDocuments() {
    assertTrue(search.suggest("社保", 5).contains("社保卡申领指南"));
    try (OpenSearchBackend b = backend()) {
      assertEquals("户籍登记办理须知", b.get("svc-2").orElseThrow().title());
      assertTrue(b.get("nope").isEmpty());
      assertEquals(5, b.size());
    }
  }

  @Test
  void aChangeOnOneInstanceMovesEveryInstancesTokenAndIsFound() {
    try (OpenSearchBackend one = backend(); OpenSearchBackend other = backend()) {
      String before = other.changeToken();
      one.upsert(SearchDocument.builder("tmp-1", ContentKind.ARTICLE, "临时通知公告测试").body("测试").build());
      one.commit();
      String after = other.changeToken();
      assertNotEquals(before, after);
      assertEquals(1, other.count("临时通知"));
      assertTrue(one.delete("tmp-1"));
      assertFalse(one.delete("tmp-1"));
      one.commit();
      assertNotEquals(after, other.changeToken());
      assertEquals(0, other.count("临时通知"));
    }
  }

  @Test
  void aRebuildKeepsTheOldContentVisibleUntilItIsPublished() {
    String name = NodeTestSupport.freshAlias("rebuild");
    try (OpenSearchBackend b = OpenSearchBackend.builder().connection(connection).indexName(name).build()) {
      try (SearchBackend.Rebuild first = b.rebuild()) {
        first.add(CARD);
        first.publish("v1");
      }
      assertEquals(1, b.size());
      assertEquals("v1", b.source().orElseThrow());
      String token = b.changeToken();
      try (SearchBackend.Rebuild second = b.rebuild()) {
        ALL.forEach(second::add);
        assertEquals(1, b.size(), "searches see the old index while the new one fills");
        second.publish();
      }
      assertEquals(5, b.size());
      assertNotEquals(token, b.changeToken());
      assertTrue(b.source().isEmpty());
      try (SearchBackend.Rebuild abandoned = b.rebuild()) {
        abandoned.add(CARD);
      }
      assertEquals(5, b.size(), "an abandoned rebuild leaves the live index");
      assertEquals(1, b.index().currentIndices().size());
      b.index().delete();
    }
  }

  @Test
  void sitesShareOneIndex() {
    String name = NodeTestSupport.freshAlias("sites");
    try (OpenSearchBackend a = OpenSearchBackend.builder().connection(connection).indexName(name).site("county-a").build();
        OpenSearchBackend b = OpenSearchBackend.builder().connection(connection).indexName(name).site("county-b").build();
        OpenSearchBackend all = OpenSearchBackend.builder().connection(connection).indexName(name).build()) {
      a.upsert(CARD);
      a.commit();
      b.upsert(CARD);
      b.upsert(HUKOU);
      b.commit();
      assertEquals(1, a.size());
      assertEquals(2, b.size());
      assertEquals(3, all.size());
      try (SiteSearch platform = SiteSearch.builder().backend(all).build()) {
        SearchResults r = platform.search("社保卡");
        assertEquals(2, r.total());
        assertEquals(2, r.facets().get("site").size(), r.facets().toString());
        assertEquals(1, platform.search(SearchRequest.builder("社保卡").site("county-b").build()).total());
      }
      a.index().delete();
    }
  }

  @Test
  void aSiteRebuildKeepsTheOtherSitesAndEachSiteHasItsOwnLabel() {
    String name = NodeTestSupport.freshAlias("siterebuild");
    try (OpenSearchBackend a = OpenSearchBackend.builder().connection(connection).indexName(name).site("county-a").build();
        OpenSearchBackend b = OpenSearchBackend.builder().connection(connection).indexName(name).site("county-b").build()) {
      // two sites with the same content and the same label: each is built once, on its own
      try (SearchBackend.Rebuild build = a.rebuild()) {
        ALL.forEach(build::add);
        build.publish("same");
      }
      assertTrue(b.source().isEmpty(), "site b was never built");
      try (SearchBackend.Rebuild build = b.rebuild()) {
        ALL.forEach(build::add);
        build.publish("same");
      }
      assertEquals(5, a.size());
      assertEquals(5, b.size());
      // site a rebuilt with fewer documents: b keeps all of its documents and its label
      String indexBefore = a.index().currentIndices().get(0);
      try (SearchBackend.Rebuild build = a.rebuild()) {
        build.add(CARD);
        build.publish("a-2");
      }
      assertEquals(List.of(indexBefore), a.index().currentIndices(), "a site rebuild keeps the index behind the alias");
      assertEquals(1, a.size());
      assertEquals(5, b.size());
      assertEquals("a-2", a.source().orElseThrow());
      assertEquals("same", b.source().orElseThrow());
      // an ordinary write clears only b's source label; its build label stays (a restart need not rebuild)
      b.upsert(SearchDocument.builder("tmp-9", ContentKind.ARTICLE, "临时通知").body("临时通知正文").build());
      b.commit();
      assertTrue(b.source().isEmpty(), "b changed since its build");
      assertEquals("same", b.builtFrom().orElseThrow());
      assertEquals("a-2", a.source().orElseThrow());
      assertEquals("a-2", a.builtFrom().orElseThrow());
      try (SiteSearch searchB = SiteSearch.builder().backend(b).build()) {
        assertEquals(1, searchB.search("户籍登记").total(), "site b's documents are still found");
      }
      a.index().delete();
    }
  }

  @Test
  void closingTheBackendPublishesWhatItBuffered() {
    String name = NodeTestSupport.freshAlias("close");
    try (OpenSearchBackend b = OpenSearchBackend.builder().connection(connection).indexName(name).build()) {
      Stream.of(CARD, HUKOU).forEach(b::upsert);
    }
    try (OpenSearchBackend b = OpenSearchBackend.builder().connection(connection).indexName(name).build()) {
      assertEquals(2, b.size());
      b.index().delete();
    }
  }
}
