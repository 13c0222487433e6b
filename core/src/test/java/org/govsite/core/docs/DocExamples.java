package org.govsite.core.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a guide in docs/ shows a test's example verbatim, so the page cannot drift from the
 * tested code. Shared with the other modules' tests through core's test jar.
 */
public final class DocExamples {
  private static final String BEGIN = "// tag::example[]";
  private static final String END = "    // end::example[]";

  private DocExamples() {}

  /** Asserts that {@code ../docs/<doc>} contains the lines between the example tags of {@code test}'s source. */
  public static void assertGuideShows(String doc, Class<?> test) throws IOException {
    String page = Files.readString(Path.of("../docs", doc));
    String source = Files.readString(Path.of("src/test/java", test.getName().replace('.', '/') + ".java"));
    int begin = source.indexOf(BEGIN);
    int end = source.indexOf(END);
    assertTrue(begin >= 0 && end > begin, test.getSimpleName() + " has no example between " + BEGIN + " and " + END.strip());
    String normalized = source.substring(begin + BEGIN.length(), end).lines()
        .map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .reduce("", (a, b) -> a + b + "\n").strip();
    assertTrue(page.contains(normalized), "docs/" + doc + " must show the example of " + test.getSimpleName() + " verbatim");
  }
}
