package org.govsite.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govsite.core.text.Pinyin;
import org.govsite.core.text.TextNormalizer;

/**
 * The spellings of a term in pinyin (拼音变体), for the pinyin switch: each Han character written
 * as itself, its full pinyin or its initial ({@code 法轮} → {@code falun}, {@code fl}, {@code fa轮},
 * {@code f轮}, {@code 法lun} …). Readings are {@link Pinyin}'s (the common reading of each
 * character). A term of more than {@link #MAX_MIXED} Han characters gets only its full pinyin and
 * its initials, so a dictionary grows at most 80 patterns a term; a one-character term gets only
 * its full pinyin, since one initial letter would be found in every spelled-out abbreviation.
 */
final class PinyinVariants {
  /** Terms with up to this many Han characters get every mix (3^4 − 1 = 80 spellings). */
  static final int MAX_MIXED = 4;

  private PinyinVariants() {}

  /** Returns the pinyin spellings of a pattern, the pattern itself not included; empty when it has no Han character. */
  static List<String> of(String pattern, TextNormalizer normalizer) {
    int n = pattern.length();
    String[] full = new String[n];
    int han = 0;
    for (int i = 0; i < n; i++) {
      char c = pattern.charAt(i);
      if (normalizer.isNoise(c)) {
        continue;
      }
      Optional<String> r = Pinyin.reading(normalizer.fold(c));
      if (r.isPresent()) {
        full[i] = r.get();
        han++;
      }
    }
    if (han == 0) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    if (han == 1) {
      out.add(spell(pattern, full, i -> 1));
    } else if (han > MAX_MIXED) {
      out.add(spell(pattern, full, i -> 1));
      out.add(spell(pattern, full, i -> 2));
    } else {
      int[] hanAt = new int[han];
      for (int i = 0, k = 0; i < n; i++) {
        if (full[i] != null) {
          hanAt[k++] = i;
        }
      }
      int combos = (int) Math.pow(3, han);
      for (int m = 1; m < combos; m++) {
        int[] choice = new int[n];
        int x = m;
        for (int k = 0; k < han; k++) {
          choice[hanAt[k]] = x % 3;
          x /= 3;
        }
        out.add(spell(pattern, full, i -> choice[i]));
      }
    }
    out.remove(pattern);
    return new ArrayList<>(out);
  }

  /** What to write for a character: 0 itself, 1 its full pinyin, 2 its initial. */
  private interface Choice {
    int at(int index);
  }

  private static String spell(String pattern, String[] full, Choice choice) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      String r = full[i];
      int how = r == null ? 0 : choice.at(i);
      if (how == 0) {
        b.append(pattern.charAt(i));
      } else {
        b.append(how == 1 ? r : r.substring(0, 1));
      }
    }
    return b.toString();
  }
}
