package org.govsite.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.govsite.core.screening.PersonalDataMasker;
import org.govsite.core.screening.PublicCopyMasker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Masking letters for publication (issue 15, item 9): 1,000 letters of 1,000 characters cut from
 * the seed corpus (SeedText), each with a landline, a mobile number, an ID number whose check
 * fails and a spaced name after 我叫 put in. {@code checkedOnly} is what the public view did
 * before ({@link PersonalDataMasker#standard()}); {@code publicCopy} is {@link PublicCopyMasker}
 * (long digit runs and cued names too); {@code publicCopyWithWriter} also hides the writer's name
 * in any spelling, as {@code PublicView} calls it.
 *
 * <p>Scores are characters per microsecond. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * MaskingBenchmark -rf json -rff masking.json && python3 benchmarks/medians.py masking.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MaskingBenchmark {
  static final int LETTERS = 1_000;
  static final int LETTER_CHARS = 1_000;
  static final long SEED = 20_261_130L;
  // What setUp puts into each letter: 61 characters, so a letter is exactly LETTER_CHARS long.

  private String[] letters;

  @Setup(Level.Trial)
  public void setUp() {
    String corpus = String.join("\n", SeedText.files());
    SplittableRandom random = new SplittableRandom(SEED);
    letters = new String[LETTERS];
    for (int i = 0; i < LETTERS; i++) {
      int from = random.nextInt(corpus.length() - LETTER_CHARS);
      String base = corpus.substring(from, from + LETTER_CHARS - 61);
      int cut = base.length() / 2;
      letters[i] = "我叫欧 阳 建 国，" + base.substring(0, cut) + "座机0731-8456" + (1000 + random.nextInt(9000))
          + "，手机138" + (10_000_000 + random.nextInt(89_999_999)) + "，身份证35010219900101123" + random.nextInt(10)
          + base.substring(cut);
    }
  }

  @Benchmark
  @OperationsPerInvocation(LETTERS * LETTER_CHARS)
  public void checkedOnly(Blackhole bh) {
    for (String l : letters) {
      bh.consume(PersonalDataMasker.standard().mask(l));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LETTERS * LETTER_CHARS)
  public void publicCopy(Blackhole bh) {
    for (String l : letters) {
      bh.consume(PublicCopyMasker.standard().mask(l));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LETTERS * LETTER_CHARS)
  public void publicCopyWithWriter(Blackhole bh) {
    List<String> writer = List.of("欧阳建国");
    for (String l : letters) {
      bh.consume(PublicCopyMasker.standard().mask(l, writer));
    }
  }
}
