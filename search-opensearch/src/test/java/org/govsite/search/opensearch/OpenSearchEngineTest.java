package org.govsite.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.testing.OpenSearchExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** The requests behind the backend, with terms given by hand, on the real node. */
class OpenSearchEngineTest {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  private static final QueryTranslation.Weights WEIGHTS = new QueryTranslation.Weights(1f, 10f, 1f, 2f, 20f, 24);
  private static OpenSearchConnection connection;
  private static OpenSearchIndex index;
  private static OpenSearchEngine engine;

  @BeforeAll
  static void fill() {
    connection = NodeTestSupport.connect(NODE.url());
    index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("engine")).build();
    index.rebuild(bulk -> {
      bulk.add(doc("a", "税务局办税指南", "到税务局办理纳税申报，携带身份证。", "2024-03-01", "办事指南"));
      bulk.add(doc("b", "户籍登记须知", "新生儿户籍登记需要出生医学证明。户籍登记在派出所办理。", "2023-05-01", "办事指南"));
      bulk.add(doc("c", "政府信息公开年度报告", "本年度政府信息公开工作情况。", "2022-01-01", "信息公开"));
      bulk.add(OpenSearchDocument.builder("other", "a", "article", "税务局通知").folded("税务局通知", "税务局").build());
    });
    engine = new OpenSearchEngine(connection, index.alias(), Optional.of("site-a"));
  }

  private static OpenSearchDocument doc(String id, String title, String body, String date, String column) {
    return OpenSearchDocument.builder("site-a", id, "article", title).body(body).folded(title, body)
        .published(LocalDate.parse(date)).facet("column", column).build();
  }

  @AfterAll
  static void drop() {
    index.delete();
    connection.close();
  }

  private static OpenSearchEngine.Page search(List<String> terms, int mustMatch, boolean byDate) {
    Query q = QueryTranslation.matching(List.of(new QueryTranslation.Phrasing(terms, mustMatch, List.of(terms), List.of(), List.of())), WEIGHTS, false);
    return engine.search(new OpenSearchEngine.Ask(q, Map.of(), List.of(), byDate, 0, 10, List.of("facets.column"), terms, 40));
  }

  @Test
  void bigramsMatchWithinTheSiteAndCountFacets() {
    OpenSearchEngine.Page page = search(List.of("户籍", "籍登", "登记"), 2, false);
    assertEquals(1, page.total());
    assertEquals("b", page.hits().get(0).id());
    assertEquals(List.of(Map.entry("办事指南", 1L)), page.facets().get("facets.column"));
    HighlightOffsets.Passage passage = page.hits().get(0).passage();
    int[] first = passage.spans().get(0);
    assertEquals("户籍登记", passage.text().substring(first[0], first[1]));
  }

  @Test
  void aLoneCharacterFindsItInsideLongerWords() {
    OpenSearchEngine.Page page = search(List.of("税"), 1, false);
    assertEquals(List.of("a"), page.hits().stream().map(OpenSearchEngine.PageHit::id).toList());
  }

  @Test
  void dateSortPutsTheNewestFirst() {
    OpenSearchEngine.Page page = engine.search(new OpenSearchEngine.Ask(Query.of(q -> q.matchAll(m -> m)), Map.of(), List.of(), true, 0, 10,
        List.of(), List.of(), 40));
    assertEquals(List.of("a", "b", "c"), page.hits().stream().map(OpenSearchEngine.PageHit::id).toList());
    assertTrue(page.exact());
  }

  @Test
  void similarWordsForEveryWordInOneRequest() {
    Map<String, List<String>> similar = engine.similarWords(List.of("户击", "税务"), IndexLayout.BODY_FOLDED, 5);
    assertTrue(similar.get("户击").contains("户籍"), similar.toString());
  }

  @Test
  void titlesHoldingWhatWasTyped() {
    assertEquals(List.of("户籍登记须知"), engine.suggestTitles(List.of("户籍"), 5));
    assertEquals(3, engine.size());
    assertTrue(engine.get("site-a/b").isPresent());
  }
}
