package org.govsite.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import org.govsite.core.text.TextNormalizer;

/**
 * Finds a query's terms in a stored body on the client (摘要定位): the body is folded character by
 * character (traditional to simplified, full width to half, upper to lower case), so a match keeps
 * its offsets in the text as published, and the passage of {@code maxChars} holding the most
 * matches is cut out. Doing it here instead of with OpenSearch's highlighter means no marker
 * parsing and no HTML from the node: the offsets are exact and the text stays plain.
 */
final class HighlightOffsets {
  /** Characters kept before the first match of the chosen passage, for context. */
  static final int LEAD = 12;

  private HighlightOffsets() {}

  /** A passage of the body with the matches in it, offsets relative to {@code text}, sorted, not overlapping. */
  record Passage(String text, List<int[]> spans) {}

  static Passage find(String body, List<String> terms, int maxChars) {
    String folded = fold(body);
    List<int[]> all = new ArrayList<>();
    for (String term : terms) {
      String t = fold(term);
      if (t.isBlank()) {
        continue;
      }
      for (int at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) {
        all.add(new int[] {at, at + t.length()});
      }
    }
    all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : all) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new int[] {s[0], s[1]});
      }
    }
    if (body.length() <= maxChars) {
      return new Passage(body, merged);
    }
    int start = 0;
    if (!merged.isEmpty()) {
      // the window of maxChars that starts LEAD characters before some match and holds the most
      int best = -1;
      for (int i = 0; i < merged.size(); i++) {
        int from = Math.max(0, merged.get(i)[0] - LEAD);
        int count = 0;
        for (int j = i; j < merged.size() && merged.get(j)[1] <= from + maxChars; j++) {
          count++;
        }
        if (count > best) {
          best = count;
          start = from;
        }
      }
      start = Math.min(start, body.length() - maxChars);
    }
    int end = start + maxChars;
    // never cut a surrogate pair: a lone half would show as U+FFFD or '?' in the highlight
    if (start > 0 && Character.isLowSurrogate(body.charAt(start)) && Character.isHighSurrogate(body.charAt(start - 1))) {
      start++;
    }
    if (end < body.length() && Character.isLowSurrogate(body.charAt(end)) && Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    List<int[]> inside = new ArrayList<>();
    for (int[] s : merged) {
      if (s[0] >= start && s[1] <= end) {
        inside.add(new int[] {s[0] - start, s[1] - start});
      }
    }
    return new Passage(body.substring(start, end), inside);
  }

  /** Folds each character alone (length-preserving), so that offsets in the result are offsets in the input. */
  static String fold(String text) {
    char[] out = TextNormalizer.standard().fold(text).toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(out[i]); // char by char: String.toLowerCase may change the length
    }
    return new String(out);
  }
}
