package org.govsite.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The real government texts of {@code shared/corpus/seeds} (read at run time from
 * {@code -Dgovsite.seeds=DIR}, default {@code ../shared/corpus/seeds} beside the repository), from
 * which benchmarks generate their workloads reproducibly.
 */
final class SeedText {
  private SeedText() {}

  /** Returns every seed file concatenated, white space runs folded to one space. */
  static String all() {
    Path dir = Path.of(System.getProperty("govsite.seeds", "../shared/corpus/seeds"));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("seed corpus not found at " + dir.toAbsolutePath()
          + "; run from the repository root with shared/ beside it, or pass -Dgovsite.seeds=DIR");
    }
    try (Stream<Path> files = Files.list(dir)) {
      StringBuilder b = new StringBuilder();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        b.append(Files.readString(f).replaceAll("\\s+", " ")).append(' ');
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
