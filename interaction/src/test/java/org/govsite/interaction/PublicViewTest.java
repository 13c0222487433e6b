package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.apply;
import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.govsite.interaction.render.PublicLetterRenderer;
import org.junit.jupiter.api.Test;

class PublicViewTest {
  private static Letter published(Letter l) {
    l = apply(l, Transition.decidePublication("c", t("2025-10-14T09:00:00"), true, "典型"));
    return apply(l, Transition.publish("c", t("2025-10-14T10:00:00")));
  }

  private static Letter letterWith(String body, String reply) {
    Letter l = Fixtures.assigned("P1", LetterType.CONSULTATION, "2025-10-09T09:00:00", "教育局").toBuilder()
        .body(body).contact(new WriterContact("王小明", "13712345678", "wxm@example.com", "350102199001011234", "福建省福州市鼓楼区某街道某小区3号楼"))
        .build();
    return apply(l, Transition.reply("教育局", t("2025-10-13T15:00:00"), reply));
  }

  @Test
  void defaultMaskerIsTheScreeningEnginesAndFollowsRules4() {
    PublicView v = PublicView.standard();
    assertEquals("电话138****1234", v.mask("电话13812341234"));
    assertFalse(v.mask("身份证11010519491231002X").contains("0105194912310"));
    assertFalse(v.mask("zhangsan@example.com").contains("zhangsan"));
  }

  @Test
  void publicViewNeverShowsContactDetailsAndMasksPersonalData() {
    Letter l = published(letterWith("我是王小明，电话13712345678，住福建省福州市鼓楼区某街道某小区3号楼，邻居电话15900001111。",
        "已联系王小明本人，身份证350102199001011234已核实。"));
    PublicLetter p = PublicView.standard().of(l).orElseThrow();
    String all = p.subject() + p.body() + p.reply() + PublicLetterRenderer.html(p);
    for (String secret : new String[] {"13712345678", "wxm@example.com", "350102199001011234", "某小区3号楼", "王小明", "15900001111"}) {
      assertFalse(all.contains(secret), secret + " leaked: " + all);
    }
    assertTrue(p.body().contains("王某"));
    assertTrue(p.body().contains("159****1111"));
    assertEquals("教育局", p.department());
  }

  @Test
  void landlinesAndSpacedNamesFromIssue15AreMaskedOnEveryPublicText() {
    Letter l = Fixtures.assigned("P3", LetterType.COMPLAINT, "2025-10-09T09:00:00", "住建局").toBuilder()
        .subject("欧 阳 建 国反映小区停水").body("我叫欧 阳 建 国，座机0731-84561234，身份证350102199001011235（末位有误）。")
        .contact(new WriterContact("欧阳建国", "13712345678", "", "", "")).build();
    l = published(apply(l, Transition.reply("住建局", t("2025-10-13T15:00:00"), "已致电(0731)8456 1234-801，联系人张-三。")));
    PublicLetter p = PublicView.standard().of(l).orElseThrow();
    assertEquals("欧某反映小区停水", p.subject());
    assertEquals("我叫欧某，座机0731-****1234，身份证******************（末位有误）。", p.body());
    assertEquals("已致电(0731)**** 1234-***，联系人张某。", p.reply(), "张-三: a spaced name led by a surname, after a cue or not");
  }

  @Test
  void aSurnameOutsideTheBasicPlaneKeepsAWholeCharacter() {
    Letter l = Fixtures.assigned("P2", LetterType.CONSULTATION, "2025-10-09T09:00:00", "教育局").toBuilder()
        .body("我是𠮷小明，想咨询入学。").contact(new WriterContact("𠮷小明", "13712345678", "", "", ""))
        .build();
    l = published(apply(l, Transition.reply("教育局", t("2025-10-13T15:00:00"), "请联系学校。")));
    String body = PublicView.standard().of(l).orElseThrow().body();
    assertEquals("我是𠮷某，想咨询入学。", body);
    assertTrue(body.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp)), "no lone surrogate");
  }

  @Test
  void onlyPublishedLettersWithThePublishDecisionAppear() {
    Letter l = letterWith("问题", "答复");
    assertEquals(Optional.empty(), PublicView.standard().of(l));
  }

  @Test
  void staffEditedPublicCopyIsUsed() {
    Letter l = letterWith("原文含隐私", "答复").toBuilder().writerWantsPrivacy(true).build();
    l = apply(l, Transition.editPublicCopy("c", t("2025-10-13T16:00:00"), new PublicCopy("关于入学", "关于入学的问题（已编辑）", "编辑后的答复")));
    PublicLetter p = PublicView.standard().of(published(l)).orElseThrow();
    assertEquals("关于入学", p.subject());
    assertEquals("关于入学的问题（已编辑）", p.body());
    assertEquals("编辑后的答复", p.reply());
  }

  @Test
  void maskerIsPluggableAndHtmlIsEscaped() {
    Letter l = published(letterWith("<script>alert(1)</script> 秘密", "好"));
    PublicView custom = PublicView.builder().masker(s -> s.replace("秘密", "**")).build();
    PublicLetter p = custom.of(l).orElseThrow();
    assertTrue(p.body().contains("**"));
    assertFalse(PublicLetterRenderer.html(p).contains("<script>"));
    assertTrue(PublicLetterRenderer.html(p).contains("&lt;script&gt;"));
  }
}
