package org.govsite.interaction.render;

import java.time.LocalDate;
import org.govsite.core.testkit.Golden;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.PublicLetter;
import org.junit.jupiter.api.Test;

/** The published letter's HTML fragment (the portal's pages embed it), pinned character for character. */
class PublicLetterRendererTest {
  @Test
  void htmlIsUnchanged() {
    PublicLetter l = new PublicLetter("L-1", "县长信箱 <主>", LetterType.COMPLAINT, "路灯 & \"小区\"",
        "第一行\n<script>alert(1)</script>", "已修复。\n谢谢", "县住建局", LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9));
    Golden.assertMatches("public-letter.html", PublicLetterRenderer.html(l));
  }
}
