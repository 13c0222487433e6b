package org.govsite.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class IndexNumberSchemeTest {
  @Test
  void govCnForm() {
    IndexNumberScheme s = IndexNumberScheme.govCn();
    IndexNumber n = s.parse("000014349/2017-00110");
    assertEquals(new IndexNumber("000014349", "", 2017, 110), n);
    assertEquals("000014349/2017-00110", s.format(n));
    assertEquals(99_999, s.maxSerial());
  }

  @Test
  void creditCodeFormWithCategoryAndPrefix() {
    IndexNumberScheme s = IndexNumberScheme.builder().prefix("HZ-").organisation(18).separator("/").category(2)
        .separator("/").year().separator("-").serial(4).scope(SerialScope.CATEGORY_YEAR).build();
    assertEquals("HZ-11441700007280420Y/05/2021-0050", s.format(new IndexNumber("11441700007280420Y", "05", 2021, 50)));
    assertEquals(new IndexNumber("11441700007280420Y", "05", 2021, 50), s.parse("HZ-11441700007280420Y/05/2021-0050"));
    assertFalse(s.isValid("11441700007280420Y/05/2021-0050"));
    assertEquals("11441700007280420Y|05|2021", s.sequenceKey("11441700007280420Y", "05", 2021));
  }

  @Test
  void segmentsWithoutSeparatorsStillParse() {
    IndexNumberScheme s = IndexNumberScheme.builder().organisation(9).year().serial(6).build();
    assertEquals(new IndexNumber("00001434X", "", 2024, 7), s.parse("00001434X2024000007"));
  }

  @Test
  void rejectsWhatDoesNotFit() {
    IndexNumberScheme s = IndexNumberScheme.govCn();
    for (String bad : new String[] {"000014349/2017-0011", "000014349/17-00110", "00001434/2017-00110", "000014349-2017-00110",
        "000014349/2017-00000", " 000014349/2017-00110", "00001434a/2017-00110"}) {
      assertFalse(s.isValid(bad), bad);
      assertEquals("indexNumber", assertThrows(InvalidInputException.class, () -> s.parse(bad)).field());
    }
    assertEquals("serial", assertThrows(InvalidInputException.class, () -> s.format(new IndexNumber("000014349", "", 2017, 100_000))).field());
    assertEquals("organisation", assertThrows(InvalidInputException.class, () -> s.format(new IndexNumber("123", "", 2017, 1))).field());
    assertEquals("category", assertThrows(InvalidInputException.class, () -> s.format(new IndexNumber("000014349", "01", 2017, 1))).field());
  }

  @Test
  void builderNamesTheSettingAtFault() {
    assertEquals("organisation", assertThrows(InvalidInputException.class, () -> IndexNumberScheme.builder().organisation(10)).field());
    assertEquals("serial", assertThrows(InvalidInputException.class, () -> IndexNumberScheme.builder().serial(0)).field());
    assertEquals("year", assertThrows(InvalidInputException.class, () -> IndexNumberScheme.builder().year().year()).field());
    assertEquals("serial", assertThrows(InvalidInputException.class, () -> IndexNumberScheme.builder().year().build()).field());
    assertEquals("scope", assertThrows(InvalidInputException.class,
        () -> IndexNumberScheme.builder().year().serial(3).scope(SerialScope.CATEGORY_YEAR).build()).field());
    assertEquals("prefix", assertThrows(InvalidInputException.class, () -> IndexNumberScheme.builder().year().prefix("X")).field());
    assertEquals("separator", assertThrows(InvalidInputException.class, () -> IndexNumberScheme.builder().separator(" ")).field());
  }

  @Test
  void describesItself() {
    assertTrue(IndexNumberScheme.govCn().toString().startsWith("{organisation:9}/{yyyy}-{serial:5}"));
  }
}
