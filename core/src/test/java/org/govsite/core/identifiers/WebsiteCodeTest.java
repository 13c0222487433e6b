package org.govsite.core.identifiers;

import org.govsite.core.InvalidInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebsiteCodeTest {
  @Test
  void localCodeSplitsIntoDivisionAndSerial() {
    WebsiteCode c = WebsiteCode.parse("4300000077");
    assertFalse(c.isDepartment());
    assertEquals(Optional.of("430000"), c.divisionCode());
    assertEquals("0077", c.serial());
    assertEquals("4300000077", c.toString());
  }

  @Test
  void departmentCodeIsBmAndEightDigits() {
    WebsiteCode c = WebsiteCode.parse(" BM07000001 ");
    assertTrue(c.isDepartment());
    assertEquals("bm07000001", c.value());
    assertEquals(Optional.empty(), c.divisionCode());
    assertEquals("07000001", c.serial());
    assertEquals(WebsiteCode.parse("bm07000001"), c);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "430000007", "43000000771", "43000a0077", "bm0700000", "bm070000011", "xx07000001", "４３００００００７７"})
  void malformedCodesNameTheField(String text) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> WebsiteCode.parse(text, "site.id"));
    assertEquals("site.id", e.field());
    assertFalse(WebsiteCode.isValid(text));
  }

  @Property
  void everyTenDigitCodeIsValidAndRoundTrips(@ForAll @IntRange(min = 0, max = 999_999) int division, @ForAll @IntRange(min = 0, max = 9999) int serial) {
    String text = String.format("%06d%04d", division, serial);
    WebsiteCode c = WebsiteCode.parse(text);
    assertEquals(text, c.value());
    assertEquals(text.substring(0, 6), c.divisionCode().orElseThrow());
    assertEquals(text.substring(6), c.serial());
  }
}
