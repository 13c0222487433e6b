package org.govsite.core.screening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import org.govsite.core.text.TextNormalizer;

/**
 * A dictionary compiled for one normalizer and noise gap: the automaton over its terms and
 * allowed phrases, and which pattern is which. Compilations are cached (Caffeine, bounded), so a
 * portal that builds a screener per request from the same dictionary compiles it once.
 */
final class CompiledDictionary {
  /** How many compiled dictionaries the cache keeps: a portal has a handful of profiles. */
  public static final int CACHE_SIZE = 32;

  private record Key(Dictionary dictionary, TextNormalizer normalizer, int maxGap, boolean wordBoundary,
      boolean letterDigitBoundary, boolean pinyin) {}

  private static final Cache<Key, CompiledDictionary> CACHE = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

  private final Automaton automaton;
  private final Term[] terms;
  private final boolean hasAllowed;

  private CompiledDictionary(Automaton automaton, Term[] terms, boolean hasAllowed) {
    this.automaton = automaton;
    this.terms = terms;
    this.hasAllowed = hasAllowed;
  }

  /** Returns the cached compilation, compiling on first use. */
  public static CompiledDictionary of(Dictionary dictionary, TextNormalizer normalizer, int maxGap, boolean wordBoundary,
      boolean letterDigitBoundary, boolean pinyin) {
    return CACHE.get(new Key(dictionary, normalizer, maxGap, wordBoundary, letterDigitBoundary, pinyin),
        k -> compile(k));
  }

  /** Returns how many compilations the cache holds now (for tests and monitoring). */
  public static long cachedCount() {
    CACHE.cleanUp();
    return CACHE.estimatedSize();
  }

  private static CompiledDictionary compile(Key k) {
    Dictionary dictionary = k.dictionary();
    TextNormalizer normalizer = k.normalizer();
    List<String> patterns = new ArrayList<>(dictionary.terms().size() + dictionary.allowed().size());
    // An allowed phrase's pattern has no term (a null slot: see term(int)).
    List<Integer> termOf = new ArrayList<>();
    for (Term t : dictionary.terms()) {
      termOf.add(patterns.size());
      patterns.add(t.text());
    }
    for (String a : dictionary.allowed()) {
      termOf.add(-1);
      patterns.add(a);
    }
    if (k.pinyin()) {
      // Each spelling in pinyin is one more pattern of the same term (allowed phrases too, so
      // that an allowed phrase written in pinyin still covers a term written in pinyin).
      int n = patterns.size();
      for (int p = 0; p < n; p++) {
        for (String v : PinyinVariants.of(patterns.get(p), normalizer)) {
          patterns.add(v);
          termOf.add(termOf.get(p));
        }
      }
    }
    Term[] terms = new Term[patterns.size()];
    for (int p = 0; p < terms.length; p++) {
      int t = termOf.get(p);
      if (t >= 0) {
        terms[p] = dictionary.terms().get(t);
      }
    }
    return new CompiledDictionary(AutomatonBuilder.build(patterns, normalizer, k.maxGap(), k.wordBoundary(),
        k.letterDigitBoundary()), terms,
        !dictionary.allowed().isEmpty());
  }

  /** Returns the automaton. */
  public Automaton automaton() {
    return automaton;
  }

  /** Returns the term of a pattern, or null when the pattern is an allowed phrase. */
  public Term term(int pattern) {
    return terms[pattern];
  }

  /** Returns whether the dictionary has allowed phrases. */
  public boolean hasAllowed() {
    return hasAllowed;
  }
}
