package org.govsite.benchmarks;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Trie;
import org.govsite.core.screening.Category;
import org.govsite.core.screening.Dictionary;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.Severity;
import org.govsite.core.text.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening 5,000,000 characters of the seed corpus (SeedText: bundled real government texts, repeated) with 20,000
 * terms, GovSite beside its peers in the same run (issue 3):
 *
 * <ul>
 *   <li>{@code sparse}: random 2–6 character terms drawn uniformly from the corpus's own distinct
 *       characters — they rarely occur (most text is clean);
 *   <li>{@code dense}: 2–6 character n-grams sampled from the corpus — about one hit per character.
 * </ul>
 *
 * <p>Scores are characters per microsecond (= million characters per second); each benchmark
 * counts its matches so that nothing is optimised away. sensitive-word is fed 1,000 pieces of 100
 * characters spread evenly over the text (100,000 characters), as its own benchmark feeds short
 * pieces (it is slow on long inputs); {@code govsitePieces} feeds GovSite the same pieces, for a
 * comparison on equal input. {@code govsitePinyin} screens with the pinyin switch on (the same
 * dictionary, every term also in full pinyin, initials and mixed spellings), reported apart: it
 * is no peer's setting, and compiling it takes seconds, so only its own benchmark pays for it
 * (the {@link Pinyin} state).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScreeningBenchmark -f 1 -wi 2 -w 2s -i 5 -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreeningBenchmark {
  /** Characters screened per operation. */
  static final int TEXT_CHARS = 5_000_000;
  /** Characters fed to sensitive-word per operation, in pieces. */
  static final int SENSITIVE_WORD_CHARS = 100_000;
  static final int PIECE = 100;
  static final int TERMS = 20_000;
  static final long SEED = 20_250_923L;

  @Param({"sparse", "dense"})
  public String workload;

  private String text;
  private Dictionary dictionary;
  private Screener normalized;
  private Screener withoutNumerals;
  private Screener raw;
  private AhoCorasickDoubleArrayTrie<String> doubleArrayTrie;
  private Trie ahoCorasick;
  private SensitiveWordBs sensitiveWord;
  private String[] pieces;

  @Setup(Level.Trial)
  public void setUp() {
    String corpus = String.join("\n", SeedText.files()) + "\n";
    StringBuilder b = new StringBuilder(TEXT_CHARS + corpus.length());
    while (b.length() < TEXT_CHARS) {
      b.append(corpus).append('\n');
    }
    text = b.substring(0, TEXT_CHARS);
    List<String> terms = workload.equals("dense") ? ngrams(corpus) : randomTerms(corpus);

    Dictionary.Builder d = Dictionary.builder();
    TreeMap<String, String> map = new TreeMap<>();
    for (String t : terms) {
      d.add(t, Category.CUSTOM, Severity.REVIEW);
      map.put(t, t);
    }
    dictionary = d.build();
    normalized = Screener.builder().dictionary(dictionary).normalizer(TextNormalizer.screening()).build();
    withoutNumerals = Screener.builder().dictionary(dictionary).normalizer(TextNormalizer.standard()).build();
    raw = Screener.builder().dictionary(dictionary).normalizer(TextNormalizer.none()).build();
    doubleArrayTrie = new AhoCorasickDoubleArrayTrie<>();
    doubleArrayTrie.build(map);
    ahoCorasick = Trie.builder().addKeywords(terms).build();
    sensitiveWord = SensitiveWordBs.newInstance().wordDeny(() -> terms).init();
    // Pieces spread evenly over the whole text, so that sensitive-word sees the same mix of
    // traditional and simplified seeds as the others.
    pieces = new String[SENSITIVE_WORD_CHARS / PIECE];
    int stride = TEXT_CHARS / pieces.length;
    for (int i = 0; i < pieces.length; i++) {
      pieces[i] = text.substring(i * stride, i * stride + PIECE);
    }
    System.out.printf("%n[%s] %d terms, %d chars (%.2f UTF-8 bytes/char); matches: govsite raw %d, normalized %d, double-array trie %d%n",
        workload, terms.size(), text.length(), text.getBytes(StandardCharsets.UTF_8).length / (double) text.length(),
        govsiteRaw(), govsiteNormalized(), doubleArrayTrie());
    int[] ours = new int[1];
    for (String p : pieces) {
      normalized.scan(p, (t, s, e) -> ours[0]++);
    }
    System.out.printf("[%s] on sensitive-word's %d pieces: govsite normalized %d matches (all, overlapping), sensitive-word %d%n",
        workload, pieces.length, ours[0], sensitiveWord());
  }

  /** A term char is neither whitespace nor a noise character, so every library sees the same term. */
  private static boolean usable(char c) {
    return !Character.isWhitespace(c) && !Character.isSurrogate(c) && TextNormalizer.DEFAULT_NOISE.indexOf(c) < 0
        && !TextNormalizer.standard().isNoise(c);
  }

  static List<String> randomTerms(String corpus) {
    Set<Character> distinct = new java.util.TreeSet<>();
    for (int i = 0; i < corpus.length(); i++) {
      if (usable(corpus.charAt(i))) {
        distinct.add(corpus.charAt(i));
      }
    }
    char[] chars = new char[distinct.size()];
    int k = 0;
    for (char c : distinct) {
      chars[k++] = c;
    }
    SplittableRandom r = new SplittableRandom(SEED);
    Set<String> terms = new LinkedHashSet<>();
    while (terms.size() < TERMS) {
      int len = 2 + r.nextInt(5);
      char[] t = new char[len];
      for (int i = 0; i < len; i++) {
        t[i] = chars[r.nextInt(chars.length)];
      }
      terms.add(new String(t));
    }
    return new ArrayList<>(terms);
  }

  static List<String> ngrams(String corpus) {
    SplittableRandom r = new SplittableRandom(SEED);
    Set<String> terms = new LinkedHashSet<>();
    while (terms.size() < TERMS) {
      int len = 2 + r.nextInt(5);
      int at = r.nextInt(corpus.length() - len);
      String t = corpus.substring(at, at + len);
      if (t.chars().allMatch(c -> usable((char) c))) {
        terms.add(t);
      }
    }
    return new ArrayList<>(terms);
  }

  /** GovSite with the screening normalization: width, case, styled, numerals, traditional, noise, repeats. */
  @Benchmark
  @OperationsPerInvocation(TEXT_CHARS)
  public int govsiteNormalized() {
    int[] count = new int[1];
    normalized.scan(text, (t, s, e) -> count[0]++);
    return count[0];
  }

  /** GovSite with the normalization before numeral folding (issue 18): the same chain, numerals not folded. */
  @Benchmark
  @OperationsPerInvocation(TEXT_CHARS)
  public int govsiteWithoutNumerals() {
    int[] count = new int[1];
    withoutNumerals.scan(text, (t, s, e) -> count[0]++);
    return count[0];
  }

  /** GovSite without normalization: raw matching, the peers' setting. */
  @Benchmark
  @OperationsPerInvocation(TEXT_CHARS)
  public int govsiteRaw() {
    int[] count = new int[1];
    raw.scan(text, (t, s, e) -> count[0]++);
    return count[0];
  }

  /** The screening normalization with the pinyin switch on, compiled in its own state. */
  @State(Scope.Benchmark)
  public static class Pinyin {
    Screener screener;

    @Setup(Level.Trial)
    public void setUp(ScreeningBenchmark b) {
      long t0 = System.nanoTime();
      screener = Screener.builder().dictionary(b.dictionary).normalizer(TextNormalizer.screening()).pinyin(true).build();
      int[] count = new int[1];
      screener.scan(b.text, (t, s, e) -> count[0]++);
      System.out.printf("%n[%s] pinyin on: compiled in %.1f s; matches %d (without pinyin %d)%n", b.workload,
          (System.nanoTime() - t0) / 1e9, count[0], b.govsiteNormalized());
    }
  }

  /** GovSite with the screening normalization and the pinyin switch on (not a peer setting: reported apart). */
  @Benchmark
  @OperationsPerInvocation(TEXT_CHARS)
  public int govsitePinyin(Pinyin pinyin) {
    int[] count = new int[1];
    pinyin.screener.scan(text, (t, s, e) -> count[0]++);
    return count[0];
  }

  /** GovSite with the screening normalization on sensitive-word's 100-character pieces (equal input). */
  @Benchmark
  @OperationsPerInvocation(SENSITIVE_WORD_CHARS)
  public int govsitePieces() {
    int[] count = new int[1];
    for (String p : pieces) {
      normalized.scan(p, (t, s, e) -> count[0]++);
    }
    return count[0];
  }

  /** com.hankcs:aho-corasick-double-array-trie 1.2.3, raw matching through its callback. */
  @Benchmark
  @OperationsPerInvocation(TEXT_CHARS)
  public int doubleArrayTrie() {
    int[] count = new int[1];
    AhoCorasickDoubleArrayTrie.IHit<String> hit = (begin, end, value) -> count[0]++;
    doubleArrayTrie.parseText(text, hit);
    return count[0];
  }

  /** org.ahocorasick:ahocorasick 0.6.3, raw matching. */
  @Benchmark
  @OperationsPerInvocation(TEXT_CHARS)
  public int ahoCorasick() {
    return ahoCorasick.parseText(text).size();
  }

  /** com.github.houbb:sensitive-word 0.25.0 with its default settings, 100-character pieces. */
  @Benchmark
  @OperationsPerInvocation(SENSITIVE_WORD_CHARS)
  public int sensitiveWord() {
    int n = 0;
    for (String p : pieces) {
      n += sensitiveWord.findAll(p).size();
    }
    return n;
  }
}
