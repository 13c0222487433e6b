package org.govsite.benchmarks;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.govsite.interaction.HandlingMode;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.Transition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Transitions per second through {@link Mailbox#act} on the JDBC store over embedded H2: each op
 * reads the letter with its history, checks the lifecycle, and writes the letter row (optimistic
 * version check) plus one history row in one transaction. The op is a reassignment (分办), legal
 * in every open state, on letters taken round-robin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class MailboxJdbcBenchmark {
  @Param({"mem", "file"})
  String h2;

  private static final int LETTERS = 10_000;

  private Mailbox mailbox;
  private long[] versions;
  private int next;
  private LocalDateTime clock;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    JdbcLetterStore store;
    if (h2.equals("mem")) {
      store = JdbcLetterStore.builder().url("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "").build();
    } else {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("govsite-bench");
      store = JdbcLetterStore.h2File(dir.resolve("mailbox"));
    }
    mailbox = Mailbox.builder().store(store).build();
    versions = new long[LETTERS];
    LocalDateTime received = LocalDateTime.of(2025, 10, 9, 9, 0);
    for (int i = 0; i < LETTERS; i++) {
      Letter l = Letter.builder().id("B" + i).mailbox("县长信箱").type(LetterType.COMPLAINT).subject("噪音").body("工地夜间施工")
          .received(received).build();
      store.insert(l);
      l = mailbox.act(l.id(), 0, Transition.accept("受理员", received.plusMinutes(5)));
      versions[i] = l.version();
    }
    clock = received.plusHours(1);
  }

  @Benchmark
  public Letter reassign() {
    int i = next;
    next = (next + 1) % LETTERS;
    clock = clock.plusSeconds(1);
    Letter l = mailbox.act("B" + i, versions[i],
        Transition.assign("受理员", clock, (i & 1) == 0 ? "教育局" : "民政局", HandlingMode.FORWARDED, "改派"));
    versions[i] = l.version();
    return l;
  }
}
