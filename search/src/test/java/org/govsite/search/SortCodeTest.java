package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The sort order of the REST resource and the CLI is one lookup, Codes.byName. */
class SortCodeTest {
  @Test
  void codesAreTrimmedAndCaseIgnored() {
    assertEquals(SearchRequest.Sort.DATE, SearchRequest.Sort.parse(" Date ", "sort"));
    assertEquals("relevance", SearchRequest.Sort.RELEVANCE.code());
  }

  @Test
  void anUnknownOrderNamesTheFieldAndListsTheCodes() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SearchRequest.Sort.parse("popularity", "--sort"));
    assertEquals("--sort", e.field());
    assertTrue(e.getMessage().contains("[relevance, date]"), e.getMessage());
  }
}
