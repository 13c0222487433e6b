package org.govsite.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The passage cut out of a body never splits a surrogate pair (a CJK Extension B character, an emoji). */
class HighlightOffsetsTest {
  @Test
  void aPassageNeverStartsOrEndsInsideASurrogatePair() {
    String rare = "𠀀"; // U+20000, two chars
    for (int shift = 0; shift < 4; shift++) {
      String body = "x".repeat(shift) + rare.repeat(40) + "社保卡" + rare.repeat(40);
      for (int max = 3; max < 30; max++) {
        HighlightOffsets.Passage p = HighlightOffsets.find(body, List.of("社保卡"), max);
        String text = p.text();
        assertFalse(!text.isEmpty() && Character.isLowSurrogate(text.charAt(0)), "starts with a low surrogate: " + max);
        assertFalse(!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1)), "ends with a high surrogate: " + max);
        for (int[] s : p.spans()) {
          assertTrue(s[0] >= 0 && s[1] <= text.length(), "span inside the passage");
        }
      }
    }
  }
}
