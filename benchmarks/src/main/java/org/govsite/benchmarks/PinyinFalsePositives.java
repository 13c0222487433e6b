package org.govsite.benchmarks;

import com.github.houbb.sensitive.word.support.deny.WordDenys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.govsite.core.screening.Category;
import org.govsite.core.screening.Dictionary;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.Severity;

/**
 * The false positives of the pinyin switch on the seed corpus (issue 18): the bundled government
 * texts are screened with a real word list — sensitive-word 0.25.0's own deny list, tens of
 * thousands of words, read from its jar, never copied into GovSite — with pinyin off and on. The
 * texts hold no pinyin evasion, so every match only the pinyin switch adds is a false positive.
 * Prints the counts, the rate per 10,000 characters and each added span (the Latin text matched,
 * not the term).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.govsite.benchmarks.PinyinFalsePositives}
 */
public final class PinyinFalsePositives {
  private PinyinFalsePositives() {}

  public static void main(String[] args) {
    List<String> words = new ArrayList<>();
    for (String w : WordDenys.defaults().deny()) {
      String t = w.strip();
      if (!t.isEmpty() && t.length() <= 64 && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words.add(t);
      }
    }
    Dictionary.Builder b = Dictionary.builder();
    words.forEach(w -> b.add(w, Category.CUSTOM, Severity.REVIEW));
    Dictionary dictionary = b.build();
    long t0 = System.nanoTime();
    Screener off = Screener.builder().dictionary(dictionary).personalData(Set.of()).build();
    long t1 = System.nanoTime();
    Screener on = Screener.builder().dictionary(dictionary).personalData(Set.of()).pinyin(true).build();
    long t2 = System.nanoTime();
    System.out.printf("%d terms; compiled in %.1f s without pinyin, %.1f s with%n", words.size(), (t1 - t0) / 1e9,
        (t2 - t1) / 1e9);
    long chars = 0;
    int offCount = 0;
    int onCount = 0;
    TreeMap<String, Integer> added = new TreeMap<>();
    for (String text : SeedText.files()) {
      chars += text.length();
      Set<String> withoutPinyin = new HashSet<>();
      off.scan(text, (term, start, end) -> withoutPinyin.add(start + ":" + end));
      offCount += withoutPinyin.size();
      Set<String> withPinyin = new HashSet<>();
      on.scan(text, (term, start, end) -> {
        if (withPinyin.add(start + ":" + end) && !withoutPinyin.contains(start + ":" + end)) {
          added.merge(text.substring(start, end), 1, Integer::sum);
        }
      });
      onCount += withPinyin.size();
    }
    int extra = added.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("%d chars in %d seed texts; spans matched: %d without pinyin, %d with; %d added by pinyin"
        + " (%.2f per 10,000 chars), %d distinct%n", chars, SeedText.files().size(), offCount, onCount, extra,
        extra * 10_000.0 / chars, added.size());
    added.forEach((span, n) -> System.out.println("  " + span + " ×" + n));
  }
}
