package org.govsite.search.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.text.Pinyin;
import org.jspecify.annotations.Nullable;

/**
 * Pinyin forms of words (拼音): the full toneless pinyin ({@code shebao}) and the initials
 * ({@code sb}) of each word and of each pair of neighbouring words, so that a resident typing
 * either finds 社保. Readings come from core's {@link Pinyin}, the one pinyin table of GovSite.
 */
@API(status = INTERNAL, since = "0.1")
public final class PinyinTokens {
  private PinyinTokens() {}

  /** Returns the toneless pinyin of a Han character, or null for anything else. */
  public static @Nullable String reading(char c) {
    return Pinyin.reading(c).orElse(null);
  }

  /** Returns the full pinyin of a word made only of Han characters, or null. */
  public static @Nullable String full(String word) {
    return Pinyin.full(word).orElse(null);
  }

  /** Returns the initials of a word made only of Han characters, or null. */
  public static @Nullable String initials(String word) {
    return Pinyin.initials(word).orElse(null);
  }
  /** Returns the pinyin tokens of a sequence of words: each word and each neighbouring pair. */
  public static List<String> of(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      add(out, words.get(i));
      if (i + 1 < words.size()) {
        add(out, words.get(i) + words.get(i + 1));
      }
    }
    return new ArrayList<>(out);
  }

  private static void add(Set<String> out, String word) {
    String full = full(word);
    if (full != null) {
      out.add(full);
      if (word.length() > 1) {
        out.add(initials(word));
      }
    }
  }

  /** Returns whether a query looks like pinyin: ASCII letters, spaces and apostrophes only. */
  public static boolean looksLikePinyin(String text) {
    String t = text.strip();
    if (t.length() < 2) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '\'')) {
        return false;
      }
    }
    return true;
  }

  /** Returns a pinyin query as one token: lower case, no spaces or apostrophes. */
  public static String compact(String text) {
    return text.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace("'", "");
  }
}
