package org.govsite.core.screening;

import static org.govsite.core.testkit.PersonalDataSpellings.digitsOf;
import static org.govsite.core.testkit.PersonalDataSpellings.longestVisibleDigitRun;
import static org.govsite.core.testkit.PersonalDataSpellings.withoutSeparators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.govsite.core.testkit.PersonalDataSpellings;
import org.govsite.core.testkit.PersonalDataSpellings.Secret;
import org.govsite.core.testkit.PersonalDataSpellings.Sentence;

class PublicCopyMaskerProperties {
  private static final PublicCopyMasker MASKER = PublicCopyMasker.standard();

  @Provide
  Arbitrary<Sentence> sentences() {
    return PersonalDataSpellings.sentences();
  }

  @Provide
  Arbitrary<String> names() {
    return PersonalDataSpellings.names();
  }

  @Property(tries = 500)
  void noSecretInAnySpellingSurvivesThePublicCopy(@ForAll("sentences") Sentence s) {
    String out = MASKER.mask(s.text());
    assertEquals(out, MASKER.mask(out), "idempotent");
    if (!s.secret().digits().isEmpty()) {
      assertFalse(digitsOf(out).contains(s.secret().digits()), s.text() + " → " + out);
      assertTrue(longestVisibleDigitRun(out) < PublicCopyMasker.MIN_DIGIT_RUN, s.text() + " → " + out);
    } else {
      assertFalse(withoutSeparators(out).contains(s.secret().name()), s.text() + " → " + out);
    }
  }

  @Provide
  Arbitrary<String> surnameNames() {
    return PersonalDataSpellings.surnameNames();
  }

  @Property(tries = 300)
  void aSpacedNameLedByASurnameIsHiddenWithoutACue(@ForAll("surnameNames") String name, @ForAll("sentences") Sentence around) {
    String spelled = PersonalDataSpellings.spelledApart(name).sample();
    String text = around.text() + "，" + spelled + "。";
    String out = MASKER.mask(text);
    assertFalse(withoutSeparators(out).contains(name), text + " → " + out);
    assertTrue(out.contains(name.charAt(0) + "某"), text + " → " + out);
    assertEquals(out, MASKER.mask(out), "idempotent");
  }

  @Property(tries = 300)
  void aNumberInChineseNumeralsIsHiddenWhole(@ForAll("chineseNumerals") Secret secret) {
    String text = "联系电话" + secret.written() + "，请回电。";
    String out = MASKER.mask(text);
    assertFalse(digitsOf(out).contains(secret.digits()), text + " → " + out);
    assertTrue(longestVisibleDigitRun(out) < PublicCopyMasker.MIN_DIGIT_RUN, text + " → " + out);
  }

  @Provide
  Arbitrary<Secret> chineseNumerals() {
    return PersonalDataSpellings.chineseNumerals();
  }

  @Property(tries = 300)
  void theWritersNameIsHiddenInEverySpellingAnywhere(@ForAll("names") String name, @ForAll("sentences") Sentence around) {
    String spelled = PersonalDataSpellings.spelled(name).sample();
    String text = around.text() + "来信人" + spelled + "，另" + name + "。";
    String out = MASKER.mask(text, List.of(name));
    assertFalse(withoutSeparators(out).contains(name), text + " → " + out);
    assertTrue(out.contains(name.charAt(0) + "某"), out);
  }
}
