package org.govsite.interaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * Flags a new letter that resembles an earlier one of the same writer: cosine similarity (Apache
 * Commons Text) of character-bigram counts. Bigrams, because Chinese has no spaces to split words
 * on, and the cost stays linear in the text where an edit distance would be quadratic.
 */
final class DuplicateDetector {
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  private final double threshold;

  /** Creates a detector flagging similarity at or above {@code threshold}. */
  public DuplicateDetector(double threshold) {
    this.threshold = threshold;
  }

  /** Returns the flags for {@code subject + body} against earlier letters, most similar first. */
  public List<DuplicateFlag> flags(String subject, String body, List<Letter> earlier) {
    Map<CharSequence, Integer> mine = bigrams(subject + "\n" + body);
    List<DuplicateFlag> out = new ArrayList<>();
    for (Letter l : earlier) {
      double s = similarity(mine, bigrams(l.subject() + "\n" + l.body()));
      if (s >= threshold) {
        out.add(new DuplicateFlag(l.id(), Math.min(1.0, s)));
      }
    }
    out.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
    return out;
  }

  /** Returns the cosine similarity of two texts' bigram counts, 0..1. */
  public static double similarity(String a, String b) {
    return similarity(bigrams(a), bigrams(b));
  }

  private static double similarity(Map<CharSequence, Integer> a, Map<CharSequence, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Double d = COSINE.cosineSimilarity(a, b);
    return d == null || d.isNaN() ? 0 : d;
  }

  static Map<CharSequence, Integer> bigrams(String text) {
    StringBuilder t = new StringBuilder();
    text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(t::appendCodePoint);
    Map<CharSequence, Integer> counts = new HashMap<>();
    String s = t.toString();
    if (s.codePointCount(0, s.length()) == 1) {
      counts.put(s, 1);
    }
    int i = 0;
    while (i < s.length()) {
      int j = s.offsetByCodePoints(i, 1);
      if (j >= s.length()) {
        break;
      }
      int k = s.offsetByCodePoints(j, 1);
      counts.merge(s.substring(i, k), 1, Integer::sum);
      i = j;
    }
    return counts;
  }
}
