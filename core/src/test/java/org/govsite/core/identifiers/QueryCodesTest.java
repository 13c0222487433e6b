package org.govsite.core.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class QueryCodesTest {
  @Property(tries = 200)
  boolean everyCodeIsWellFormedAndMatchesItselfInAnyCase(@ForAll("ignored") String unused) {
    String c = QueryCodes.next();
    return c.length() == QueryCodes.LENGTH && QueryCodes.isWellFormed(c) && QueryCodes.matches(c, c.toLowerCase())
        && QueryCodes.matches(c, c.substring(0, 5) + " " + c.substring(5));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> ignored() {
    return net.jqwik.api.Arbitraries.just("");
  }

  @Test
  void theAlphabetHasNoLookAlikesAndCodesDoNotRepeat() {
    for (char c : "01OIL".toCharArray()) {
      assertEquals(-1, QueryCodes.ALPHABET.indexOf(c), String.valueOf(c));
    }
    assertTrue(QueryCodes.LENGTH >= 8);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(QueryCodes.next()));
    }
  }

  @Test
  void aWrongEmptyOrPrefixCodeNeverMatchesAndOldSixDigitCodesStillDo() {
    String c = QueryCodes.next();
    assertFalse(QueryCodes.matches(c, ""));
    assertFalse(QueryCodes.matches(c, c.substring(0, QueryCodes.LENGTH - 1)));
    assertFalse(QueryCodes.matches("", ""), "a record without a code has no lookup");
    assertTrue(QueryCodes.matches("042917", "042917"));
    assertFalse(QueryCodes.matches("042917", "042918"));
    assertFalse(QueryCodes.isWellFormed("042917"));
  }
}
