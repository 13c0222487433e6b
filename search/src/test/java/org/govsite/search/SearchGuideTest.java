package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.govsite.core.docs.DocExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example of docs/search.md and checks the page shows exactly this code. */
class SearchGuideTest {

  @Test
  void guideExampleRuns(@TempDir Path indexFolder) {
    // tag::example[]
    try (SiteSearch search = SiteSearch.builder()
        .folder(indexFolder)                                   // on disk; omit for in-memory
        .bestBets(BestBets.none().pin("信息公开指南", "guide-1"))
        .build()) {
      search.index(SearchDocument.builder("svc-1", ContentKind.SERVICE, "社保卡申领指南")
          .body("办理社会保障卡需要携带居民身份证原件。")
          .column("办事指南").organ("县人社局").date(LocalDate.of(2026, 3, 1))
          .build());
      search.index(SearchDocument.builder("pol-1", ContentKind.DISCLOSURE, "关于加强政府网站信息内容建设的意见")
          .body("政府网站是信息化条件下政府密切联系人民群众的重要桥梁。")
          .documentNumber("国办发〔2014〕57号").date(LocalDate.of(2014, 12, 1))
          .build());
      search.commit();                                         // durable from here on

      assertEquals("svc-1", search.search("shebao").hits().get(0).id());          // pinyin
      assertEquals("pol-1", search.search("国办发[2014]57号").hits().get(0).id());  // 发文字号 in any form
      assertEquals("pol-1", search.search("網站建設").hits().get(0).id());          // traditional characters

      SearchResults r = search.search(SearchRequest.builder("社保卡").kind(ContentKind.SERVICE).build());
      SearchHit hit = r.hits().get(0);
      System.out.println(hit.title() + ": " + hit.highlight());  // 社保卡申领指南: …<em>社保</em>…
      assertTrue(r.facets().get("column").contains(new FacetCount("办事指南", 1)));
    }
    // end::example[]
  }

  @Test
  void guideShowsTheTestedCode() throws IOException {
    DocExamples.assertGuideShows("search.md", SearchGuideTest.class);
  }
}
