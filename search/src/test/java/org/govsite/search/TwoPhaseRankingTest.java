package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two-phase ranking (docs/search.md, Performance): the candidates of a plain disjunction never
 * lose a strict match, and a page matches the one the full query ranks over every match.
 */
class TwoPhaseRankingTest {
  /** More than {@link TwoPhaseRanking#SCORE_ALL}: the candidates path, not the score-everything one. */
  static final int STRICT = 2_100;
  static final int NOISE = 3_000;
  static final String QUERY = "政府网站栏目设置";

  static SiteSearch twoPhase;
  static SiteSearch fewCandidates;
  static SiteSearch exhaustive;

  @BeforeAll
  static void index() {
    twoPhase = SiteSearch.builder().cacheSize(0).build();
    fewCandidates = SiteSearch.builder().cacheSize(0).rankingCandidates(20).build();
    exhaustive = SiteSearch.builder().cacheSize(0).rankingCandidates(0).build();
    String filler = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜".repeat(8);
    for (SiteSearch s : List.of(twoPhase, fewCandidates, exhaustive)) {
      // Strict matches: every bigram of the query once, in a long body (a low score each).
      for (int i = 0; i < STRICT; i++) {
        s.index(SearchDocument.builder("s-" + i, ContentKind.ARTICLE, "第" + i + "号文件")
            .body(filler.substring(i % 40) + QUERY + filler.substring(0, i % 50 + 10)).build());
      }
      // Short documents that repeat four of the query's seven bigrams: the plain disjunction
      // ranks them above every strict match, but they hold too little of the query to match.
      for (int i = 0; i < NOISE; i++) {
        s.index(SearchDocument.builder("n-" + i, ContentKind.ARTICLE, "公告" + i).body("政府网站政府网站，栏目" + "政府".repeat(i % 5)).build());
      }
      s.commit();
    }
  }

  @AfterAll
  static void close() {
    twoPhase.close();
    fewCandidates.close();
    exhaustive.close();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void aPageIsTheOneTheFullQueryRanksOverEveryMatch() {
    SearchResults all = exhaustive.search(SearchRequest.builder(QUERY).limit(10).build());
    assertEquals(STRICT, all.total());
    assertTrue(ids(all).stream().allMatch(id -> id.startsWith("s-")), ids(all).toString());
    assertEquals(ids(all), ids(twoPhase.search(SearchRequest.builder(QUERY).limit(10).build())));
  }

  @Test
  void candidatesWithoutEnoughStrictMatchesFallBackToTheFullQuery() {
    // The 20 candidates are all short noise documents: not one matches strictly.
    SearchResults page = fewCandidates.search(SearchRequest.builder(QUERY).limit(10).build());
    assertEquals(10, page.hits().size());
    assertEquals(ids(exhaustive.search(SearchRequest.builder(QUERY).limit(10).build())), ids(page));
  }

  @Test
  void scoresAreTheFullQuerysAndDescend() {
    List<SearchHit> hits = twoPhase.search(SearchRequest.builder(QUERY).limit(20).build()).hits();
    List<SearchHit> full = exhaustive.search(SearchRequest.builder(QUERY).limit(20).build()).hits();
    for (int i = 0; i < hits.size(); i++) {
      assertEquals(full.get(i).score(), hits.get(i).score(), 1e-4, "hit " + i);
      if (i > 0) {
        assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
      }
    }
  }

  @Test
  void negativeCandidatesAreRefusedWithTheSettingNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SiteSearch.builder().rankingCandidates(-1));
    assertEquals("rankingCandidates", e.field());
  }

  @Test
  void aQuestionFoundRelaxedIsAnsweredAsAskedNotRewritten() {
    try (SiteSearch s = SiteSearch.builder().cacheSize(0).build()) {
      s.index(SiteSearchTest.HUKOU);
      s.index(SiteSearchTest.CARD);
      s.commit();
      SearchResults r = s.search("户籍登记多久能办好呢？");
      assertTrue(ids(r).contains("svc-2"), ids(r).toString());
      assertFalse(r.correction().map(Correction::applied).orElse(false), r.correction().toString());
    }
  }
}
