package org.govsite.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Formatting then parsing an index number gives it back, in every scheme shape. */
class IndexNumberSchemeProperties {
  @Provide
  Arbitrary<String> org9() {
    return Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(8).map(s -> s + "X");
  }

  @Property
  void roundTripsGovCn(@ForAll("org9") String org, @ForAll @IntRange(min = 1000, max = 9999) int year,
      @ForAll @LongRange(min = 1, max = 99_999) long serial) {
    IndexNumberScheme s = IndexNumberScheme.govCn();
    IndexNumber n = new IndexNumber(org, "", year, serial);
    String text = s.format(n);
    assertTrue(s.isValid(text));
    assertEquals(n, s.parse(text));
    assertEquals(20, text.length());
  }

  @Property
  void roundTripsWithCategoryAndNoSeparators(@ForAll("org9") String org, @ForAll @IntRange(min = 0, max = 99) int cat,
      @ForAll @IntRange(min = 2000, max = 2099) int year, @ForAll @LongRange(min = 1, max = 999) long serial) {
    IndexNumberScheme s = IndexNumberScheme.builder().prefix("X").organisation(9).category(2).year().serial(3)
        .scope(SerialScope.CATEGORY_YEAR).build();
    IndexNumber n = new IndexNumber(org, String.format("%02d", cat), year, serial);
    assertEquals(n, s.parse(s.format(n)));
  }
}
