package org.govsite.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicCopyMaskerTest {
  private final PublicCopyMasker m = PublicCopyMasker.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "座机0731-84561234请回电|座机****-********请回电",
      "座机(0731)84561234|座机(****)********",
      "座机（0731）8456 1234|座机（****）**** ****",
      "电话0731 8456 1234|电话**** **** ****",
      "分机0731-84561234-801|分机****-********-***",
      "电话８４５６１２３|电话*******",
      "电话0731*8456*1234|电话****·****·****",
      "号码1234567|号码*******",
  })
  void landlinesAndLongDigitRunsAreHiddenWhole(String text, String expected) {
    String want = expected.replace('·', '*');
    assertEquals(want, m.mask(text));
  }

  @Test
  void checkedNumbersKeepTheirRules4FormAndFailedChecksAreHiddenWhole() {
    assertEquals("手机138****1234", m.mask("手机13812341234"));
    assertEquals("身份证******************", m.mask("身份证350102199001011235"), "a failed check digit: hidden whole");
    assertEquals("手机138 **** 5678，座机****-*******", m.mask("手机138 1234 5678，座机0591-8765432"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026年11月30日", "国办发〔2019〕19号", "2026", "截至2026-11-30共12345元", "2026.11.30",
      "2026/1/5 14:30", "2019-2020年度", "第123456号", "3 号楼 502 室", "1,234,567 元"})
  void ordinaryNumbersSurvive(String text) {
    assertEquals(text, m.mask(text));
  }

  @Test
  void theWritersNameIsHiddenInAnySpelling() {
    for (String spelled : List.of("欧阳建国", "欧 阳 建 国", "欧-阳-建-国", "欧·阳建国", "欧　阳　建　国", "欧 * 阳 建国")) {
      assertEquals("我是欧某，反映问题", m.mask("我是" + spelled + "，反映问题", List.of("欧阳建国")), spelled);
    }
    assertEquals("欧阳修的诗", m.mask("欧阳修的诗", List.of("欧阳建国")), "another name keeps its characters");
  }

  @Test
  void namesAfterACueAreHiddenWhenSpacedOrEndingAtPunctuation() {
    assertEquals("我叫张某，住城关镇", m.mask("我叫张 三，住城关镇"));
    assertEquals("本人王某反映", m.mask("本人王·小明反映").substring(0, 4) + "反映");
    assertEquals("姓名：李某，电话***********", m.mask("姓名：李四，电话07318456123"));
    assertEquals("本人家住城关镇", m.mask("本人家住城关镇"), "本人 without a spaced name is left alone");
    assertFalse(m.mask("我是欧 阳 建 国").contains("阳"));
  }

  @Test
  void maskingIsIdempotent() {
    String once = m.mask("我叫张 三，电话0731-84561234，手机13812341234，日期2026-11-30");
    assertEquals(once, m.mask(once));
    assertTrue(once.contains("2026-11-30"));
  }
}
