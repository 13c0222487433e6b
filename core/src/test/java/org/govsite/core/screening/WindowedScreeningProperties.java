package org.govsite.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Streaming screening in windows finds exactly what screening the whole text finds, offsets included. */
class WindowedScreeningProperties {
  /** Pieces that make findings frequent and straddle window ends: terms, split terms, marks, personal data, breaks. */
  private static final List<String> PIECES = List.of("秘密★", "★1年", "绝密★长期", "攻府", "攻*府", "攻 * 府", "人民攻府",
      "国务完", "按装", "既使", "13812345678", "138-1234-5678", "a.b@example.com", "x@y", "1", "9", "a", " ", "*", "-",
      "的", "。", "，", "\n", "年", "长", "政", "府", "中华人民共和囯", "ＡＢ", "１３８１２３４５６７８");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  private static String show(List<Finding> findings) {
    List<String> out = new ArrayList<>();
    findings.forEach(f -> out.add(f.rule() + "@" + f.start() + "-" + f.end() + ":" + f.text()));
    return String.join("\n", out);
  }

  @Property
  void windowedFindingsEqualWholeText(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 40) int window)
      throws IOException {
    Screener s = Screener.standard();
    assertEquals(show(s.screen(text).findings()), show(s.screen(new StringReader(text), window).findings()));
  }

  @Property
  void windowedMaskEqualsWholeTextMask(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 40) int window)
      throws IOException {
    Screener s = Screener.standard();
    StringBuilder out = new StringBuilder();
    s.mask(new StringReader(text), window, out);
    assertEquals(s.mask(text), out.toString());
  }

  @Property
  void forcedCutsStillFindTermsWithinTheOverlap(@ForAll @IntRange(min = 1, max = 30) int window,
      @ForAll @IntRange(min = 0, max = 400) int at) throws IOException {
    // A run of Latin letters has no break: every window is cut by force, and the overlap keeps a term whole.
    String text = "x".repeat(at) + " 攻 * 府 " + "x".repeat(300);
    Screener s = Screener.standard();
    List<Finding> got = new ArrayList<>();
    s.windows().run(new StringReader(text), window, 1, (t, offset, findings) -> got.addAll(findings));
    assertEquals(show(s.screen(text).findings()), show(got));
  }

  @Example
  void aWindowHoldsNoMoreThanItsSizeAndTheRunLimit() throws IOException {
    String text = "的".repeat(10_000) + "攻府";
    List<Integer> sizes = new ArrayList<>();
    List<Finding> got = new ArrayList<>();
    Screener.standard().windows().run(new StringReader(text), 100, 1000, (t, offset, findings) -> {
      sizes.add(t.length());
      got.addAll(findings);
    });
    assertTrue(sizes.stream().allMatch(n -> n <= 100 + WindowedScreening.LOOKAHEAD), sizes::toString);
    assertEquals(1, got.size());
    assertEquals(10_000, got.get(0).start());
  }
}
