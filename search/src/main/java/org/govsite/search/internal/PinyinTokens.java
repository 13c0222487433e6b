package org.govsite.search.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Pinyin forms of words (拼音): the full toneless pinyin ({@code shebao}) and the initials
 * ({@code sb}) of each word and of each pair of neighbouring words, so that a resident typing
 * either finds 社保.
 */
@API(status = INTERNAL, since = "0.1")
public final class PinyinTokens {
  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;
  private static final String[] READING = new String[LAST - FIRST + 1];

  static {
    HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
    f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    f.setVCharType(HanyuPinyinVCharType.WITH_V);
    for (int c = FIRST; c <= LAST; c++) {
      try {
        String[] all = PinyinHelper.toHanyuPinyinStringArray((char) c, f);
        // The first reading is the common one; heteronyms (多音字) keep only it to bound the index.
        READING[c - FIRST] = all == null || all.length == 0 ? null : all[0];
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private PinyinTokens() {}

  /** Returns the toneless pinyin of a Han character, or null for anything else. */
  public static @Nullable String reading(char c) {
    return c >= FIRST && c <= LAST ? READING[c - FIRST] : null;
  }

  /** Returns the full pinyin of a word made only of Han characters, or null. */
  public static @Nullable String full(String word) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      String r = reading(word.charAt(i));
      if (r == null) {
        return null;
      }
      b.append(r);
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** Returns the initials of a word made only of Han characters, or null. */
  public static @Nullable String initials(String word) {
    String[] parts = new String[word.length()];
    for (int i = 0; i < word.length(); i++) {
      String r = reading(word.charAt(i));
      if (r == null) {
        return null;
      }
      parts[i] = r;
    }
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      b.append(p.charAt(0));
    }
    return b.length() == 0 ? null : b.toString();
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
