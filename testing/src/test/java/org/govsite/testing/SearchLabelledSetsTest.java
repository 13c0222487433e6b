package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The contract's labelled sets are the ones govsite-search measures itself on, byte for byte (README). */
class SearchLabelledSetsTest {
  private static final Path ORIGINALS = Path.of("../search/src/test/resources/org/govsite/search");

  @Test
  void theCopiesEqualTheOriginals() throws Exception {
    for (String[] pair : new String[][] {{"seed-docs.json", "seed-docs.json"}, {"seed-queries.json", "seed-queries.json"},
        {"questions.jsonl", "questions/questions.jsonl"}}) {
      try (InputStream in = SearchLabelledSets.open(pair[0])) {
        assertArrayEquals(Files.readAllBytes(ORIGINALS.resolve(pair[1])), in.readAllBytes(), pair[0]);
      }
    }
  }

  @Test
  void theSetsHaveTheirDocumentedSizes() {
    assertEquals(148, SearchLabelledSets.documents().size());
    assertTrue(SearchLabelledSets.keywords().size() >= 60, "keyword queries " + SearchLabelledSets.keywords().size());
    assertEquals(166, SearchLabelledSets.questions().size());
  }
}
