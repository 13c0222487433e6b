package org.govsite.core.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.govsite.core.InvalidInputException;

/**
 * The personal-number checks against naive references written from the standards' formulas
 * (powers of 2 mod 11, powers of 3 mod 31, Luhn by doubling digits as text), and the single-error
 * detection each check character guarantees.
 */
class PersonalNumberProperties {
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);

  /** Replaces the character at {@code at} by a different one of {@code alphabet}. */
  static String change(String s, int at, int step, String alphabet) {
    int i = at % s.length();
    int v = alphabet.indexOf(Character.toUpperCase(s.charAt(i)));
    char c = alphabet.charAt((v + 1 + step % (alphabet.length() - 1)) % alphabet.length());
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  @Group
  class ResidentIds {
    @Provide
    Arbitrary<String> valid() {
      Arbitrary<String> address = Arbitraries.of(ResidentIdNumbers.PROVINCE_CODES).flatMap(p -> Arbitraries.oneOf(
          Arbitraries.strings().numeric().ofLength(4).map(d -> p + d), Arbitraries.strings().numeric().ofLength(3).map(d -> "9" + p + d)));
      Arbitrary<LocalDate> birth = Arbitraries.longs()
          .between(LocalDate.of(ResidentIdNumbers.EARLIEST_BIRTH_YEAR, 1, 1).toEpochDay(), TODAY.toEpochDay())
          .map(LocalDate::ofEpochDay);
      Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
      return Combinators.combine(address, birth, sequence).as((a, b, s) -> {
        String first17 = a + b.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", s);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
      });
    }

    /** Numbers near the rule's edges: any address code, dates out of range or unreal, any check character. */
    @Provide
    Arbitrary<String> nearlyValid() {
      Arbitrary<String> address = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(6),
          Arbitraries.of(ResidentIdNumbers.PROVINCE_CODES).map(p -> p + "0105"));
      Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1800, 2100),
          Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
          .as((y, m, d) -> String.format("%04d%02d%02d", y, m, d));
      Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
      Arbitrary<Character> check = Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', 'x', 'Y');
      Arbitrary<String> numbers = Combinators.combine(address, date, sequence, check, Arbitraries.of(true, false))
          .as((a, d, s, c, computed) -> a + d + s + (computed ? Character.valueOf(ResidentIdNumbers.checkCharacter(a + d + s)) : c));
      return Arbitraries.oneOf(numbers, Arbitraries.strings().withChars("0123456789Xx ").ofMinLength(16).ofMaxLength(19));
    }

    @Property
    void generatedNumbersPass(@ForAll("valid") String id) {
      assertTrue(ResidentIdNumbers.isValid(id, TODAY), id);
      assertTrue(ResidentIdNumbers.isValid(id.toLowerCase(), TODAY), "a lower-case x is the check character X");
    }

    @Property
    void changingAnyOneCharacterFailsTheCheck(@ForAll("valid") String id,
        @ForAll @IntRange(min = 0, max = 17) int at, @ForAll @IntRange(min = 0, max = 20) int step) {
      String changed = change(id, at, step, at == 17 ? "0123456789X" : "0123456789");
      assertFalse(ResidentIdNumbers.isValid(changed, TODAY), changed);
    }

    @Property
    void agreesWithANaiveReference(@ForAll("nearlyValid") String text,
        @ForAll @IntRange(min = 1900, max = 2100) int year) {
      LocalDate asOf = LocalDate.of(year, 6, 15);
      assertEquals(naive(text, asOf), ResidentIdNumbers.isValid(text, asOf), text + " as of " + asOf);
    }

    /** A candidate is what a valid number is but for its check character. */
    @Property
    void aCandidateIsAValidNumberWhateverItsCheckCharacter(@ForAll("nearlyValid") String text,
        @ForAll @IntRange(min = 1900, max = 2100) int year) {
      LocalDate asOf = LocalDate.of(year, 6, 15);
      boolean shaped = text.length() == 18 && text.matches("[0-9]{17}[0-9Xx]");
      boolean expected = shaped && naive(text.substring(0, 17) + ResidentIdNumbers.checkCharacter(text.substring(0, 17)), asOf);
      assertEquals(expected, ResidentIdNumbers.isCandidate(text, asOf), text + " as of " + asOf);
      if (ResidentIdNumbers.isValid(text, asOf)) {
        assertTrue(ResidentIdNumbers.isCandidate(text, asOf));
      }
    }

    @Property
    void theCheckDateIsTodayInChinaByDefault(@ForAll("valid") String id) {
      assertEquals(ResidentIdNumbers.isValid(id, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))), ResidentIdNumbers.isValid(id));
    }

    /** GB 11643-1999 written out: Σ a_i · 2^(i−1) mod 11 ≡ 1 over all 18 positions, i from the right, X = 10. */
    private boolean naive(String s, LocalDate asOf) {
      // GB/T 2260's province-level codes, written out as ranges: 11–15, 21–23, 31–37, 41–46, 50–54,
      // 61–65, 71, 81–83; a foreigner's card puts 9 before one.
      if (!s.matches("9?(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])[0-9]+[0-9Xx]") || !s.matches("[0-9]{17}[0-9Xx]")) {
        return false;
      }
      LocalDate birth;
      try {
        birth = LocalDate.parse(s.substring(6, 14), DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
      } catch (DateTimeParseException e) {
        return false;
      }
      if (birth.getYear() < 1869 || birth.isAfter(asOf)) {
        return false;
      }
      int sum = 0;
      for (int i = 18; i >= 1; i--) {
        char c = Character.toUpperCase(s.charAt(18 - i));
        int a = c == 'X' ? 10 : c - '0';
        sum += a * BigInteger.TWO.pow(i - 1).mod(BigInteger.valueOf(11)).intValue();
      }
      return sum % 11 == 1;
    }

    @Example
    void theRulesThatUsedToDisagreeAreDecided() {
      String born1949 = "11010519491231002X";
      assertTrue(ResidentIdNumbers.isValid(born1949, TODAY));
      String noProvince = "19010519491231002";
      assertFalse(ResidentIdNumbers.isValid(noProvince + ResidentIdNumbers.checkCharacter(noProvince), TODAY),
          "19 is no province code");
      String taiwanPermit = "83000019900101002";
      assertTrue(ResidentIdNumbers.isValid(taiwanPermit + ResidentIdNumbers.checkCharacter(taiwanPermit), TODAY),
          "台湾居民居住证 numbers start 830000");
      String leadingZero = "01010519491231002";
      assertFalse(ResidentIdNumbers.isValid(leadingZero + ResidentIdNumbers.checkCharacter(leadingZero), TODAY),
          "no address code starts with 0");
      String born1886 = "65310118860625002";
      assertTrue(ResidentIdNumbers.isValid(born1886 + ResidentIdNumbers.checkCharacter(born1886), TODAY),
          "a birth year before 1900 is a real one on some cards");
      String born1868 = "11010518681231002";
      assertFalse(ResidentIdNumbers.isValid(born1868 + ResidentIdNumbers.checkCharacter(born1868), TODAY));
      String tomorrow = "110105" + TODAY.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE) + "002";
      assertFalse(ResidentIdNumbers.isValid(tomorrow + ResidentIdNumbers.checkCharacter(tomorrow), TODAY), "not born yet");
      String foreigner = "93101119850101002";
      assertTrue(ResidentIdNumbers.isValid(foreigner + ResidentIdNumbers.checkCharacter(foreigner), TODAY),
          "the 2023 permanent-residence card starts with 9");
      String feb29 = "11010519010229002";
      assertFalse(ResidentIdNumbers.isValid(feb29 + ResidentIdNumbers.checkCharacter(feb29), TODAY), "1901 is no leap year");
    }

    @Example
    void checkCharacterNeedsSeventeenDigits() {
      assertEquals('X', ResidentIdNumbers.checkCharacter("11010519491231002"));
      assertEquals("first17", assertThrows(InvalidInputException.class, () -> ResidentIdNumbers.checkCharacter("1101051949123100")).field());
      assertEquals("first17", assertThrows(InvalidInputException.class, () -> ResidentIdNumbers.checkCharacter("1101051949123100A")).field());
      assertEquals("text", assertThrows(InvalidInputException.class, () -> ResidentIdNumbers.isValid(null)).field());
    }
  }

  @Group
  class Mobiles {
    @Provide
    Arbitrary<String> candidates() {
      return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(12),
          Arbitraries.strings().numeric().ofLength(10).map(s -> "1" + s),
          Arbitraries.strings().withChars("1３0a-").ofMinLength(11).ofMaxLength(11));
    }

    @Property
    void agreesWithTheRegularExpressionOfRules5(@ForAll("candidates") String text) {
      assertEquals(text.matches("1[3-9][0-9]{9}"), MobileNumbers.isValid(text), text);
    }
  }

  @Group
  class Landlines {
    @Provide
    Arbitrary<String> candidates() {
      return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(9).ofMaxLength(13).map(d -> "0" + d),
          Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(13),
          Arbitraries.of("010", "021", "026", "0571", "0731", "011", "0010").flatMap(a ->
              Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(9).map(n -> a + n)),
          Arbitraries.strings().withChars("0123456789 -a").ofMinLength(10).ofMaxLength(13));
    }

    /** 长途区号 and subscriber numbers written out as a regular expression from the numbering plan. */
    @Property
    void agreesWithTheNumberingPlan(@ForAll("candidates") String text) {
      assertEquals(text.matches("(010|02[0-57-9])[1-9][0-9]{7}|0[3-9][0-9]{2}[1-9][0-9]{6,7}"), LandlineNumbers.isValid(text), text);
    }

    @Example
    void areaCodes() {
      assertEquals(3, LandlineNumbers.areaCodeLength("010"));
      assertEquals(3, LandlineNumbers.areaCodeLength("0215"));
      assertEquals(4, LandlineNumbers.areaCodeLength("0571"));
      assertEquals(-1, LandlineNumbers.areaCodeLength("026"), "026 is kept for 台湾");
      assertEquals(-1, LandlineNumbers.areaCodeLength("011"));
      assertEquals(-1, LandlineNumbers.areaCodeLength("0010"));
      assertEquals(-1, LandlineNumbers.areaCodeLength("057"), "too short to tell");
      assertEquals(-1, LandlineNumbers.areaCodeLength("571"));
      assertEquals("text", assertThrows(InvalidInputException.class, () -> LandlineNumbers.isValid(null)).field());
    }
  }

  @Group
  class BankCards {
    @Provide
    Arbitrary<String> valid() {
      return org.govsite.core.testkit.PersonalDataSpellings.schemeCards();
    }

    @Property
    void generatedNumbersPass(@ForAll("valid") String card) {
      assertTrue(BankCardNumbers.isValid(card), card);
      assertTrue(naiveLuhn(card));
    }

    @Property
    void changingAnyOneDigitFailsTheCheck(@ForAll("valid") String card,
        @ForAll @IntRange(min = 0, max = 18) int at, @ForAll @IntRange(min = 0, max = 20) int step) {
      assertFalse(BankCardNumbers.isValid(change(card, at, step, "0123456789")));
    }

    /** The issuer ranges written out as regular expressions from the schemes' tables, and Luhn. */
    @Property
    void agreesWithANaiveReference(@ForAll("candidates") String text) {
      String schemes = "62[0-9]{14,17}|4([0-9]{12}|[0-9]{15}|[0-9]{18})|5[1-5][0-9]{14}"
          + "|(222[1-9]|22[3-9][0-9]|2[3-6][0-9]{2}|27[01][0-9]|2720)[0-9]{12}|3[47][0-9]{13}|35(2[89]|[3-8][0-9])[0-9]{12,15}";
      assertEquals(text.matches(schemes) && naiveLuhn(text), BankCardNumbers.isValid(text), text);
      assertEquals(text.matches("[0-9]+") && naiveLuhn(text), BankCardNumbers.passesLuhn(text), text);
    }

    @Provide
    Arbitrary<String> candidates() {
      Arbitrary<String> luhnRuns = Combinators.combine(Arbitraries.of("62", "4", "5", "2", "3", "34", "37", "35", "6", ""),
          Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(19))
          .as((p, d) -> p + d).filter(d -> d.length() >= 2).map(d -> d.substring(0, Math.min(d.length(), 20) - 1))
          .map(p -> p + BankCardNumbers.luhnCheckDigit(p));
      return Arbitraries.oneOf(valid(), luhnRuns, Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(21),
          Arbitraries.strings().withChars("0123456789 a").ofMinLength(15).ofMaxLength(20));
    }

    @Example
    void rangesRejectBadSettingsNamingThem() {
      assertEquals("from", assertThrows(InvalidInputException.class,
          () -> new BankCardNumbers.IssuerRange("x", "6a", "62", java.util.Set.of(16))).field());
      assertEquals("to", assertThrows(InvalidInputException.class,
          () -> new BankCardNumbers.IssuerRange("x", "62", "61", java.util.Set.of(16))).field());
      assertEquals("to", assertThrows(InvalidInputException.class,
          () -> new BankCardNumbers.IssuerRange("x", "62", "620", java.util.Set.of(16))).field());
      assertEquals("lengths", assertThrows(InvalidInputException.class,
          () -> new BankCardNumbers.IssuerRange("x", "62", "62", java.util.Set.of(20))).field());
      assertEquals("lengths", assertThrows(InvalidInputException.class,
          () -> new BankCardNumbers.IssuerRange("x", "62", "62", java.util.Set.of())).field());
      assertEquals("scheme", assertThrows(InvalidInputException.class,
          () -> new BankCardNumbers.IssuerRange(" ", "62", "62", java.util.Set.of(16))).field());
    }

    /** Luhn as a clerk does it: double every second digit from the right, write the products out, add all digits. */
    private boolean naiveLuhn(String digits) {
      StringBuilder written = new StringBuilder();
      for (int i = 0; i < digits.length(); i++) {
        int d = digits.charAt(digits.length() - 1 - i) - '0';
        written.append(i % 2 == 1 ? String.valueOf(2 * d) : String.valueOf(d));
      }
      return written.chars().map(c -> c - '0').sum() % 10 == 0;
    }

    @Example
    void checkDigitNeedsDigits() {
      assertEquals('3', BankCardNumbers.luhnCheckDigit("7992739871"), "79927398713, the textbook example");
      assertEquals("payload", assertThrows(InvalidInputException.class, () -> BankCardNumbers.luhnCheckDigit("79a")).field());
      assertEquals("payload", assertThrows(InvalidInputException.class, () -> BankCardNumbers.luhnCheckDigit("")).field());
    }
  }

  @Group
  class Credit {
    @Provide
    Arbitrary<String> valid() {
      Arbitrary<String> head = Arbitraries.strings().withChars(CreditCodes.CHARACTERS).ofLength(2);
      Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
      Arbitrary<String> organisation = Arbitraries.strings().withChars(CreditCodes.CHARACTERS).ofLength(9);
      return Combinators.combine(head, division, organisation).as((h, d, o) -> h + d + o).map(c -> c + CreditCodes.checkCharacter(c));
    }

    @Property
    void generatedCodesPass(@ForAll("valid") String code) {
      assertTrue(CreditCodes.isValid(code), code);
      assertTrue(CreditCodes.isValid(code.toLowerCase()), "lower case reads as upper case");
    }

    @Property
    void changingAnyOneCharacterFailsTheCheck(@ForAll("valid") String code,
        @ForAll @IntRange(min = 0, max = 17) int at, @ForAll @IntRange(min = 0, max = 40) int step) {
      assertFalse(CreditCodes.isValid(change(code, at, step, CreditCodes.CHARACTERS)));
    }

    @Property
    void agreesWithANaiveReference(@ForAll("candidates") String text) {
      assertEquals(naive(text), CreditCodes.isValid(text), text);
    }

    @Provide
    Arbitrary<String> candidates() {
      return Arbitraries.oneOf(valid(), valid().map(c -> c.substring(0, 17) + "0"),
          Arbitraries.strings().withChars(CreditCodes.CHARACTERS + "IOSZV").ofMinLength(17).ofMaxLength(19));
    }

    /** GB 32100-2015 written out: weights 3^(i−1) mod 31, check value 31 − Σ mod 31, 31 read as 0. */
    private boolean naive(String s) {
      String set = "0123456789ABCDEFGHJKLMNPQRTUWXY";
      String u = s.toUpperCase();
      if (u.length() != 18 || !u.substring(2, 8).matches("[0-9]{6}") || !u.chars().allMatch(c -> set.indexOf(c) >= 0)) {
        return false;
      }
      int sum = 0;
      for (int i = 1; i <= 17; i++) {
        sum += set.indexOf(u.charAt(i - 1)) * BigInteger.valueOf(3).pow(i - 1).mod(BigInteger.valueOf(31)).intValue();
      }
      int check = 31 - sum % 31;
      return set.charAt(check == 31 ? 0 : check) == u.charAt(17);
    }

    @Example
    void checkCharacterNeedsSeventeenCharactersOfTheSet() {
      assertEquals("first17", assertThrows(InvalidInputException.class, () -> CreditCodes.checkCharacter("91350100M0000170")).field());
      assertEquals("first17", assertThrows(InvalidInputException.class, () -> CreditCodes.checkCharacter("91350100M0000170I")).field());
    }
  }
}
