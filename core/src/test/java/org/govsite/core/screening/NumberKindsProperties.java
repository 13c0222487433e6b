package org.govsite.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.govsite.core.identifiers.BankCardNumbers;
import org.govsite.core.identifiers.BankCardNumbers.IssuerRange;
import org.govsite.core.identifiers.CreditCodes;
import org.govsite.core.identifiers.LandlineNumbers;
import org.govsite.core.identifiers.MobileNumbers;
import org.govsite.core.identifiers.ResidentIdNumbers;
import org.govsite.core.testkit.PersonalDataSpellings;
import org.govsite.core.testkit.PersonalDataSpellings.Secret;

/**
 * Numbers are what they look like (issue 18): a bank card needs an issuer's prefix and length as
 * well as Luhn, an ID-shaped number is never a card, and a landline with its area code is found
 * and masked as RULES §4 masks a phone.
 */
class NumberKindsProperties {
  private static final PersonalDataMasker MASKER = PersonalDataMasker.standard();

  private static List<Finding> found(String text, PersonalDataKind kind) {
    return MASKER.find(text).stream().filter(f -> f.rule().equals(kind.rule())).toList();
  }

  private static String luhn(String body) {
    return body + BankCardNumbers.luhnCheckDigit(body);
  }

  @Group
  class Cards {
    @Property
    void everySchemesGeneratedCardsAreFound(@ForAll("schemeCards") String card) {
      Assume.that(!CreditCodes.isValid(card));
      List<Finding> f = found("卡号" + card + "。", PersonalDataKind.BANK_CARD);
      assertEquals(1, f.size(), card);
      assertEquals(card, f.get(0).text());
    }

    @Provide
    Arbitrary<String> schemeCards() {
      return PersonalDataSpellings.schemeCards();
    }

    /** Luhn-valid digit runs of 13–19 digits whose prefix or length fits no standard range are not cards. */
    @Property
    void aWrongPrefixOrLengthIsNotACard(@ForAll("luhnRuns") String digits) {
      Assume.that(BankCardNumbers.STANDARD_RANGES.stream().noneMatch(r -> r.covers(digits)));
      assertTrue(BankCardNumbers.passesLuhn(digits));
      assertFalse(BankCardNumbers.isValid(digits), digits);
      assertTrue(found("卡号" + digits + "。", PersonalDataKind.BANK_CARD).isEmpty(), digits);
    }

    @Provide
    Arbitrary<String> luhnRuns() {
      // Half of them start with a scheme's prefix (then the length is the likely fault), half anywhere.
      Arbitrary<String> start = Arbitraries.oneOf(Arbitraries.of("62", "4", "51", "55", "2221", "2720", "34", "37", "3528", "3589",
          "60", "56", "2220", "2721", "35", "36", "3527", "3590", "9558", "1", "7", "8"), Arbitraries.strings().numeric().ofLength(1));
      return Combinators.combine(start, Arbitraries.integers().between(13, 19), Arbitraries.strings().numeric().ofLength(19))
          .as((p, len, fill) -> luhn(p + fill.substring(0, len - 1 - p.length())));
    }

    /**
     * An 18-digit run with a province code and a birth date is an ID candidate: found as an ID
     * number when its check character holds, as nothing when it does not (RULES §5), and never as
     * a card, even in UnionPay's 62 range (甘肃's province code) and passing Luhn.
     */
    @Property
    void idShapedNumbersNeverBecomeCards(@ForAll("idShaped") String number) {
      assertTrue(ResidentIdNumbers.isCandidate(number));
      String text = "号码" + number + "。";
      assertTrue(found(text, PersonalDataKind.BANK_CARD).isEmpty(), number);
      assertEquals(ResidentIdNumbers.isValid(number) ? 1 : 0, found(text, PersonalDataKind.ID_CARD).size(), number);
      String grouped = number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8, 12) + " "
          + number.substring(12, 16) + " " + number.substring(16);
      assertTrue(found("号码" + grouped + "。", PersonalDataKind.BANK_CARD).isEmpty(), grouped);
    }

    @Provide
    Arbitrary<String> idShaped() {
      Arbitrary<String> province = Arbitraries.oneOf(Arbitraries.just("62"), Arbitraries.of(ResidentIdNumbers.PROVINCE_CODES));
      Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 365 * 90).map(d -> LocalDate.of(1930, 1, 1).plusDays(d));
      return Combinators.combine(province, Arbitraries.strings().numeric().ofLength(4), birth, Arbitraries.strings().numeric().ofLength(3),
          Arbitraries.integers().between(0, 2)).as((p, rest, b, seq, last) -> {
            String first17 = p + rest + b.format(DateTimeFormatter.BASIC_ISO_DATE) + seq;
            return switch (last) {
              case 0 -> luhn(first17); // a wrong check character, mostly, and a Luhn pass always
              case 1 -> first17 + ResidentIdNumbers.checkCharacter(first17);
              default -> first17 + (char) ('0' + (ResidentIdNumbers.checkCharacter(first17) == '0' ? 1 : 0));
            };
          });
    }

    @Example
    void theIssueExampleAnIdWithAWrongCheckDigitIsNoCard() {
      String wrong = "62010219900101123" + BankCardNumbers.luhnCheckDigit("62010219900101123");
      assertFalse(ResidentIdNumbers.isValid(wrong));
      assertTrue(MASKER.find("号码" + wrong).isEmpty());
      assertEquals("号码******************", PublicCopyMasker.standard().mask("号码" + wrong), "a public copy hides it whole");
    }

    @Example
    void schemesAndLengths() {
      assertTrue(BankCardNumbers.isValid(luhn("622202020000000")), "UnionPay 16");
      assertTrue(BankCardNumbers.isValid(luhn("622202020000000000")), "UnionPay 19");
      assertTrue(BankCardNumbers.isValid(luhn("411111111111")), "Visa 13");
      assertFalse(BankCardNumbers.isValid(luhn("41111111111111")), "Visa 15");
      assertTrue(BankCardNumbers.isValid("4111111111111111"), "Visa 16");
      assertTrue(BankCardNumbers.isValid("5555555555554444"), "Mastercard 55");
      assertTrue(BankCardNumbers.isValid("2223000048400011"), "Mastercard 2-series");
      assertFalse(BankCardNumbers.isValid(luhn("272100000000000")), "2721 is past the 2-series");
      assertTrue(BankCardNumbers.isValid("378282246310005"), "Amex 15");
      assertFalse(BankCardNumbers.isValid(luhn("3782822463100051")), "Amex 16");
      assertTrue(BankCardNumbers.isValid("3530111333300000"), "JCB");
      assertFalse(BankCardNumbers.isValid(luhn("352711111111111")), "3527 is before JCB's range");
      assertFalse(BankCardNumbers.isValid("6000000000000007"), "60 is no standard range");
      assertEquals(List.of("personal-data:bank-card"), MASKER.find("卡号 3782 822463 10005。").stream().map(Finding::rule).toList(),
          "American Express grouped 4-6-5");
    }

    @Example
    void aSitesOwnRangesAreReadInsteadOfTheStandardOnes() {
      String icbc = luhn("955880000000000000");
      assertTrue(MASKER.find("卡号" + icbc).isEmpty());
      IssuerRange domestic = new IssuerRange("icbc", "9558", "9558", Set.of(19));
      List<IssuerRange> ranges = Stream.concat(BankCardNumbers.STANDARD_RANGES.stream(), Stream.of(domestic)).toList();
      PersonalDataMasker site = PersonalDataMasker.builder().cardRanges(ranges).build();
      assertEquals("卡号9558***********" + icbc.substring(15), site.mask("卡号" + icbc));
      assertEquals(1, Screener.builder().cardRanges(ranges).build().screen("卡号" + icbc).findings().size());
      assertTrue(BankCardNumbers.isValid(icbc, ranges));
    }
  }

  @Group
  class Landlines {
    @Provide
    Arbitrary<Secret> landlines() {
      return PersonalDataSpellings.landlineNumbers();
    }

    @Property
    void landlinesAreFoundWhole(@ForAll("landlines") Secret landline) {
      String text = "联系电话：" + landline.written() + "，谢谢。";
      List<Finding> f = MASKER.find(text);
      assertEquals(1, f.size(), text);
      assertEquals(PersonalDataKind.LANDLINE.rule(), f.get(0).rule());
      assertEquals(landline.written(), f.get(0).text());
    }

    /** The mask keeps the area code and the subscriber number's last 4 digits (3 of 7), nothing else. */
    @Property
    void theMaskKeepsTheAreaCodeAndTheLastFourDigits(@ForAll("landlines") Secret landline) {
      String text = "电话" + landline.written() + "。";
      String masked = MASKER.mask(text);
      assertEquals(text.length(), masked.length());
      String digits = landline.digits();
      int area = LandlineNumbers.areaCodeLength(digits);
      int keep = digits.length() - area == 7 ? 3 : 4;
      String expected = digits.substring(0, area) + digits.substring(digits.length() - keep);
      assertEquals(expected, PersonalDataSpellings.digitsOf(masked), masked);
      assertFalse(PersonalDataSpellings.showsPartOf(masked, digits), masked);
      assertEquals(masked, MASKER.mask(masked), "masking twice changes nothing");
      assertEquals(masked, Screener.builder().dictionary(Dictionary.empty()).build().mask(text));
      assertEquals(masked, PublicCopyMasker.standard().mask(text));
    }

    /** Streaming never cuts a landline at its brackets or before its extension. */
    @Property
    void windowsFindTheSameLandlines(@ForAll("landlines") Secret a, @ForAll("landlines") Secret b,
        @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 24) int window) throws java.io.IOException {
      String text = "电话" + a.written() + "，又" + b.written() + "。";
      // Without noise characters, brackets and 转 would be breaks if the landline did not claim them.
      for (Screener screener : List.of(Screener.builder().dictionary(Dictionary.empty()).build(), Screener.builder()
          .dictionary(Dictionary.empty()).normalizer(org.govsite.core.text.TextNormalizer.builder().noiseCharacters("").build()).build())) {
        assertEquals(screener.screen(text).findings(), screener.screen(new java.io.StringReader(text), window).findings(), text);
      }
    }

    @Example
    void theDocumentedSpellings() {
      assertEquals("010-****5678", MASKER.mask("010-12345678"));
      assertEquals("(0571)****4321", MASKER.mask("(0571)87654321"));
      assertEquals("（0571）****4321", MASKER.mask("（0571）87654321"));
      assertEquals("0755 **** 6666", MASKER.mask("0755 8888 6666"));
      assertEquals("0571-****4321-***", MASKER.mask("0571-87654321-801"));
      assertEquals("0571-****4321转***", MASKER.mask("0571-87654321转801"));
      assertEquals("0731-****123", MASKER.mask("0731-8456123"));
      assertEquals("0571****4321", MASKER.mask("057187654321"));
      assertEquals("０５７１－＊＊＊＊４３２１".replace('＊', '*'), MASKER.mask("０５７１－８７６５４３２１"));
    }

    /** Numbers that are no landline keep their digits in what screening reports. */
    @Example
    void datesDocumentNumbersAmountsPostcodesAndIsbnsAreNoLandlines() {
      for (String text : List.of("2026-11-30", "2026年01月05日", "01-05", "2019-2020年", "国办发〔2019〕019号", "湘政发〔2018〕0731号",
          "金额0.50元", "合计1,234,567.00元", "0元", "邮编：010010", "邮编 030001", "邮政编码410000", "ISBN 0-306-40615-2",
          "ISBN 0306406152", "ISBN 0201633612", "ISBN 978-7-04-012345-6", "9787040123456", "第0001234号", "编号00123456789",
          "01234567890123", "0086-10", "026-12345678", "011-12345678", "0571-0123456", "010-02345678", "010-1234567", "0571-123456",
          "abc0571-87654321", "0571-87654321x")) {
        assertTrue(found(text, PersonalDataKind.LANDLINE).isEmpty(), text);
      }
    }

    @Example
    void landlinesCanBeSwitchedOff() {
      PersonalDataMasker mobilesOnly = PersonalDataMasker.of(Set.of(PersonalDataKind.MOBILE));
      assertEquals("0571-87654321，138****5678", mobilesOnly.mask("0571-87654321，13812345678"));
      assertTrue(MobileNumbers.isValid("13812345678"));
    }
  }
}
