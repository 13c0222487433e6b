package org.govsite.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumeralFoldingTest {
  private final TextNormalizer screening = TextNormalizer.screening();

  @Test
  void chineseNumeralsAndFinancialFormsFoldToDigits() {
    assertEquals("001234567892", screening.fold("〇零一二三四五六七八九两"));
    assertEquals("123456789十", screening.fold("壹贰叁肆伍陆柒捌玖拾"));
    assertEquals("12", screening.fold("壹貳")); // traditional financial forms: simplified first
    assertEquals("参", screening.fold("參")); // 參 is also 参 (参加): not a numeral
    assertEquals("2", screening.fold("兩"));
  }

  @Test
  void everyUnicodeFormOfOneDigitFolds() {
    // circled, negative circled, parenthesized, with full stop, superscript, subscript, dingbat,
    // ideographic (parenthesized and circled), fullwidth, Arabic-Indic and Devanagari digits
    assertEquals("0", screening.fold("⓪"));
    assertEquals("0123456789", screening.fold("⓪①②③④⑤⑥⑦⑧⑨"));
    assertEquals("0123456789", screening.fold("⓿❶❷❸❹❺❻❼❽❾"));
    assertEquals("15", screening.fold("⑴⑸"));
    assertEquals("14", screening.fold("⒈⒋"));
    assertEquals("0123456789", screening.fold("⁰¹²³⁴⁵⁶⁷⁸⁹"));
    assertEquals("0123456789", screening.fold("₀₁₂₃₄₅₆₇₈₉"));
    assertEquals("1414", screening.fold("➀➃➊➍"));
    assertEquals("1515", screening.fold("㈠㈤㊀㊄"));
    assertEquals("0123456789", screening.fold("０１２３４５６７８９"));
    assertEquals("39", screening.fold("\u0663\u096F"));
    assertEquals("902498354455", screening.fold("9⓿二肆⁹₈③⑸⒋➃㈤㊄"));
  }

  @Test
  void formsOfNumbersAboveNineAndFractionsStay() {
    // A fold maps one char to one char (offsets stay valid): ⑩ cannot become "10".
    for (char c : "⑩⒑⑽⑳❿➉十½¼ⅤⅩ".toCharArray()) {
      char f = screening.fold(c);
      assertTrue(f < '0' || f > '9', c + " folded to a digit: " + f);
    }
  }

  @Test
  void searchKeepsNumeralsApart() {
    assertEquals("一二三", TextNormalizer.standard().fold("一二三"));
    assertTrue(!TextNormalizer.standard().foldsNumerals() && screening.foldsNumerals());
    assertEquals(screening, TextNormalizer.standard().toBuilder().foldNumerals(true).build());
  }

  @Test
  void normalizeIsIdempotentWithNumerals() {
    String s = "下叁滥 ⑸⒋ 壹贰 ①②";
    assertEquals(screening.normalize(s), screening.normalize(screening.normalize(s)));
  }
}
