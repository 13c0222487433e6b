package org.govsite.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.govsite.testing.OpenSearchExtension;
import org.opensearch.client.opensearch._types.mapping.Property;

/** The index a stock node builds from {@link IndexLayout}: its field types and its CJK analysis. */
class IndexLayoutTest {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  private static OpenSearchConnection connection;
  private static OpenSearchIndex index;

  @BeforeAll
  static void createIndex() {
    connection = OpenSearchConnection.builder(NODE.url()).connect();
    index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("layout")).build();
    index.createIfMissing();
  }

  @AfterAll
  static void dropIndex() {
    index.delete();
    connection.close();
  }

  @Test
  void theNodeIsASupportedOpenSearch() {
    assertTrue(connection.version().isSupported(), connection.version().toString());
    assertEquals(2, connection.version().major());
  }

  @Test
  void theMappingHasKeywordIdsSiteAndFacetsADateAndCjkText() throws Exception {
    String concrete = index.currentIndices().get(0);
    Map<String, Property> fields = connection.client().indices().getMapping(g -> g.index(concrete))
        .result().get(concrete).mappings().properties();
    for (String keyword : List.of(IndexLayout.ID, IndexLayout.SITE, IndexLayout.KIND, IndexLayout.DOCUMENT_NUMBER_KEYS, IndexLayout.URL)) {
      assertTrue(fields.get(keyword).isKeyword(), keyword + " is a keyword: " + fields.get(keyword)._kind());
    }
    assertTrue(fields.get(IndexLayout.PUBLISHED).isDate());
    for (String text : List.of(IndexLayout.TITLE_FOLDED, IndexLayout.BODY_FOLDED)) {
      assertEquals(IndexLayout.CJK_ANALYZER, fields.get(text).text().analyzer(), text);
      assertEquals(IndexLayout.CHARS_ANALYZER, fields.get(text).text().fields().get(IndexLayout.CHARS).text().analyzer(), text);
    }
    // the text as published is only stored: searches use the folded fields
    for (String text : List.of(IndexLayout.TITLE, IndexLayout.BODY)) {
      assertEquals(Boolean.FALSE, fields.get(text).text().index(), text);
    }
    assertEquals(IndexLayout.KEYS_ANALYZER, fields.get(IndexLayout.PINYIN).text().analyzer());
    assertTrue(fields.get(IndexLayout.FACETS).isObject());
  }

  @Test
  void cjkBigramMakesOverlappingPairsOfHanCharacters() {
    assertEquals(List.of("政府", "府信", "信息", "息公", "公开"), index.analyze("政府信息公开"));
  }

  @Test
  void fullWidthLatinIsFoldedAndLowerCasedBesideBigrams() {
    assertEquals(List.of("govsite", "门户", "户网", "网站"), index.analyze("ＧｏｖＳｉｔｅ门户网站"));
  }

  @Test
  void aLoneHanCharacterStaysAUnigram() {
    assertEquals(List.of("县", "2024"), index.analyze("县 2024"));
  }
}
