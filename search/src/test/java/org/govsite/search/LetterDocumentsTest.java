package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.PublicLetter;
import org.junit.jupiter.api.Test;

class LetterDocumentsTest {
  @Test
  void publishedLettersAreSearchableAsInteraction() {
    PublicLetter letter = new PublicLetter("L1", "县长信箱", LetterType.CONSULTATION, "社保卡补办咨询",
        "我的电话是138****1234，社保卡丢了怎么补办？", "请携带身份证到县人社局窗口办理。", "县人社局",
        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3));
    SearchDocument doc = LetterDocuments.of(letter, "/hdjl/L1.html");
    assertEquals(ContentKind.LETTER, doc.kind());
    assertEquals("县长信箱", doc.column().orElseThrow());
    try (SiteSearch search = SiteSearch.builder().build()) {
      search.index(doc);
      SearchResults r = search.search(SearchRequest.builder("社保卡补办").kind(ContentKind.LETTER).build());
      assertEquals("L1", r.hits().get(0).id());
      assertFalse(r.hits().get(0).highlight().contains("1381"), "only the masked text is indexed");
    }
  }
}
