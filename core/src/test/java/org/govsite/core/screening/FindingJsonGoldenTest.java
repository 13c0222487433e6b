package org.govsite.core.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.govsite.core.Golden;
import org.junit.jupiter.api.Test;

/**
 * Pins the one JSON shape of a finding (docs/screening.md, docs/cli.md): {@code rule},
 * {@code category}, {@code severity}, {@code start}, {@code end}, {@code text} with personal data
 * masked, {@code suggestion} only when there is one.
 */
class FindingJsonGoldenTest {
  @Test
  void findingsHaveTheDocumentedShape() throws Exception {
    ScreeningResult r = Screener.builder().build().screen("本攻府通知：请联系13912345678，身份证11010519491231002X。");
    String json = new ObjectMapper().writeValueAsString(r.findings().stream().map(Finding::toJsonMap).toList());
    Golden.assertMatches("findings.json", json);
  }

  @Test
  void aFindingWithoutSuggestionHasNoSuggestionField() throws Exception {
    Finding f = new Finding("秘密★", Category.SECRECY, Severity.BLOCK, 2, 5, "秘密★", java.util.Optional.empty());
    Golden.assertMatches("finding-secrecy.json", new ObjectMapper().writeValueAsString(List.of(f.toJsonMap())));
  }
}
