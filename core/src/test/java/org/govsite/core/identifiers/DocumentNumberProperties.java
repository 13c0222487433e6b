package org.govsite.core.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of 发文字号 checking: standard forms round-trip, faulty forms correct to the standard one. */
class DocumentNumberProperties {
  @Provide
  Arbitrary<DocumentNumber> numbers() {
    Arbitrary<String> organ = Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1).ofMaxLength(6);
    return Combinators.combine(organ, Arbitraries.integers().between(1950, 2049), Arbitraries.integers().between(1, 99999))
        .as(DocumentNumber::new);
  }

  @Property
  void standardFormRoundTrips(@ForAll("numbers") DocumentNumber n) {
    DocumentNumber.Check c = DocumentNumber.check(n.toString());
    assertTrue(c.valid());
    assertEquals(n, DocumentNumber.parse(n.toString()));
  }

  @Property
  void faultyFormsCorrectToTheStandardForm(@ForAll("numbers") DocumentNumber n,
      @ForAll("brackets") String brackets, @ForAll boolean di, @ForAll boolean zero) {
    String text = n.organCode() + brackets.charAt(0) + n.year() + brackets.charAt(1) + (di ? "第" : "") + (zero ? "0" : "") + n.serial() + "号";
    DocumentNumber.Check c = DocumentNumber.check(text);
    assertEquals(n.toString(), c.corrected().orElseThrow());
    assertEquals(!brackets.equals("〔〕") || di || zero, !c.valid());
  }

  /**
   * The lenient checker never throws, whatever a document says: 发文字号-shaped text from pieces
   * that include the ideographic space, other Unicode spaces and non-ASCII digits (review finding:
   * （北　京）国发〔2024〕1号 threw, and one such document failed a whole search index).
   */
  @Property
  void checkingNeverThrows(@ForAll("odd") String text) {
    DocumentNumber.Check c = DocumentNumber.check(text);
    assertEquals(text, c.input());
  }

  @Provide
  Arbitrary<String> odd() {
    Arbitrary<String> piece = Arbitraries.of("（", "）", "(", ")", "〔", "〕", "[", "]", "【", "】", "北", "京", "陕", "国", "发", "令", "院",
        "第", "号", "年", "2024", "1", "07", "\u3000", " ", "\u00a0", "\u2003", "٣", "٢٠٢٤", "１２", "〇", "\t");
    return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 1)
  void theReviewedInputsAreReadNotThrown() {
    for (String t : java.util.List.of("（北\u3000京）国发〔2024〕1号", "（٣）国发〔2024〕1号", "国务\u3000院令第1号")) {
      assertEquals(t, DocumentNumber.check(t).input());
    }
  }

  @Provide
  Arbitrary<String> brackets() {
    return Arbitraries.of("〔〕", "[]", "()", "（）", "【】", "［］", "﹝﹞");
  }

  @Property
  void prefixedNumbersRoundTripAndCorrect(@ForAll("numbers") DocumentNumber n, @ForAll("prefixes") String prefix,
      @ForAll("prefixBrackets") String brackets) {
    DocumentNumber p = new DocumentNumber(java.util.Optional.of(prefix), n.organCode(), n.year(), n.serial());
    assertEquals(p, DocumentNumber.parse(p.toString()));
    DocumentNumber.Check c = DocumentNumber.check(brackets.charAt(0) + prefix + brackets.charAt(1) + n.organCode() + "〔" + n.year() + "〕" + n.serial() + "号");
    assertEquals(p.toString(), c.corrected().orElseThrow());
    assertEquals(brackets.equals("（）"), c.valid());
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("陕", "京", "粤", "沪", "国家药监", "市");
  }

  @Provide
  Arbitrary<String> prefixBrackets() {
    return Arbitraries.of("（）", "()", "【】", "[]", "〔〕");
  }

  /** A 令号 of any issuer and serial is read as one, never as a 发文字号, and its standard form round-trips. */
  @Property
  void decreeNumbersRoundTrip(@ForAll("organs") String issuer, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 99999) int serial,
      @ForAll boolean byYear) {
    DecreeNumber d = new DecreeNumber(issuer, byYear ? java.util.OptionalInt.of(2019) : java.util.OptionalInt.empty(), serial);
    DocumentNumber.Check c = DocumentNumber.check(d.toString());
    assertEquals(java.util.Optional.of(d), c.decree(), d.toString());
    assertTrue(c.wellFormed() && c.number().isEmpty());
  }

  @Provide
  Arbitrary<String> organs() {
    return Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1).ofMaxLength(8);
  }

  @Property
  void neverThrowsOnArbitraryText(@ForAll String text) {
    DocumentNumber.Check c = DocumentNumber.check(text);
    assertFalse(c.valid() && !c.parseable());
    assertFalse(c.wellFormed() && !c.recognised());
    assertEquals(c.recognised(), c.standardForm().isPresent());
  }
}
