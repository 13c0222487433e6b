package org.govsite.core.screening;

import org.govsite.core.InvalidInputException;
import org.govsite.core.text.TextNormalizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Examples of the screening rules of RULES §5: evasions, allow-list, whole words, verdicts, masks, HTML. */
class ScreenerTest {
  private static final Dictionary DICT = Dictionary.builder()
      .add("法轮", Category.POLITICAL, Severity.BLOCK)
      .add("赌博", Category.CUSTOM, Severity.REVIEW)
      .add("69", Category.OBSCENE, Severity.REVIEW)
      .add("ABC", Category.CUSTOM, Severity.INFO)
      .add("五四", Category.CUSTOM, Severity.INFO)
      .addAllowed("禁止赌博")
      .build();
  private static final Screener SCREENER = Screener.builder().dictionary(DICT).build();

  private static List<String> spans(String text) {
    return spans(SCREENER, text);
  }

  private static List<String> spans(Screener s, String text) {
    List<String> out = new ArrayList<>();
    for (Finding f : s.screen(text).findings()) {
      out.add(f.rule() + "@" + f.start() + "-" + f.end() + ":" + f.text());
    }
    return out;
  }

  @Test
  void evasionsAreFound() {
    assertEquals(List.of("法轮@0-3:法*轮"), spans("法*轮"));
    assertEquals(List.of("法轮@0-3:法 轮"), spans("法 轮"));
    assertEquals(List.of("法轮@1-4:法\u200B轮"), spans("是法\u200B轮吗"));
    assertEquals(List.of("法轮@0-5:法*_ 轮"), spans("法*_ 轮"));
    assertEquals(List.of(), spans("法****轮"), "more noise than the default gap of 3");
    assertEquals(List.of("法轮@0-2:法輪"), spans("法輪"), "traditional");
    assertEquals(List.of("赌博@0-4:赌赌博博"), spans("赌赌博博"), "repeats collapse, the span covers the last char's repeats");
    assertEquals(List.of("ABC@1-4:ａｂｃ"), spans("是ａｂｃ。"), "full width and case");
    assertEquals(List.of("五四@0-2:㈤㈣"), spans("㈤㈣"), "styled");
    assertEquals(List.of("69@3-5:⑥⑨"), spans("中文 ⑥⑨ 中文"), "styled digits");
  }

  @Test
  void latinAndDigitsMatchWholeWordsOnly() {
    assertEquals(List.of(), spans("编号695"));
    assertEquals(List.of(), spans("a69"));
    assertEquals(List.of("69@2-4:69"), spans("编号69号"));
    assertEquals(List.of(), spans("ABCD"));
  }

  @Test
  void allowListedPhrasesAreNotReported() {
    assertEquals(List.of("赌博@5-7:赌博"), spans("禁止赌博，赌博违法"));
    assertEquals(List.of(), spans("严厉禁止赌 博"));
  }

  @Test
  void categoriesFilterFindings() {
    Screener political = Screener.builder().dictionary(DICT).categories(Set.of(Category.POLITICAL)).build();
    assertEquals(List.of("法轮@2-4:法轮"), spans(political, "赌博法轮13812345678"));
  }

  @Test
  void verdictFollowsTheHighestSeverity() {
    assertEquals(Verdict.PASS, SCREENER.screen("今天天气很好").verdict());
    assertEquals(Verdict.PASS, SCREENER.screen("ABC").verdict(), "info passes");
    assertEquals(Verdict.REVIEW, SCREENER.screen("赌博").verdict());
    assertEquals(Verdict.REVIEW, SCREENER.screen("电话13812345678").verdict(), "personal data needs review");
    assertEquals(Verdict.BLOCK, SCREENER.screen("赌博 法轮").verdict());
  }

  @Test
  void defaultsFindWordingErrorsWithSuggestionsAndSecrecyMarks() {
    ScreeningResult r = Screener.standard().screen("本攻府认真贯彻中华人民共合國宪法。秘密★10年");
    assertEquals(Verdict.BLOCK, r.verdict());
    assertEquals(3, r.findings().size(), r.toString());
    assertEquals("政府", r.findings().get(0).suggestion().orElseThrow());
    assertEquals("中华人民共合國", r.findings().get(1).text());
    assertEquals("中华人民共和国", r.findings().get(1).suggestion().orElseThrow());
    assertEquals("秘密★10年", r.findings().get(2).text());
    assertEquals(Category.SECRECY, r.findings().get(2).category());
    assertEquals(Verdict.PASS, Screener.standard().screen("商业秘密受法律保护").verdict());
    for (String mark : List.of("絕密★長期", "機密★10年", "祕密★6個月", "秘 密★1年")) {
      List<Finding> f = Screener.standard().screen(mark + "。").findings();
      assertEquals(1, f.size(), mark);
      assertEquals(mark, f.get(0).text());
    }
  }

  @Test
  void maskUsesTheFormatsOfRules4() {
    String first17 = "35010219900101123";
    String id = first17 + org.govsite.core.identifiers.ResidentIdNumbers.checkCharacter(first17);
    String text = "电话13812341234，身份证" + id + "，邮箱zhangsan@example.com";
    String masked = PersonalDataMasker.standard().mask(text);
    assertTrue(masked.contains("138****1234"), masked);
    assertTrue(masked.contains("35*************" + id.substring(15)), masked);
    assertTrue(masked.contains("z*******@example.com"), masked);
    assertEquals("号码 138-****-1234 卡 6222 **** **** 0000", PersonalDataMasker.standard()
        .mask("号码 138-1234-1234 卡 6222 0212 3456 0000".replace("0000", luhnTail("622202123456"))).replace(luhnTail("622202123456"), "0000"));
  }

  private static String luhnTail(String prefix) {
    String last3 = "000";
    return last3 + org.govsite.core.identifiers.BankCardNumbers.luhnCheckDigit(prefix + last3);
  }

  @Test
  void screenerMaskHidesTermsAndPersonalData() {
    assertEquals("***和138****1234", SCREENER.mask("法*轮和13812341234"));
    assertEquals("*_*", SCREENER.mask("法_轮"));
  }

  @Test
  void htmlScreensVisibleTextAndAttributes() {
    String html = "<html><head><title>关于攻府</title><script>var x='法轮';</script></head><body>"
        + "<p>正文<b>赌</b>博</p><img src=a.png alt='法轮图片' title='禁止赌博'></body></html>";
    HtmlScreeningResult r = SCREENER.screenHtml(html);
    assertEquals("关于攻府\n正文赌博\n法轮图片\n禁止赌博", r.text());
    List<String> found = new ArrayList<>();
    for (Finding f : r.result().findings()) {
      assertEquals(f.text(), r.text().substring(f.start(), f.end()));
      found.add(f.rule() + "@" + r.segmentOf(f).source());
    }
    assertEquals(List.of("赌博@body", "法轮@img@alt"), found);
  }

  @Test
  void aHundredThousandTermsCompileAndMatch() {
    SplittableRandom random = new SplittableRandom(100_000);
    Dictionary.Builder b = Dictionary.builder();
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      char[] t = new char[2 + random.nextInt(7)];
      for (int k = 0; k < t.length; k++) {
        t[k] = (char) ('\u4E00' + random.nextInt(6000));
      }
      terms.add(new String(t));
      b.add(new String(t), Category.CUSTOM, Severity.REVIEW);
    }
    Screener s = Screener.builder().dictionary(b.build()).build();
    String text = "开头" + terms.get(99_999) + "中间" + terms.get(0) + "结尾";
    List<String> found = new ArrayList<>();
    s.scan(text, (term, start, end) -> found.add(text.substring(start, end)));
    assertTrue(found.contains(terms.get(99_999)) && found.contains(terms.get(0)), found.toString());
  }

  @Test
  void compilationIsCachedPerDictionaryAndNormalizer() {
    Dictionary d = Dictionary.builder().add("缓存测试词", Category.CUSTOM, Severity.REVIEW).build();
    Screener.builder().dictionary(d).build();
    long before = CompiledDictionary.cachedCount();
    Screener.builder().dictionary(Dictionary.builder().add("缓存测试词", Category.CUSTOM, Severity.REVIEW).build()).build();
    assertEquals(before, CompiledDictionary.cachedCount());
    assertSame(CompiledDictionary.of(d, TextNormalizer.standard(), 3, true, false, false), CompiledDictionary.of(d, TextNormalizer.standard(), 3, true, false, false));
  }

  @Test
  void badSettingsNameTheField() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Screener.builder().maxNoiseGap(-1));
    assertEquals("maxNoiseGap", e.field());
    InvalidInputException noise = assertThrows(InvalidInputException.class,
        () -> Screener.builder().dictionary(Dictionary.builder().add("***", Category.CUSTOM, Severity.REVIEW).build()).build());
    assertEquals("term", noise.field());
    assertEquals("noiseCharacters", assertThrows(InvalidInputException.class,
        () -> TextNormalizer.builder().noiseCharacters("a").build()).field());
    assertEquals("noiseCharacters", assertThrows(InvalidInputException.class,
        () -> TextNormalizer.builder().noiseCharacters("*①").build()).field(), "① folds to 1: it would make every 1 noise");
    assertEquals("noiseCharacters", assertThrows(InvalidInputException.class,
        () -> TextNormalizer.builder().noiseCharacters("Ⓐ").build()).field());
    assertEquals("a1b", TextNormalizer.builder().foldStyled(false).noiseCharacters("*①").build().normalize("a*①1b"),
        "without styled folding ① is a plain symbol and may be noise; 1 stays");
  }
}
