package org.govsite.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsite.core.DataFormatException;
import org.junit.jupiter.api.Test;

class RuleFilesTest {
  @Test
  void bundledListsAreReadFromTheSearchModule() {
    assertFalse(RuleFiles.bundled("confusions.txt").isEmpty());
    assertTrue(RuleFiles.bundled("plain-language.txt").stream().anyMatch(l -> l.text().startsWith("社保卡")));
  }

  @Test
  void aMissingListIsADataFormatExceptionNamingIt() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> RuleFiles.bundled("antonyms.txt"));
    assertEquals("/org/govsite/search/antonyms.txt", e.source());
    assertTrue(e.getMessage().contains("bundled resource missing"), e.getMessage());
  }
}
