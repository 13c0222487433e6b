package org.govsite.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class MatchSettingsTest {
  private static List<String> found(Screener s, String text) {
    List<String> out = new ArrayList<>();
    s.scan(text, (term, start, end) -> out.add(text.substring(start, end)));
    return out;
  }

  private static Screener screener(String... terms) {
    Dictionary.Builder b = Dictionary.builder();
    for (String t : terms) {
      b.add(t, Category.CUSTOM, Severity.REVIEW);
    }
    return Screener.builder().dictionary(b.build()).build();
  }

  @Test
  void numeralsMatchBothWaysByDefault() {
    assertEquals(List.of("下3滥"), found(screener("下三滥"), "他是下3滥"));
    assertEquals(List.of("下三滥", "下叁滥"), found(screener("下3滥"), "下三滥，下叁滥"));
    assertEquals(List.of("0售"), found(screener("零售"), "0售"));
    assertEquals(List.of("十三"), found(screener("十三"), "十三五规划")); // a Han numeral is no Latin word edge
  }

  @Test
  void numeralFoldingCanBeSwitchedOff() {
    Screener off = Screener.builder().dictionary(Dictionary.builder().add("下三滥", Category.CUSTOM, Severity.REVIEW)
        .build()).foldNumerals(false).build();
    assertEquals(List.of(), found(off, "下3滥"));
    assertFalse(off.settings().isOn(MatchSettings.Switch.FOLD_NUMERALS));
  }

  @Test
  void fileHeaderDeclaresSettingsAndBuilderOverrides() {
    Dictionary d = Dictionary.parseTsv("site.tsv", new StringReader("#! noise-gap=5 word-boundary=off\n法轮\nab\n"));
    assertEquals("word-boundary=off noise-gap=5", d.settings().toString());
    Screener s = Screener.builder().dictionary(Dictionary.defaults().plus(d)).build();
    assertEquals(List.of("法*****轮", "ab"), found(s, "法*****轮 xaby"));
    Screener strict = Screener.builder().dictionary(d).maxNoiseGap(3).wordBoundary(true).build();
    assertEquals(List.of(), found(strict, "法*****轮 xaby"));
  }

  @Test
  void jsonDeclaresSettings() {
    Dictionary d = Dictionary.parseJson("site.json", new StringReader(
        "{\"settings\": {\"pinyin\": \"on\", \"noise-gap\": 4}, \"terms\": [{\"term\": \"法轮\"}]}"));
    assertEquals("pinyin=on noise-gap=4", d.settings().toString());
    DataFormatException e = assertThrows(DataFormatException.class, () -> Dictionary.parseJson("site.json",
        new StringReader("{\"settings\": {\"noise-gap\": 99}}")));
    assertTrue(e.getMessage().contains("noise-gap"), e.getMessage());
  }

  @Test
  void invalidSettingsAreNamedErrors() {
    DataFormatException bad = assertThrows(DataFormatException.class, () -> Dictionary.parseTsv("site.tsv",
        new StringReader("词\n#! pinyin=maybe\n")));
    assertTrue(bad.getMessage().contains("site.tsv") && bad.getMessage().contains("pinyin"), bad.getMessage());
    InvalidInputException unknown = assertThrows(InvalidInputException.class,
        () -> MatchSettings.none().with("fold-everything", "on"));
    assertEquals("fold-everything", unknown.field());
    InvalidInputException conflict = assertThrows(InvalidInputException.class, () -> Dictionary.builder()
        .set("noise-gap", "2").build().plus(Dictionary.builder().set("noise-gap", "5").build()));
    assertEquals("noise-gap", conflict.field());
  }

  @Test
  void pinyinFindsFullInitialsAndMixedSpellings() {
    Dictionary d = Dictionary.builder().add("法轮", Category.CUSTOM, Severity.BLOCK).build();
    Screener s = Screener.builder().dictionary(d).pinyin(true).build();
    assertEquals(List.of("falun", "FL", "fa轮", "法lun", "Fa Lun"), found(s, "falun，FL，fa轮，法lun，Fa Lun"));
    assertEquals(List.of(), found(s, "flower falunx"), "pinyin spellings are Latin words: whole words only");
    assertEquals(List.of(), found(Screener.builder().dictionary(d).build(), "falun"), "off by default");
  }

  @Test
  void theLetterDigitRuleIsASwitch() {
    Screener ours = screener("av", "69");
    assertEquals(List.of(), found(ours, "1av2 a69"));
    Screener peers = Screener.builder().dictionary(Dictionary.builder().add("av", Category.CUSTOM, Severity.REVIEW)
        .add("69", Category.CUSTOM, Severity.REVIEW).build()).letterDigitBoundary(true).build();
    assertEquals(List.of("av", "69"), found(peers, "1av2 a69"));
    assertEquals(List.of(), found(peers, "have 695"));
  }

  @Test
  void everySwitchHasItsName() {
    assertEquals(List.of("fold-width", "fold-case", "fold-styled", "fold-numerals", "to-simplified", "noise",
        "collapse-repeats", "word-boundary", "letter-digit-boundary", "pinyin", "noise-gap"), MatchSettings.names());
    Screener s = Screener.builder().settings(MatchSettings.none().with("fold-width", "off").with("noise", "off")).build();
    assertFalse(s.normalizer().foldsWidth());
    assertEquals("", s.normalizer().noiseCharacters());
  }
}
