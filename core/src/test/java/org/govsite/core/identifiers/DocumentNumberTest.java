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

  @ParameterizedTest
  @CsvSource({
      "'(陕)网械平台备字[2018]第00004号', 'square-brackets,prefix-brackets,leading-zeros,di-prefix'",
      "'（陕）网械平台备字[2018]第00004号', 'square-brackets,leading-zeros,di-prefix'",
      "'【陕】网械平台备字〔2018〕4号', 'prefix-brackets'",
      "'（陕） 网械平台备字〔2018〕4号', 'whitespace'",
      "'（陕）网械平台备字〔2018〕4号', ''"})
  void aBracketedRegionOrOrganPrefixParsesAndIsCorrected(String text, String faults) {
    Check c = DocumentNumber.check(text);
    assertTrue(c.parseable(), text);
    assertEquals(faults, String.join(",", c.faults().stream().map(Fault::code).toList()));
    DocumentNumber n = c.number().orElseThrow();
    assertEquals(java.util.Optional.of("陕"), n.prefix());
    assertEquals("网械平台备字", n.organCode(), "search keys the organ code without the prefix");
    assertEquals("（陕）网械平台备字〔2018〕4号", c.corrected().orElseThrow());
    assertEquals(n, DocumentNumber.parse(n.toString()));
  }

  @ParameterizedTest
  @CsvSource({
      "国令第707号, 国, , 707",
      "中华人民共和国国务院令第707号, 中华人民共和国国务院, , 707",
      "'中华人民共和国国务院令 第707号', 中华人民共和国国务院, , 707",
      "公安部令第148号, 公安部, , 148",
      "陕西省人民政府令第220号, 陕西省人民政府, , 220",
      "交通运输部令2019年第1号, 交通运输部, 2019, 1"})
  void decreeNumbersAreTheirOwnKind(String text, String issuer, Integer year, int serial) {
    Check c = DocumentNumber.check(text);
    assertEquals(DocumentNumber.Kind.DECREE_NUMBER, c.kind());
    assertTrue(c.recognised() && c.wellFormed(), text);
    assertFalse(c.parseable() || c.valid(), "not a 发文字号");
    assertTrue(c.number().isEmpty() && c.corrected().isEmpty());
    DecreeNumber d = c.decree().orElseThrow();
    assertEquals(issuer, d.issuer());
    assertEquals(year == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(year), d.year());
    assertEquals(serial, d.serial());
    assertEquals(text.replace(" ", ""), c.standardForm().orElseThrow());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DocumentNumber.parse(text));
    assertTrue(e.getMessage().contains("令号不是发文字号 / a decree number"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
      "国令707号, decree-missing-di, 国令第707号",
      "国令第0707号, leading-zeros, 国令第707号",
      "国令第707, missing-hao, 国令第707号",
      "国令第７０７号, full-width-digits, 国令第707号",
      "'国令第 707号', whitespace, 国令第707号"})
  void faultyDecreeNumbersGetTheirStandardForm(String text, String fault, String standard) {
    Check c = DocumentNumber.check(text);
    assertEquals(DocumentNumber.Kind.DECREE_NUMBER, c.kind());
    assertEquals(List.of(fault), c.faults().stream().map(Fault::code).toList());
    assertFalse(c.wellFormed());
    assertEquals(standard, c.standardForm().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"国令707", "令第707号", "国令第0号", "(2018)网械平台备字〔2018〕4号", "（陕）〔2018〕4号", "（ ）网械备字〔2018〕4号"})
  void nearMissesAreUnrecognised(String text) {
    Check c = DocumentNumber.check(text);
    assertEquals(DocumentNumber.Kind.UNRECOGNISED, c.kind(), text);
    assertFalse(c.recognised());
    assertTrue(c.standardForm().isEmpty());
  }

  @Test
  void kindsCarryTheirMessages() {
    assertEquals("document-number", DocumentNumber.check("国办发〔2014〕57号").kind().code());
    for (DocumentNumber.Kind k : DocumentNumber.Kind.values()) {
      assertTrue(k.message().contains(" / "), k + " is Chinese / English");
    }
    assertEquals("prefix", assertThrows(InvalidInputException.class,
        () -> new DocumentNumber(java.util.Optional.of("陕)"), "网械平台备字", 2018, 4)).field());
    assertEquals("issuer", assertThrows(InvalidInputException.class,
        () -> new DecreeNumber("国 务院", java.util.OptionalInt.empty(), 707)).field());
    assertEquals("decree", assertThrows(InvalidInputException.class, () -> new Check("x",
        java.util.Optional.of(new DocumentNumber("国发", 2014, 1)), List.of(),
        java.util.Optional.of(new DecreeNumber("国", java.util.OptionalInt.empty(), 1)))).field());
  }
}
