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

  private record Key(Dictionary dictionary, TextNormalizer normalizer, int maxGap) {}

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
  public static CompiledDictionary of(Dictionary dictionary, TextNormalizer normalizer, int maxGap) {
    return CACHE.get(new Key(dictionary, normalizer, maxGap), k -> compile(dictionary, normalizer, maxGap));
  }

  /** Returns how many compilations the cache holds now (for tests and monitoring). */
  public static long cachedCount() {
    CACHE.cleanUp();
    return CACHE.estimatedSize();
  }

  private static CompiledDictionary compile(Dictionary dictionary, TextNormalizer normalizer, int maxGap) {
    List<String> patterns = new ArrayList<>(dictionary.terms().size() + dictionary.allowed().size());
    Term[] terms = new Term[dictionary.terms().size() + dictionary.allowed().size()];
    int p = 0;
    for (Term t : dictionary.terms()) {
      patterns.add(t.text());
      terms[p++] = t;
    }
    patterns.addAll(dictionary.allowed());
    return new CompiledDictionary(AutomatonBuilder.build(patterns, normalizer, maxGap), terms,
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
