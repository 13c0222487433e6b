package org.govsite.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.govsite.core.identifiers.BankCardNumbers;
import org.govsite.core.identifiers.CreditCodes;
import org.govsite.core.identifiers.MobileNumbers;
import org.govsite.core.identifiers.ResidentIdNumbers;
import org.govsite.core.testkit.PersonalDataSpellings;
import org.govsite.core.text.TextNormalizer;

/**
 * Screening finds exactly the numbers that {@code org.govsite.core.identifiers} accepts; masks hide
 * all but the digits RULES §4 leaves visible.
 */
class PersonalDataProperties {
  private static final PersonalDataMasker MASKER = PersonalDataMasker.standard();

  @Provide
  Arbitrary<String> idNumbers() {
    Arbitrary<String> region = Arbitraries.of(ResidentIdNumbers.PROVINCE_CODES)
        .flatMap(p -> Arbitraries.integers().between(0, 9999).map(d -> p + String.format("%04d", d)));
    Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 365 * 70).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    Arbitrary<Integer> seq = Arbitraries.integers().between(0, 999);
    return Combinators.combine(region, birth, seq).as((r, b, s) -> {
      String first17 = r + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + String.format("%03d", s);
      return first17 + ResidentIdNumbers.checkCharacter(first17);
    });
  }

  @Provide
  Arbitrary<String> cards() {
    return PersonalDataSpellings.schemeCards().filter(c -> !CreditCodes.isValid(c) && !MobileNumbers.isValid(c));
  }

  @Provide
  Arbitrary<String> creditCodes() {
    Arbitrary<String> head = Arbitraries.strings().withChars(CreditCodes.CHARACTERS).ofLength(2);
    Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<String> org = Arbitraries.strings().withChars(CreditCodes.CHARACTERS).ofLength(9);
    return Combinators.combine(head, division, org).as((h, d, o) -> h + d + o)
        .map(c -> c + CreditCodes.checkCharacter(c))
        .filter(c -> !ResidentIdNumbers.isValid(c));
  }

  @Provide
  Arbitrary<String> mobiles() {
    return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  private static List<Finding> found(String number, PersonalDataKind kind) {
    String text = "来信人号码：" + number + "，请核实。";
    return MASKER.find(text).stream().filter(f -> f.rule().equals(kind.rule())).toList();
  }

  private static String change(String s, int at, int delta, String alphabet) {
    int i = at % s.length();
    int v = alphabet.indexOf(Character.toUpperCase(s.charAt(i)));
    char c = alphabet.charAt((v + 1 + delta % (alphabet.length() - 1)) % alphabet.length());
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  @Property
  void validIdNumbersAreFound(@ForAll("idNumbers") String id) {
    List<Finding> f = found(id, PersonalDataKind.ID_CARD);
    assertEquals(1, f.size());
    assertEquals(id, f.get(0).text());
    assertEquals(6, f.get(0).start());
  }

  @Property
  void aChangedIdDigitIsNotFoundUnlessTheCheckStillHolds(@ForAll("idNumbers") String id,
      @ForAll @IntRange(min = 0, max = 17) int at, @ForAll @IntRange(min = 0, max = 20) int delta) {
    String changed = change(id, at, delta, at == 17 ? "0123456789X" : "0123456789");
    assertEquals(ResidentIdNumbers.isValid(changed), !found(changed, PersonalDataKind.ID_CARD).isEmpty(), changed);
    assertFalse(changed.equals(id));
  }

  @Property
  void validCardsAreFound(@ForAll("cards") String card) {
    List<Finding> f = found(card, PersonalDataKind.BANK_CARD);
    assertEquals(1, f.size(), card);
    assertEquals(card, f.get(0).text());
  }

  @Property
  void aChangedCardDigitIsNotFoundUnlessItIsStillACard(@ForAll("cards") String card,
      @ForAll @IntRange(min = 0, max = 18) int at, @ForAll @IntRange(min = 0, max = 20) int delta) {
    String changed = change(card, at, delta, "0123456789");
    Assume.that(!ResidentIdNumbers.isCandidate(changed) && !CreditCodes.isValid(changed) && !MobileNumbers.isValid(changed));
    assertEquals(BankCardNumbers.isValid(changed), !found(changed, PersonalDataKind.BANK_CARD).isEmpty(), changed);
  }

  @Property
  void validCreditCodesAreFound(@ForAll("creditCodes") String code) {
    List<Finding> f = found(code, PersonalDataKind.CREDIT_CODE);
    assertEquals(1, f.size(), code);
  }

  @Property
  void aChangedCreditCodeCharIsNotFoundUnlessTheCheckStillHolds(@ForAll("creditCodes") String code,
      @ForAll @IntRange(min = 0, max = 17) int at, @ForAll @IntRange(min = 0, max = 40) int delta) {
    String changed = change(code, at, delta, CreditCodes.CHARACTERS);
    Assume.that(!ResidentIdNumbers.isValid(changed));
    assertEquals(CreditCodes.isValid(changed), !found(changed, PersonalDataKind.CREDIT_CODE).isEmpty(), changed);
  }

  @Property
  void maskingLeavesOnlyTheAllowedDigitsVisible(@ForAll("idNumbers") String id, @ForAll("mobiles") String mobile,
      @ForAll("cards") String card, @ForAll("filler") String filler) {
    String text = filler + "身份证" + id + filler + "电话 " + mobile + "；卡号：" + card + filler;
    List<Finding> findings = MASKER.find(text);
    String masked = MASKER.mask(text);
    assertEquals(text.length(), masked.length());
    assertTrue(findings.size() >= 3);
    for (Finding f : findings) {
      PersonalDataKind kind = kindOf(f);
      String span = masked.substring(f.start(), f.end());
      int visible = 0;
      for (int i = 0; i < span.length(); i++) {
        if (Character.isLetterOrDigit(span.charAt(i))) {
          visible++;
          boolean edge = i < kind.keepStart() || i >= span.length() - kind.keepEnd();
          assertTrue(edge, () -> "digit visible inside " + span);
        }
      }
      assertTrue(visible <= kind.keepStart() + kind.keepEnd(), span);
    }
    assertFalse(masked.contains(id) || masked.contains(mobile) || masked.contains(card));
    assertEquals(masked, MASKER.mask(masked), "masking twice changes nothing");
  }

  /** Full-width (１) and circled (①, ⓪) digits are read as digits, so the mask must hide them too. */
  @Property
  void maskingHidesFullWidthAndCircledDigits(@ForAll("idNumbers") String id, @ForAll("mobiles") String mobile,
      @ForAll boolean circled) {
    String styledId = styled(id, circled);
    String styledMobile = styled(mobile, circled);
    String text = "身份证" + styledId + "，电话 " + styledMobile + "。";
    List<Finding> findings = MASKER.find(text);
    assertEquals(2, findings.size(), text);
    String masked = MASKER.mask(text);
    TextNormalizer fold = TextNormalizer.standard();
    for (Finding f : findings) {
      PersonalDataKind kind = kindOf(f);
      String span = masked.substring(f.start(), f.end());
      int visible = 0;
      for (int i = 0; i < span.length(); i++) {
        char c = fold.fold(span.charAt(i));
        if ((c >= '0' && c <= '9') || c == 'x') {
          visible++;
          boolean edge = i < kind.keepStart() || i >= span.length() - kind.keepEnd();
          assertTrue(edge, () -> "digit visible inside " + span);
        }
      }
      assertEquals(kind.keepStart() + kind.keepEnd(), visible, span);
    }
    assertEquals(masked, Screener.builder().dictionary(Dictionary.empty()).build().mask(text));
  }

  private static String styled(String digits, boolean circled) {
    StringBuilder b = new StringBuilder();
    for (char c : digits.toCharArray()) {
      if (c < '0' || c > '9') {
        b.append(c);
      } else if (!circled) {
        b.append((char) ('\uFF10' + (c - '0')));
      } else {
        b.append(c == '0' ? '\u24EA' : (char) ('\u2460' + (c - '1')));
      }
    }
    return b.toString();
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.strings().withChars("关于来信答复，。的 市民").ofMaxLength(10);
  }

  private static PersonalDataKind kindOf(Finding f) {
    for (PersonalDataKind k : PersonalDataKind.values()) {
      if (k.rule().equals(f.rule())) {
        return k;
      }
    }
    throw new AssertionError(f.rule());
  }
}
