package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.govsite.disclosure.CatalogueEntry;
import org.govsite.disclosure.ProactiveCategory;
import org.govsite.disclosure.TopicTree;
import org.junit.jupiter.api.Test;

class DisclosureDocumentsTest {
  @Test
  void catalogueEntriesBecomeSearchableByTheirFields() {
    CatalogueEntry entry = CatalogueEntry.builder().indexNumber("000014349/2025-00003").title("关于印发某某办法的通知")
        .issuingOrgan("某某县人民政府办公室").documentNumber("县政办发〔2025〕3号")
        .writtenDate(LocalDate.of(2025, 3, 3)).publishedDate(LocalDate.of(2025, 3, 10))
        .classification(TopicTree.govCn().classify("0201")).genre("规范性文件")
        .summary("规范政务公开工作").category(ProactiveCategory.REGULATIONS).build();
    SearchDocument doc = DisclosureDocuments.of(entry, TopicTree.govCn(), "/xxgk/3.html");
    assertEquals("000014349/2025-00003", doc.id());
    assertEquals(ContentKind.DISCLOSURE, doc.kind());
    assertEquals("县政办发〔2025〕3号", doc.documentNumber().orElseThrow());
    assertEquals("政务公开", doc.topic().orElseThrow());
    try (SiteSearch search = SiteSearch.builder().build()) {
      search.index(doc);
      assertEquals("000014349/2025-00003", search.search("县政办发[2025]3号").hits().get(0).id());
      assertEquals(1, search.search(SearchRequest.builder("办法").topic("政务公开").year(2025).build()).total());
    }
  }
}
