package org.govsite.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real government texts the benchmarks build their workloads from, reproducibly: the copy
 * bundled in this jar ({@code seeds/}, provenance in its README), or every {@code *.txt} file of
 * {@code -Dgovsite.seeds=DIR} when given. Nothing is read from outside the repository by default.
 */
final class SeedText {
  private static final String BUNDLED = "seeds/";

  private SeedText() {}

  /** Returns every seed file concatenated, white space runs folded to one space. */
  static String all() {
    StringBuilder b = new StringBuilder();
    for (String text : files()) {
      b.append(text.replaceAll("\\s+", " ")).append(' ');
    }
    return b.toString();
  }

  /** Returns the seed files' texts as they are, in name order. */
  static List<String> files() {
    String dir = System.getProperty("govsite.seeds");
    return dir == null ? bundled() : fromFolder(Path.of(dir));
  }

  private static List<String> bundled() {
    List<String> texts = new ArrayList<>();
    for (String name : read(BUNDLED + "index.txt").strip().split("\\s+")) {
      texts.add(read(BUNDLED + name));
    }
    return texts;
  }

  private static String read(String resource) {
    try (InputStream in = SeedText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled seed text missing from the benchmarks jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fromFolder(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> texts = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed texts in " + dir.toAbsolutePath() + " (-Dgovsite.seeds)", e);
    }
  }
}
