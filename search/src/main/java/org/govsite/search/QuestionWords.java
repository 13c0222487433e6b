package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.core.support.Checks;
import org.govsite.core.text.TextNormalizer;
import org.govsite.search.internal.RuleFiles;

/**
 * Question words and fillers (提问用语): 请问, 如何, 怎么办, 是否, 吗, 呢 … A resident's question
 * is wrapped in them and the text that answers it rarely says them, so a query never requires
 * them of a document (issue 20); what is left decides what a document must contain.
 *
 * <p>File format: one word or several a line, separated by commas; blank lines and {@code #}
 * comments are ignored. The bundled list is {@code question-words.txt} (docs/search.md).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QuestionWords {
  private static final QuestionWords NONE = new QuestionWords(List.of());

  /** Longest first, so that 怎么办 is removed before 怎么. */
  private final List<String> words;

  private QuestionWords(List<String> words) {
    this.words = words;
  }

  /** Returns the bundled list (请问, 如何, 怎么办, 是否, 能否, 可以, 吗, 呢, 为何, 什么, 哪些, 多少 …). */
  public static QuestionWords bundled() {
    return Bundled.LIST;
  }

  /** Returns an empty list: every word of a query counts. */
  public static QuestionWords none() {
    return NONE;
  }

  /** Returns a list of these words. */
  public static QuestionWords of(String... words) {
    Checks.notNull(words, "words");
    List<String> all = new ArrayList<>();
    for (String w : words) {
      all.add(Checks.notNull(w, "words"));
    }
    return sorted(all);
  }

  /** Loads a user list; throws {@link DataFormatException} naming the file and line at fault. */
  public static QuestionWords load(Path file) {
    return parse(Checks.notNull(file, "file").toString(), RuleFiles.read(file));
  }

  /** Returns a list with this list's words and the other's. */
  public QuestionWords with(QuestionWords other) {
    List<String> all = new ArrayList<>(words);
    all.addAll(Checks.notNull(other, "other").words);
    return sorted(all);
  }

  /** Returns the number of words. */
  public int size() {
    return words.size();
  }

  /**
   * Returns the folded query with every question word replaced by a space, or the folded query
   * itself when nothing else would be left. The analysis joins Han characters across a space, so
   * a bigram may span the gap; cutting it there was measured to cost recall (docs/search.md).
   */
  public String strip(String query) {
    String q = TextNormalizer.standard().fold(Checks.notNull(query, "query"));
    String s = q;
    for (String w : words) {
      if (s.contains(w)) {
        s = s.replace(w, " ");
      }
    }
    return hasLetterOrDigit(s) ? s : q;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static QuestionWords sorted(List<String> words) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String w : words) {
      String f = TextNormalizer.standard().fold(w.strip());
      if (!f.isEmpty()) {
        distinct.add(f);
      }
    }
    List<String> out = new ArrayList<>(distinct);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return new QuestionWords(List.copyOf(out));
  }

  private static QuestionWords parse(String source, List<RuleFiles.Line> lines) {
    List<String> all = new ArrayList<>();
    for (RuleFiles.Line line : lines) {
      for (String part : line.text().split("[,，、]")) {
        String w = part.strip();
        if (w.isEmpty()) {
          throw new DataFormatException(source, line.number(), "word", "空词 / an empty word between commas");
        }
        all.add(w);
      }
    }
    return sorted(all);
  }

  private static final class Bundled {
    static final QuestionWords LIST = parse("question-words.txt", RuleFiles.bundled("question-words.txt"));
  }
}
