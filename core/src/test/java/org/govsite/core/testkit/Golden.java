package org.govsite.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with its golden copy in {@code src/test/resources/golden/}, character for
 * character: the documented JSON shapes (field names, nesting, date formats) and the HTML pages
 * may change only when the golden file changes with them, in the same commit. Shared with the
 * other modules' tests through core's test jar.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name} exactly. */
  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    assertTrue(Files.isRegularFile(file), "no golden file " + file.toAbsolutePath());
    String expected;
    try {
      expected = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    assertEquals(expected, actual, "output differs from " + file);
  }
}
