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
 * Pinyin of titles and queries (拼音): a title's pairs of neighbouring characters as full toneless
 * pinyin ({@code shebao}) and initials ({@code sb}) in order ({@link #index}), and a query of
 * letters as phrases of such pairs ({@link #query}), so that a resident typing either finds 社保.
 * Readings come from core's {@link Pinyin}, the one pinyin table of GovSite.
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

  /** Ends a group of tokens in the pinyin field, so that no phrase spans two runs or two groups. */
  public static final String BREAK = "|";
  /**
   * The longest query of letters read as pinyin: about twenty syllables, longer than a title a
   * resident would spell out; longer ones (a sentence in English) stay plain terms, so that no
   * phrase grows past an engine's clause limit.
   */
  public static final int MAX_LETTERS = 64;
  /** The most syllable splits of one pinyin query tried ({@code xian}: xian, xi an). */
  static final int MAX_SPLITS = 8;
  /** Every reading of the pinyin table: what a full-pinyin query is split into. */
  private static final Set<String> SYLLABLES = syllables();
  private static final int LONGEST_SYLLABLE = 6;

  private static Set<String> syllables() {
    Set<String> out = new java.util.HashSet<>();
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      Pinyin.reading(c).ifPresent(out::add);
    }
    return Set.copyOf(out);
  }

  /**
   * The pinyin field of a title (标题拼音), for a title already folded: for each run of Han
   * characters with readings, the full pinyin of every pair of neighbouring characters in order
   * ({@code 社保卡} → {@code shebao baoka}), then their initials ({@code sb bk}), each group closed
   * by {@link #BREAK}. A pinyin query is then a phrase of such pairs ({@link #query}): any stretch
   * of two or more characters of a title is found by its pinyin, without segmenting the title into
   * words first, which cost a fifth of all indexing time.
   */
  public static String index(String foldedTitle) {
    StringBuilder full = new StringBuilder();
    StringBuilder initials = new StringBuilder();
    StringBuilder out = new StringBuilder();
    @Nullable String previous = null;
    for (int i = 0; i <= foldedTitle.length(); i++) {
      @Nullable String r = i < foldedTitle.length() ? reading(foldedTitle.charAt(i)) : null;
      if (r != null && previous != null) {
        full.append(previous).append(r).append(' ');
        initials.append(previous.charAt(0)).append(r.charAt(0)).append(' ');
      } else if (r == null && full.length() > 0) {
        out.append(full).append(BREAK).append(' ').append(initials).append(BREAK).append(' ');
        full.setLength(0);
        initials.setLength(0);
      }
      previous = r;
    }
    return out.toString().strip();
  }

  /**
   * What a pinyin query means in the pinyin field ({@link #index}): each way of reading it as
   * two or more syllables ({@code shebao} → {@code [shebao]}, {@code zhengfuwangzhan} →
   * {@code [zhengfu, fuwang, wangzhan]}) and as initials ({@code sb} → {@code [sb]},
   * {@code zfwz} → {@code [zf, fw, wz]}), each a phrase of neighbouring pairs.
   *
   * @param compact the query as {@link #compact} gives it: lower-case letters only
   */
  public static List<List<String>> query(String compact) {
    if (compact.length() > MAX_LETTERS) {
      return List.of();
    }
    Set<List<String>> out = new LinkedHashSet<>();
    for (List<String> split : splits(compact)) {
      if (split.size() >= 2) {
        out.add(pairs(split));
      }
    }
    if (compact.length() >= 2) {
      List<String> letters = new ArrayList<>();
      for (int i = 0; i < compact.length(); i++) {
        letters.add(String.valueOf(compact.charAt(i)));
      }
      out.add(pairs(letters));
    }
    return List.copyOf(out);
  }

  private static List<String> pairs(List<String> units) {
    List<String> out = new ArrayList<>(units.size() - 1);
    for (int i = 0; i + 1 < units.size(); i++) {
      out.add(units.get(i) + units.get(i + 1));
    }
    return out;
  }

  /** Up to {@link #MAX_SPLITS} ways of reading a text as syllables, longest syllables first. */
  private static List<List<String>> splits(String text) {
    boolean[] ends = new boolean[text.length() + 1];
    ends[text.length()] = true;
    for (int i = text.length() - 1; i >= 0; i--) {
      for (int l = 1; l <= LONGEST_SYLLABLE && i + l <= text.length() && !ends[i]; l++) {
        ends[i] = ends[i + l] && SYLLABLES.contains(text.substring(i, i + l));
      }
    }
    List<List<String>> out = new ArrayList<>();
    split(text, 0, ends, new ArrayList<>(), out);
    return out;
  }

  private static void split(String text, int at, boolean[] ends, List<String> so, List<List<String>> out) {
    if (out.size() >= MAX_SPLITS) {
      return;
    }
    if (at == text.length()) {
      out.add(List.copyOf(so));
      return;
    }
    for (int l = Math.min(LONGEST_SYLLABLE, text.length() - at); l >= 1; l--) {
      String s = text.substring(at, at + l);
      if (ends[at + l] && SYLLABLES.contains(s)) {
        so.add(s);
        split(text, at + l, ends, so, out);
        so.remove(so.size() - 1);
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
