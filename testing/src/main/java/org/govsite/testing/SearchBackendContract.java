package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.search.BestBets;
import org.govsite.search.ContentKind;
import org.govsite.search.FacetCount;
import org.govsite.search.SearchBackend;
import org.govsite.search.SearchDocument;
import org.govsite.search.SearchEvaluation;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchRequest;
import org.govsite.search.SearchResults;
import org.govsite.search.SiteSearch;
import org.govsite.search.StoredDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.govsite.testing.SearchFixtures.CARD;
import static org.govsite.testing.SearchFixtures.FIXTURES;
import static org.govsite.testing.SearchFixtures.HOSTILE;
import static org.govsite.testing.SearchFixtures.HUKOU;
import static org.govsite.testing.SearchFixtures.NEWCOMER;
import static org.govsite.testing.SearchFixtures.OPINION;
import static org.govsite.testing.SearchFixtures.first;
import static org.govsite.testing.SearchFixtures.ids;

/**
 * The behaviour every {@link SearchBackend} must have (检索后端契约), as JUnit 5 tests: extend
 * this class, return a fresh, empty backend from {@link #newBackend()} and a second instance over
 * the same index from {@link #sameIndex}, and run it like any test class. It talks to the
 * backend only through {@link SiteSearch} and the {@link SearchBackend} interface.
 *
 * <p>What it checks: pinyin (full and initials), typo correction (a known miswriting and one
 * from the index vocabulary, candidates for every word in one call), traditional and full-width
 * forms against simplified text, every written form of a 发文字号, plain-language synonyms, facets
 * over all matches and filters (the site among them), newest-first sorting, paging, highlights
 * (matches in {@code <em>}, everything else escaped), best bets, hostile input (query syntax of
 * Lucene and OpenSearch, control characters, emoji, very long text), stored fields, the source
 * label, rebuilds that keep the old content until they are published (and leave it when they are
 * abandoned), a change token that follows every visible change, also one made through another
 * instance, and the relevance floors on the labelled keyword and question sets. The tests are
 * {@code final}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public abstract class SearchBackendContract {
  /** Recall@10 the labelled keyword set must reach (govsite-search's measured floor, docs/search.md). */
  public static final double KEYWORD_RECALL_FLOOR = 0.90;
  /** MRR@10 the labelled keyword set must reach. */
  public static final double KEYWORD_MRR_FLOOR = 0.95;
  /** Recall@10 the residents' question set must reach (issue 20). */
  public static final double QUESTION_RECALL_FLOOR = 0.85;
  /** MRR@10 the residents' question set must reach. */
  public static final double QUESTION_MRR_FLOOR = 0.60;
  /** The largest share of questions that may find nothing. */
  public static final double QUESTION_NO_RESULT_CEILING = 0.02;

  private final List<AutoCloseable> opened = new ArrayList<>();
  private final Map<SiteSearch, SearchBackend> backends = new IdentityHashMap<>();

  /** For subclasses. */
  protected SearchBackendContract() {}

  /** Returns a new backend over a new, empty index; the contract closes it. */
  protected abstract SearchBackend newBackend();

  /**
   * Returns a second backend over the same index as {@code backend}, as another process or node
   * would open it (a read-only embedded index in the same folder, another client of the same
   * OpenSearch index); the contract closes it.
   */
  protected abstract SearchBackend sameIndex(SearchBackend backend);

  @AfterEach
  final void closeEverything() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    opened.clear();
    backends.clear();
  }

  private SearchBackend backend() {
    SearchBackend b = newBackend();
    opened.add(b);
    return b;
  }

  private SiteSearch search(SearchBackend backend) {
    return search(backend, BestBets.none());
  }

  private SiteSearch search(SearchBackend backend, BestBets bets) {
    // Not closed by the contract: closing a SiteSearch closes its backend, which closeEverything does.
    SiteSearch s = SiteSearch.builder().backend(backend).bestBets(bets).build();
    backends.put(s, backend);
    return s;
  }

  /** A site search over a new backend holding the five fixture documents. */
  private SiteSearch fixtures() {
    SiteSearch s = search(backend());
    FIXTURES.forEach(s::index);
    s.commit();
    return s;
  }

  @Test
  final void pinyinFullAndInitialsFindChineseTitles() {
    SiteSearch s = fixtures();
    for (String q : List.of("shebao", "sb", "SheBao", "she bao")) {
      assertEquals("svc-1", first(s.search(q)), q);
    }
  }

  @Test
  final void aKnownMiswritingIsCorrected() {
    SearchResults r = fixtures().search("信息公开条列");
    assertEquals("信息公开条例", r.correction().orElseThrow(() -> new AssertionError(r.toString())).corrected());
    assertTrue(ids(r).contains("pol-2"), r.toString());
  }

  @Test
  final void aTypoIsCorrectedFromTheIndexVocabulary() {
    SearchResults r = fixtures().search("户击登记");
    assertTrue(r.correction().isPresent(), r.toString());
    assertEquals("svc-2", first(r));
    assertTrue(fixtures().search("社保卡").correction().isEmpty(), "a good query is not corrected");
  }

  @Test
  final void typoCandidatesForEveryWordComeInOneCall() {
    SearchBackend b = backend();
    SiteSearch s = search(b);
    FIXTURES.forEach(s::index);
    Map<String, List<String>> similar = b.similarWords(List.of("户击", "户籍", "社"), 8);
    assertTrue(similar.getOrDefault("户击", List.of()).contains("户籍"), similar.toString());
    assertEquals(List.of(), similar.getOrDefault("户籍", List.of()), "a word the index holds has no candidates");
    assertEquals(List.of(), similar.getOrDefault("社", List.of()), "a single character has no candidates");
  }

  @Test
  final void traditionalAndFullWidthFormsMeetSimplifiedText() {
    SiteSearch s = fixtures();
    assertEquals("art-1", first(s.search("身份证办理")), "simplified query, traditional text");
    assertEquals("pol-1", first(s.search("網站信息內容建設")), "traditional query, simplified text");
    assertEquals("pol-1", first(s.search("国办发〔２０１４〕５７号")), "full-width digits");
  }

  @Test
  final void everyFormOfADocumentNumberFindsTheDocument() {
    SiteSearch s = fixtures();
    for (String q : List.of("国办发〔2014〕57号", "国办发[2014]57号", "国办发2014 57", "国办发（2014）57号", "国办发〔2014〕第057号")) {
      assertEquals("pol-1", first(s.search(q)), q);
    }
    assertFalse(ids(s.search("国办发〔2014〕58号")).contains("pol-1"), "another serial is another document");
  }

  @Test
  final void plainLanguageFindsOfficialTerms() {
    SearchResults r = fixtures().search("户口");
    assertEquals("svc-2", first(r));
    assertTrue(r.expandedWith().stream().anyMatch(x -> x.contains("户籍")), r.expandedWith().toString());
  }

  @Test
  final void facetsCountEveryMatchAndFiltersApply() {
    SiteSearch s = fixtures();
    SearchResults all = s.search(SearchRequest.builder("办理").build());
    assertEquals(List.of("column", "kind", "organ", "topic", "year"), all.facets().keySet().stream().sorted().toList(),
        "one site: no site facet");
    assertTrue(all.facets().getOrDefault("kind", List.of()).stream().anyMatch(f -> f.value().equals("service") && f.count() == 2), all.facets().toString());
    assertTrue(s.search(SearchRequest.builder("办理").kind(ContentKind.SERVICE).build()).hits().stream()
        .allMatch(h -> h.kind() == ContentKind.SERVICE));
    assertEquals(3, s.search(SearchRequest.builder("").year(2026).build()).total());
    assertEquals(List.of("svc-2"), ids(s.search(SearchRequest.builder("").organ("县公安局").build())));
    assertEquals(List.of("art-1"), ids(s.search(SearchRequest.builder("").column("通知公告").build())));
    assertEquals(2, s.search(SearchRequest.builder("").topic("综合政务").build()).total());
  }

  @Test
  final void sitesAreFilteredAndFaceted() {
    SiteSearch s = fixtures();
    s.index(SearchDocument.builder("city-1", ContentKind.SERVICE, "社保卡补办指南").body("社保卡丢失后可到市人社局补办。")
        .site("city").build());
    SearchResults both = s.search("社保卡");
    assertTrue(ids(both).containsAll(List.of("svc-1", "city-1")), ids(both).toString());
    assertEquals(List.of("city", SearchDocument.DEFAULT_SITE), both.facets().getOrDefault("site", List.of()).stream().map(FacetCount::value).sorted().toList());
    SearchResults city = s.search(SearchRequest.builder("社保卡").site("city").build());
    assertEquals(List.of("city-1"), ids(city));
    assertFalse(city.facets().containsKey("site"), "the matches come from one site");
    assertEquals("city", backendOf(s).get("city-1").orElseThrow().site());
  }

  @Test
  final void newestFirstAndPaging() {
    SiteSearch s = fixtures();
    assertEquals(List.of("art-1", "svc-2"), ids(s.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).limit(2).build())));
    assertEquals(List.of("svc-1", "pol-2"),
        ids(s.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).offset(2).limit(2).build())));
    SearchResults whole = s.search(SearchRequest.builder("办理").limit(10).build());
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < whole.hits().size(); offset += 2) {
      SearchResults page = s.search(SearchRequest.builder("办理").offset(offset).limit(2).build());
      assertEquals(whole.total(), page.total(), "every page has the same total");
      paged.addAll(ids(page));
    }
    assertEquals(ids(whole), paged);
    assertEquals(List.of(), ids(s.search(SearchRequest.builder("办理").offset(100).limit(10).build())));
  }

  @Test
  final void highlightsMarkMatchesAndEscapeEverythingElse() {
    SearchHit h = fixtures().search("社保卡").hits().get(0);
    assertEquals("svc-1", h.id());
    assertTrue(h.highlight().contains("<em>社保卡</em>") || h.highlight().contains("<em>社保</em>"), h.highlight());
    assertFalse(h.highlight().contains("<script>"), h.highlight());
    assertTrue(h.highlight().contains("&lt;script&gt;"), h.highlight());
    assertFalse(h.pinned());
  }

  @Test
  final void bestBetsArePinnedOnTheFirstPageByRelevance() {
    SearchBackend b = backend();
    SiteSearch s = search(b, BestBets.none().pin("社保", "pol-2"));
    FIXTURES.forEach(s::index);
    SearchResults r = s.search("社保");
    assertEquals("pol-2", first(r));
    assertTrue(r.hits().get(0).pinned());
    assertEquals("svc-1", r.hits().get(1).id());
    assertEquals(1, ids(r).stream().filter("pol-2"::equals).count(), "a pinned hit appears once");
    assertFalse(s.search(SearchRequest.builder("社保").offset(1).build()).hits().stream().anyMatch(SearchHit::pinned));
    assertFalse(s.search(SearchRequest.builder("社保").sort(SearchRequest.Sort.DATE).build()).hits().stream().anyMatch(SearchHit::pinned));
  }

  @Test
  final void hostileInputIsOrdinaryText() {
    SiteSearch s = fixtures();
    SearchBackend b = backendOf(s);
    for (String q : HOSTILE) {
      SearchResults r = s.search(q);
      assertTrue(r.total() >= 0, q);
      for (SearchHit h : r.hits()) {
        assertFalse(h.highlight().contains("<script>"), h.highlight());
      }
      assertTrue(b.count(q) >= 0, q);
      b.similarWords(b.words(q), 8);
      b.suggestTitles(q, 5);
      s.suggest(q.isBlank() ? "x" : q.substring(0, Math.min(q.length(), 20)), 5);
    }
    assertEquals("svc-1", first(s.search("社保卡申领".repeat(200))), "a 1,000-character query");
    assertEquals("q", assertThrows(InvalidInputException.class, () -> s.search("社".repeat(10_000))).field());
    assertEquals(5, s.search(SearchRequest.builder("").limit(10).build()).total(), "a blank query browses everything");
  }

  @Test
  final void updatesAndDeletesAreVisibleAtOnce() {
    SiteSearch s = fixtures();
    assertEquals("svc-2", first(s.search("户籍登记")));
    s.index(SearchDocument.builder("svc-2", ContentKind.SERVICE, "居住证办理须知").body("居住证申领").build());
    assertFalse(ids(s.search("户籍登记")).contains("svc-2"));
    assertEquals("svc-2", first(s.search("居住证")));
    assertTrue(s.delete("svc-2"));
    assertFalse(s.delete("svc-2"));
    assertEquals(0, s.search("居住证").total());
    assertEquals(4, s.size());
  }

  @Test
  final void storedFieldsComeBackWhole() {
    SearchBackend b = backend();
    b.upsert(CARD);
    StoredDocument d = b.get("svc-1").orElseThrow();
    assertEquals(StoredDocument.of(CARD), d);
    assertEquals(Optional.empty(), b.get("no-such-id"));
    assertEquals(1, b.size());
  }

  @Test
  final void theSourceLabelLastsUntilTheNextChange() {
    SearchBackend b = backend();
    b.upsert(CARD);
    b.commit("fingerprint-1");
    if (b.source().isEmpty()) {
      // A backend that cannot store the label (SearchBackend#commit(String)): it never claims one,
      // and a portal rebuilds its index at every start.
      b.upsert(HUKOU);
      b.commit();
      assertEquals(Optional.empty(), b.source());
      return;
    }
    assertEquals(Optional.of("fingerprint-1"), b.source());
    b.upsert(HUKOU);
    assertEquals(Optional.empty(), b.source(), "changed since");
    try (SearchBackend.Rebuild r = b.rebuild()) {
      r.add(OPINION);
      r.publish("fingerprint-2");
    }
    assertEquals(Optional.of("fingerprint-2"), b.source());
  }

  @Test
  final void aRebuildKeepsTheOldContentUntilItIsPublished() {
    SiteSearch s = fixtures();
    SearchBackend b = backendOf(s);
    String before = b.changeToken();
    assertEquals("svc-1", first(s.search("社保卡")));
    try (SearchBackend.Rebuild r = b.rebuild()) {
      r.add(OPINION);
      r.add(NEWCOMER);
      assertEquals(5, s.size(), "no empty window: the old index answers while the new one fills");
      assertEquals("svc-1", first(s.search("社保卡")));
      assertEquals(0, s.search("垃圾分类").total(), "the new content is not seen before it is published");
      assertEquals(before, b.changeToken());
      r.publish();
    }
    assertNotEquals(before, b.changeToken(), "a published rebuild is a change");
    assertEquals(2, s.size());
    assertEquals("new-1", first(s.search("垃圾分类")), "the cache does not serve the old results");
    assertEquals(0, s.search("社保卡").total());
  }

  @Test
  final void anAbandonedRebuildLeavesTheIndexAsItWas() {
    SiteSearch s = fixtures();
    SearchBackend b = backendOf(s);
    try (SearchBackend.Rebuild r = b.rebuild()) {
      r.add(NEWCOMER);
    }
    assertEquals(5, s.size());
    assertEquals(0, s.search("垃圾分类").total());
    s.index(NEWCOMER);
    assertEquals("new-1", first(s.search("垃圾分类")), "the live index still takes changes");
    s.rebuild(java.util.stream.Stream.of(OPINION));
    assertEquals(List.of("pol-1"), ids(s.search("")));
  }

  @Test
  final void theChangeTokenFollowsEveryVisibleChange() {
    SiteSearch s = fixtures();
    SearchBackend b = backendOf(s);
    String t0 = b.changeToken();
    assertEquals(t0, b.changeToken(), "no change, same token");
    s.search("社保卡");
    assertEquals(t0, b.changeToken(), "a search is not a change");
    b.upsert(NEWCOMER);
    String t1 = b.changeToken();
    assertNotEquals(t0, t1, "an added document");
    assertTrue(b.delete("new-1"));
    assertNotEquals(t1, b.changeToken(), "a deleted document");
  }

  @Test
  final void anotherInstanceSeesCommittedChangesAndRebuilds() {
    SiteSearch writer = fixtures();
    SearchBackend first = backendOf(writer);
    SearchBackend second = sameIndex(first);
    opened.add(second);
    SiteSearch reader = search(second);
    String before = second.changeToken();
    assertEquals(0, reader.search("垃圾分类").total());
    writer.index(NEWCOMER);
    writer.commit();
    assertNotEquals(before, second.changeToken(), "a change committed by another instance");
    assertEquals("new-1", first(reader.search("垃圾分类")), "no stale cached result");
    writer.rebuild(java.util.stream.Stream.of(OPINION));
    assertEquals(List.of("pol-1"), ids(reader.search("")), "the other instance follows the switch");
  }

  @Test
  final void theKeywordSetKeepsItsFloors() {
    SearchEvaluation.Report r = SearchEvaluation.evaluate(seeded(), SearchLabelledSets.keywords(), 10);
    assertTrue(r.recallAtK() >= KEYWORD_RECALL_FLOOR, "keyword recall@10 " + r.recallAtK());
    assertTrue(r.mrrAtK() >= KEYWORD_MRR_FLOOR, "keyword MRR@10 " + r.mrrAtK());
  }

  @Test
  final void theQuestionSetKeepsItsFloors() {
    SearchEvaluation.Report r = SearchEvaluation.evaluate(seeded(), SearchLabelledSets.questions(), 10);
    assertTrue(r.recallAtK() >= QUESTION_RECALL_FLOOR, "question recall@10 " + r.recallAtK());
    assertTrue(r.mrrAtK() >= QUESTION_MRR_FLOOR, "question MRR@10 " + r.mrrAtK());
    assertTrue(r.noResultRate() <= QUESTION_NO_RESULT_CEILING, "questions without a result " + r.noResultRate());
  }

  private SiteSearch seeded() {
    SiteSearch s = search(backend());
    SearchLabelledSets.documents().forEach(s::index);
    s.commit();
    return s;
  }

  private SearchBackend backendOf(SiteSearch s) {
    return Optional.ofNullable(backends.get(s)).orElseThrow();
  }
}
