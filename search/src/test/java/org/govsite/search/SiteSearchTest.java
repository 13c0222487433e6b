package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.govsite.core.InvalidInputException;
import org.govsite.search.internal.PinyinTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteSearchTest {
  private SiteSearch search;

  static final SearchDocument CARD = SearchDocument.builder("svc-1", ContentKind.SERVICE, "社保卡申领指南")
      .body("办理社会保障卡需要携带居民身份证原件。<script>alert(1)</script> 社保卡可在县人社局窗口申领。")
      .column("办事指南").organ("县人社局").topic("劳动、人事、监察").date(LocalDate.of(2026, 3, 1))
      .url("https://www.example.gov.cn/bs/1.html").extra("phone", "0731-1234567").build();
  static final SearchDocument OPINION = SearchDocument.builder("pol-1", ContentKind.DISCLOSURE,
          "国务院办公厅关于加强政府网站信息内容建设的意见")
      .body("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：政府网站是信息化条件下政府密切联系人民群众的重要桥梁。")
      .documentNumber("国办发〔2014〕57号").organ("国务院办公厅").topic("综合政务").date(LocalDate.of(2014, 12, 1)).build();
  static final SearchDocument REGULATION = SearchDocument.builder("pol-2", ContentKind.DISCLOSURE, "某县政府信息公开条例实施办法")
      .body("为贯彻落实《中华人民共和国政府信息公开条例》，结合本县实际，制定本办法。")
      .organ("县政府办公室").topic("综合政务").date(LocalDate.of(2025, 6, 1)).build();
  static final SearchDocument HUKOU = SearchDocument.builder("svc-2", ContentKind.SERVICE, "户籍登记办理须知")
      .body("新生儿户籍登记应在出生后一个月内到户籍所在地派出所办理。")
      .column("办事指南").organ("县公安局").date(LocalDate.of(2026, 5, 2)).build();
  static final SearchDocument TRADITIONAL = SearchDocument.builder("art-1", ContentKind.ARTICLE, "關於居民身份證辦理的通知")
      .body("居民身份證辦理時間為工作日上午九時至下午五時。").column("通知公告").date(LocalDate.of(2026, 10, 9)).build();

  @BeforeEach
  void setUp() {
    search = SiteSearch.builder().build();
    for (SearchDocument d : List.of(CARD, OPINION, REGULATION, HUKOU, TRADITIONAL)) {
      search.index(d);
    }
  }

  @AfterEach
  void tearDown() {
    search.close();
  }

  private List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Nested
  class Pinyin {
    @ParameterizedTest
    @ValueSource(strings = {"shebao", "sb", "SheBao", "she bao"})
    void fullPinyinAndInitialsFindChineseTitles(String q) {
      assertEquals("svc-1", search.search(q).hits().get(0).id(), q);
    }

    /** Any stretch of a title is found, not only whole words: 信息公开条例 in 某县政府信息公开条例实施办法. */
    @ParameterizedTest
    @ValueSource(strings = {"xinxigongkaitiaoli", "xxgktl", "xin xi gong kai", "zhengfuxinxi", "tiaolishishi"})
    void pinyinOfAnyStretchOfTheTitleFindsIt(String q) {
      assertEquals("pol-2", search.search(q).hits().get(0).id(), q);
    }

    /** Traditional titles are folded before their pinyin is taken: 身份證 is shenfenzheng. */
    @Test
    void pinyinFindsTraditionalTitles() {
      assertEquals("art-1", search.search("shenfenzheng").hits().get(0).id());
    }

    @Test
    void indexedPairsAndQueryPhrasesMeet() {
      assertEquals("shebao baoka kashen shenling lingzhi zhinan | sb bk ks sl lz zn |", PinyinTokens.index("社保卡申领指南"));
      assertEquals(List.of(List.of("sb")), PinyinTokens.query("sb"));
      // 西安 (xi an) as one pair; a single syllable (县 xian) is not a reading of its own
      assertEquals(List.of(List.of("xian"), List.of("xi", "ia", "an")), PinyinTokens.query("xian"));
    }
  }

  @Nested
  class Typos {
    @Test
    void miswrittenWordIsCorrectedWhenNothingIsFound() {
      SearchResults r = search.search("信息公开条列");
      assertTrue(r.correction().isPresent(), r.toString());
      assertEquals("信息公开条例", r.correction().get().corrected());
      assertTrue(ids(r).contains("pol-2"));
    }

    @Test
    void homophoneTypoIsCorrectedFromTheIndexVocabulary() {
      // 户藉 (wrong 藉) is in the bundled confusion list; 户击 is not: the index vocabulary fixes it.
      SearchResults r = search.search("户击登记");
      assertTrue(r.correction().isPresent(), r.toString());
      assertEquals("svc-2", r.hits().get(0).id());
    }

    @Test
    void goodQueriesAreNotCorrected() {
      assertTrue(search.search("社保卡").correction().isEmpty());
    }
  }

  @Nested
  class PlainLanguage {
    @Test
    void residentsWordsFindOfficialTerms() {
      SearchResults r = search.search("户口");
      assertEquals("svc-2", r.hits().get(0).id());
      assertTrue(r.expandedWith().stream().anyMatch(s -> s.contains("户籍")), r.expandedWith().toString());
    }

    @Test
    void userListsAddRules(@TempDir Path dir) throws Exception {
      Path f = dir.resolve("mine.txt");
      java.nio.file.Files.writeString(f, "# local words\n网站内容 => 信息内容\n");
      try (SiteSearch s = SiteSearch.builder().synonyms(PlainLanguageSynonyms.load(f)).build()) {
        s.index(OPINION);
        assertEquals("pol-1", s.search("网站内容").hits().get(0).id());
      }
    }

    @Test
    void badRuleFilesNameTheLine(@TempDir Path dir) throws Exception {
      Path f = dir.resolve("bad.txt");
      java.nio.file.Files.writeString(f, "社保卡 => 社会保障卡\n只有一个词\n");
      org.govsite.core.DataFormatException e = assertThrows(org.govsite.core.DataFormatException.class,
          () -> PlainLanguageSynonyms.load(f));
      assertEquals(2, e.line().orElseThrow());
    }
  }

  @Nested
  class DocumentNumbers {
    @ParameterizedTest
    @ValueSource(strings = {"国办发〔2014〕57号", "国办发[2014]57号", "国办发2014 57", "国办发（2014）57号", "国办发〔2014〕第057号"})
    void everyFormFindsTheDocument(String q) {
      assertEquals("pol-1", search.search(q).hits().get(0).id(), q);
    }

    @Test
    void aDifferentSerialDoesNotMatchTheNumber() {
      assertFalse(ids(search.search("国办发〔2014〕58号")).contains("pol-1"));
    }
  }

  @Nested
  class TraditionalAndWidth {
    @Test
    void simplifiedQueryFindsTraditionalText() {
      assertEquals("art-1", search.search("身份证办理").hits().get(0).id());
    }

    @Test
    void traditionalAndFullWidthQueriesFindSimplifiedText() {
      assertEquals("pol-1", search.search("網站信息內容建設").hits().get(0).id());
      assertEquals("pol-1", search.search("国办发〔２０１４〕５７号").hits().get(0).id());
    }
  }

  @Nested
  class Hostile {
    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "?", "(", ":", "~", "社保*", "*保", "title:社保", "社保 AND OR NOT", "\\", "/.*/",
        "社保~2", "[a TO z]", "\"社保", "((((", "&&||", "<script>"})
    void syntaxCharactersAreOrdinary(String q) {
      SearchResults r = search.search(q);
      assertTrue(r.total() >= 0);
      for (SearchHit h : r.hits()) {
        assertFalse(h.highlight().contains("<script>"), h.highlight());
      }
    }

    @Test
    void longQueriesWork() {
      String q = "社保卡申领".repeat(200);
      assertEquals("svc-1", search.search(q).hits().get(0).id());
    }

    @Test
    void tenThousandCharactersIsAClearError() {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> search.search("社".repeat(10_000)));
      assertEquals("q", e.field());
    }

    @Test
    void blankQueryBrowsesEverything() {
      assertEquals(5, search.search(SearchRequest.builder("").limit(10).build()).total());
    }
  }

  @Nested
  class Results {
    @Test
    void highlightsEscapeEverythingButTheMatch() {
      SearchHit h = search.search("社保卡").hits().get(0);
      assertTrue(h.highlight().contains("<em>"), h.highlight());
      assertFalse(h.highlight().contains("<script>"), h.highlight());
      assertTrue(h.highlight().contains("&lt;script&gt;"), h.highlight());
      assertEquals("0731-1234567", h.extra().get("phone"));
      assertEquals("https://www.example.gov.cn/bs/1.html", h.url().orElseThrow());
    }

    @Test
    void facetsAndFilters() {
      SearchResults all = search.search(SearchRequest.builder("办理").build());
      assertTrue(all.facets().get("kind").stream().anyMatch(f -> f.value().equals("service") && f.count() == 2), all.facets().toString());
      SearchResults services = search.search(SearchRequest.builder("办理").kind(ContentKind.SERVICE).build());
      assertTrue(services.hits().stream().allMatch(h -> h.kind() == ContentKind.SERVICE));
      SearchResults y2026 = search.search(SearchRequest.builder("").year(2026).build());
      assertEquals(3, y2026.total());
      SearchResults organ = search.search(SearchRequest.builder("").organ("县公安局").build());
      assertEquals(List.of("svc-2"), ids(organ));
    }

    @Test
    void dateSortAndPaging() {
      SearchResults byDate = search.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).limit(2).build());
      assertEquals(List.of("art-1", "svc-2"), ids(byDate));
      SearchResults page2 = search.search(SearchRequest.builder("").sort(SearchRequest.Sort.DATE).offset(2).limit(2).build());
      assertEquals(List.of("svc-1", "pol-2"), ids(page2));
    }

    @Test
    void badPagingIsRefused() {
      assertThrows(InvalidInputException.class, () -> SearchRequest.builder("x").limit(0).build());
      assertThrows(InvalidInputException.class, () -> SearchRequest.builder("x").offset(-1).build());
    }
  }

  @Nested
  class SuggestionsAndBestBets {
    @Test
    void suggestionsComeFromPopularQueriesAndTitles() {
      search.search("社保卡补办");
      search.search("社保卡补办");
      List<String> s = search.suggest("社保", 5);
      assertEquals("社保卡补办", s.get(0));
      assertTrue(s.contains("社保卡申领指南"), s.toString());
    }

    @Test
    void queriesWithPersonalDataAreNeverSuggestedToOthers() {
      search.search("社保卡 13812345678");
      search.search("社保卡 13812345678");
      search.search("110101199003070011 社保");
      search.search("社保卡挂失");
      List<String> s = search.suggest("社保", 10);
      assertTrue(s.contains("社保卡挂失"), s.toString());
      assertTrue(s.stream().noneMatch(x -> x.contains("1381234") || x.contains("11010119")), s.toString());
      assertEquals(List.of(), search.suggest("1381234", 10));
      assertEquals(List.of(), search.suggest("11010119", 10));
    }

    @Test
    void bestBetsArePinnedFirst() {
      try (SiteSearch s = SiteSearch.builder().bestBets(BestBets.none().pin("社保", "pol-2")).build()) {
        s.index(CARD);
        s.index(REGULATION);
        SearchResults r = s.search("社保");
        assertEquals("pol-2", r.hits().get(0).id());
        assertTrue(r.hits().get(0).pinned());
        assertEquals("svc-1", r.hits().get(1).id());
      }
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void updatesAndDeletesAreVisibleAtOnce() {
      assertEquals("svc-2", search.search("户籍登记").hits().get(0).id());
      search.index(SearchDocument.builder("svc-2", ContentKind.SERVICE, "居住证办理须知").body("居住证申领").build());
      assertFalse(ids(search.search("户籍登记")).contains("svc-2"));
      assertEquals("svc-2", search.search("居住证").hits().get(0).id());
      assertTrue(search.delete("svc-2"));
      assertFalse(search.delete("svc-2"));
      assertEquals(0, search.search("居住证").total());
    }

    @Test
    void reopeningAnIndexKeepsWhatWasCommitted(@TempDir Path dir) {
      try (SiteSearch s = SiteSearch.builder().folder(dir).build()) {
        s.index(CARD);
        s.commit();
        s.index(HUKOU);
      }
      try (SiteSearch s = SiteSearch.builder().folder(dir).build()) {
        assertEquals(2, s.size());
        assertEquals("svc-1", s.search("社保卡").hits().get(0).id());
        s.rebuild(java.util.stream.Stream.of(OPINION));
        assertEquals(1, s.size());
      }
    }
  }
}
