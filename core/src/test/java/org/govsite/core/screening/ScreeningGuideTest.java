package org.govsite.core.screening;

import org.govsite.core.docs.DocExamples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/screening.md and checks the page shows exactly this code. */
class ScreeningGuideTest {

  @Test
  void guideExampleRuns() {
    // tag::example[]
    // The operator's own list on top of the bundled rules (wording errors, secrecy marks).
    Dictionary dictionary = Dictionary.defaults().plus(Dictionary.builder()
        .add("赌博", Category.CUSTOM, Severity.REVIEW)
        .addAllowed("禁止赌博")
        .build());
    Screener screener = Screener.builder().dictionary(dictionary).build();

    ScreeningResult result = screener.screen("本攻府严厉打击赌*博，禁止赌博。电话13812341234");
    assertEquals(Verdict.BLOCK, result.verdict()); // 攻府 is a serious wording error
    Finding first = result.findings().get(0);
    assertEquals("攻府", first.text());
    assertEquals(Optional.of("政府"), first.suggestion());
    assertEquals("赌*博", result.findings().get(1).text()); // noise skipped, offsets in the original
    assertEquals(7, result.findings().get(1).start());
    assertEquals("138****1234", result.findings().get(2).displayText()); // 禁止赌博 is allowed

    // Traditional characters, full-width letters and styled digits fold before matching.
    assertEquals(Verdict.BLOCK, screener.screen("中華人民共合國").verdict());

    // Publishing a letter: mask the personal data (RULES §4).
    assertEquals("电话138****1234", PersonalDataMasker.standard().mask("电话13812341234"));
    // end::example[]
  }

  @Test
  void guideShowsTheTestedCode() throws IOException {
    DocExamples.assertGuideShows("screening.md", ScreeningGuideTest.class);
  }
}
