package org.govsite.core.identifiers;

import org.govsite.core.InvalidInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govsite.core.identifiers.DocumentNumber.Check;
import org.govsite.core.identifiers.DocumentNumber.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {
  @Test
  void parsesTheStandardForm() {
    DocumentNumber n = DocumentNumber.parse("国办发〔2014〕57号");
    assertEquals("国办发", n.organCode());
    assertEquals(2014, n.year());
    assertEquals(57, n.serial());
    assertEquals("国办发〔2014〕57号", n.toString());
    assertTrue(DocumentNumber.check("国办发〔2014〕57号").valid());
  }

  @ParameterizedTest
  @CsvSource({
      "'国办发[2014]57号', square-brackets",
      "'国办发［2014］57号', square-brackets",
      "'国办发(2014)57号', parentheses",
      "'国办发（2014）57号', parentheses",
      "'国办发【2014】57号', lenticular-brackets",
      "'国办发﹝2014﹞57号', other-brackets",
      "'国办发〔14〕57号', two-digit-year",
      "'国办发〔2014〕057号', leading-zeros",
      "'国办发〔2014〕第57号', di-prefix",
      "'国办发〔2014〕57', missing-hao",
      "'国办发〔２０１４〕57号', full-width-digits",
      "'国办发 〔2014〕 57号', whitespace"})
  void reportsEachFaultWithTheCorrectedForm(String text, String fault) {
    Check c = DocumentNumber.check(text);
    assertFalse(c.valid());
    assertTrue(c.parseable());
    assertEquals(List.of(fault), c.faults().stream().map(Fault::code).toList());
    assertEquals("国办发〔2014〕57号", c.corrected().orElseThrow());
  }

  @Test
  void reportsSeveralFaultsAtOnce() {
    Check c = DocumentNumber.check("京政办发[14]第057号");
    assertEquals(List.of(Fault.SQUARE_BRACKETS, Fault.TWO_DIGIT_YEAR, Fault.LEADING_ZEROS, Fault.DI_PREFIX), c.faults());
    assertEquals("京政办发〔2014〕57号", c.corrected().orElseThrow());
  }

  @Test
  void twoDigitYearsAfterThePivotAreTwentiethCentury() {
    assertEquals(1998, DocumentNumber.check("国发〔98〕3号").number().orElseThrow().year());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "国办发", "〔2014〕57号", "国办发〔2014〕号", "国办发〔2014〕0号", "国办发2014年57号", "国办发〔201〕57号"})
  void unparseableTextHasNoNumber(String text) {
    Check c = DocumentNumber.check(text);
    assertFalse(c.parseable());
    assertFalse(c.valid());
    assertTrue(c.corrected().isEmpty());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DocumentNumber.parse(text));
    assertEquals("docnum", e.field());
  }

  @Test
  void strictParseRejectsFaultyForms() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DocumentNumber.parse("国办发[2014]57号"));
    assertTrue(e.getMessage().contains("square-brackets"));
    assertTrue(e.getMessage().contains("国办发〔2014〕57号"));
  }

  @Test
  void constructorChecksEachPart() {
    assertEquals("organCode", assertThrows(InvalidInputException.class, () -> new DocumentNumber(" ", 2014, 1)).field());
    assertEquals("organCode", assertThrows(InvalidInputException.class, () -> new DocumentNumber("国〔发", 2014, 1)).field());
    assertEquals("year", assertThrows(InvalidInputException.class, () -> new DocumentNumber("国发", 14, 1)).field());
    assertEquals("serial", assertThrows(InvalidInputException.class, () -> new DocumentNumber("国发", 2014, 0)).field());
  }
}
