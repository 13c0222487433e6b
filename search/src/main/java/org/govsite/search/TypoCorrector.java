package org.govsite.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.text.TextNormalizer;
import org.govsite.search.internal.PinyinTokens;
import org.govsite.search.internal.RuleFiles;

/**
 * "Did you mean" (错别字纠正): first a list of common miswritings (条列 → 条例), then, for each word
 * the index has never seen, the most frequent indexed word one character away ({@link
 * SearchBackend#similarWords}, one call for all words), preferring one
 * that sounds the same (typos in Chinese are mostly homophones).
 */
final class TypoCorrector {
  private final Map<String, String> confusions;

  private TypoCorrector(Map<String, String> confusions) {
    this.confusions = confusions;
  }

  /** Returns a corrector with the bundled confusion list. */
  public static TypoCorrector bundled() {
    Map<String, String> m = new LinkedHashMap<>();
    for (RuleFiles.Line line : RuleFiles.bundled("confusions.txt")) {
      String[] pair = line.text().split("\\s+");
      if (pair.length == 2) {
        m.put(TextNormalizer.standard().fold(pair[0]), TextNormalizer.standard().fold(pair[1]));
      }
    }
    return new TypoCorrector(Map.copyOf(m));
  }

  /**
   * Returns the corrected text: a known miswriting is always corrected (when the result finds
   * something); a correction from the index vocabulary only when it finds more than the text.
   */
  public Optional<String> correct(String text, SearchBackend backend) {
    String q = TextNormalizer.standard().fold(text.strip());
    String known = q;
    for (Map.Entry<String, String> c : confusions.entrySet()) {
      if (known.contains(c.getKey())) {
        known = known.replace(c.getKey(), c.getValue());
      }
    }
    String corrected = fromVocabulary(known, backend);
    if (corrected.equals(q)) {
      return Optional.empty();
    }
    long found = backend.count(corrected);
    if (found == 0) {
      return Optional.empty();
    }
    boolean vocabularyOnly = known.equals(q);
    return vocabularyOnly && found <= backend.count(q) ? Optional.empty() : Optional.of(corrected);
  }

  private static String fromVocabulary(String text, SearchBackend backend) {
    List<String> words = backend.words(text);
    List<String> asked = words.stream().filter(w -> w.length() >= 2).distinct().toList();
    // One call for every word: a remote backend answers them in one round trip.
    Map<String, List<String>> similar = asked.isEmpty() ? Map.of() : backend.similarWords(asked, 8);
    String corrected = text;
    for (String word : words) {
      if (word.length() < 2 || !corrected.contains(word)) {
        continue;
      }
      String best = null;
      for (String s : similar.getOrDefault(word, List.of())) {
        if (s.length() == word.length() && (best == null || soundsLike(s, word) && !soundsLike(best, word))) {
          best = s;
        }
      }
      if (best != null) {
        corrected = corrected.replace(word, best);
      }
    }
    return corrected;
  }

  private static boolean soundsLike(String a, String b) {
    String pa = PinyinTokens.full(a);
    return pa != null && pa.equals(PinyinTokens.full(b));
  }
}
