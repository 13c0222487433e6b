package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.search.internal.RuleFiles;
import org.govsite.core.text.TextNormalizer;

/**
 * Plain-language synonyms (通俗语言): the words residents type mapped to the official terms
 * documents use (社保卡 → 社会保障卡), applied when a query runs.
 *
 * <p>File format, one rule a line: {@code plain => official[, official…]}, or {@code a, b, c}
 * to make words equivalent; blank lines and {@code #} comments are ignored.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PlainLanguageSynonyms {
  private static final PlainLanguageSynonyms NONE = new PlainLanguageSynonyms(Map.of());

  private final Map<String, List<String>> rules;

  private PlainLanguageSynonyms(Map<String, List<String>> rules) {
    this.rules = rules;
  }

  /** Returns the bundled starter list (社保卡, 身份证, 户口 …). */
  public static PlainLanguageSynonyms bundled() {
    return Bundled.LIST;
  }

  /** Returns an empty list. */
  public static PlainLanguageSynonyms none() {
    return NONE;
  }

  /** Loads a user list; throws {@link DataFormatException} naming the file and line at fault. */
  public static PlainLanguageSynonyms load(Path file) {
    return parse(file.toString(), RuleFiles.read(file));
  }

  /** Returns a list with this list's rules and the other's (the other's targets are added). */
  public PlainLanguageSynonyms with(PlainLanguageSynonyms other) {
    Map<String, List<String>> merged = new LinkedHashMap<>(rules);
    other.rules.forEach((k, v) -> merged.merge(k, v, (a, b) -> {
      Set<String> all = new LinkedHashSet<>(a);
      all.addAll(b);
      return List.copyOf(all);
    }));
    return new PlainLanguageSynonyms(Map.copyOf(merged));
  }

  /** Returns the number of plain words with rules. */
  public int size() {
    return rules.size();
  }

  /**
   * Returns the rephrasings of a query: each plain word it contains replaced by each of its
   * official terms (skipped where the query already says the official term).
   */
  public List<String> expand(String query) {
    String q = TextNormalizer.standard().fold(query);
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> rule : rules.entrySet()) {
      if (q.contains(rule.getKey())) {
        for (String official : rule.getValue()) {
          if (!q.contains(official)) {
            out.add(q.replace(rule.getKey(), official));
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static PlainLanguageSynonyms parse(String source, List<RuleFiles.Line> lines) {
    Map<String, Set<String>> rules = new LinkedHashMap<>();
    for (RuleFiles.Line line : lines) {
      String t = line.text();
      if (t.contains("=>")) {
        String[] sides = t.split("=>", -1);
        String plain = TextNormalizer.standard().fold(sides[0].strip());
        List<String> targets = split(sides[1]);
        if (sides.length != 2 || plain.isEmpty() || targets.isEmpty()) {
          throw new DataFormatException(source, line.number(), "rule", "应为 通俗词 => 规范词 / expected 'plain => official[, official…]'");
        }
        rules.computeIfAbsent(plain, k -> new LinkedHashSet<>()).addAll(targets);
      } else {
        List<String> group = split(t);
        if (group.size() < 2) {
          throw new DataFormatException(source, line.number(), "rule", "同义词组至少两个词 / an equivalence group needs two words or more");
        }
        for (String a : group) {
          for (String b : group) {
            if (!a.equals(b)) {
              rules.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            }
          }
        }
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    rules.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new PlainLanguageSynonyms(Map.copyOf(frozen));
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("[,，、]")) {
      String p = TextNormalizer.standard().fold(part.strip());
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static final class Bundled {
    static final PlainLanguageSynonyms LIST = parse("plain-language.txt", RuleFiles.bundled("plain-language.txt"));
  }
}
