package org.govsite.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.govsite.core.testkit.Golden;
import org.govsite.core.json.GovSiteJson;
import org.junit.jupiter.api.Test;

/**
 * Pins the one JSON shape of a finding (docs/screening.md, docs/cli.md): {@code rule},
 * {@code category}, {@code severity}, {@code start}, {@code end}, {@code text} with personal data
 * masked, {@code suggestion} only when there is one.
 */
class FindingJsonGoldenTest {
  private static final String TEXT = "本攻府通知：请联系13912345678，身份证11010519491231002X。";

  @Test
  void findingsHaveTheDocumentedShape() {
    ScreeningResult r = Screener.builder().build().screen(TEXT);
    Golden.assertMatches("findings.json", GovSiteJson.write(r.findings()));
  }

  @Test
  void aFindingWithoutSuggestionHasNoSuggestionField() {
    Finding f = new Finding("秘密★", Category.SECRECY, Severity.BLOCK, 2, 5, "秘密★", Optional.empty());
    Golden.assertMatches("finding-secrecy.json", GovSiteJson.write(List.of(f)));
  }

  @Test
  void personalDataIsMaskedWhoeverWritesIt() {
    String json = GovSiteJson.mapper().valueToTree(Screener.builder().build().screen(TEXT)).toString();
    assertFalse(json.contains("13912345678"), json);
    assertFalse(json.contains("11010519491231002X"), json);
  }

  @Test
  void aResultIsItsVerdictAndFindings() {
    ScreeningResult r = Screener.builder().build().screen(TEXT);
    assertEquals("{\"verdict\":\"block\",\"findings\":" + GovSiteJson.write(r.findings()) + "}", GovSiteJson.write(r));
  }

  @Test
  void codesReadBackFromTheirJsonNames() throws Exception {
    assertEquals(Category.of("wording-error"), GovSiteJson.reader().forType(Category.class).readValue("\"wording-error\""));
    assertEquals(Severity.REVIEW, GovSiteJson.reader().forType(Severity.class).readValue("\"review\""));
    assertEquals(Verdict.PASS, GovSiteJson.reader().forType(Verdict.class).readValue("\"pass\""));
    assertEquals("[\"personal-data\",\"block\",\"review\"]", GovSiteJson.write(List.of(Category.PERSONAL_DATA, Severity.BLOCK, Verdict.REVIEW)));
  }
}
