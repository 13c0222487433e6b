package org.govsite.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govsite.docs.Page.Fence;
import org.govsite.docs.Page.JavaBlock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The guides are tests: every {@code java} block of every docs/*.md page is compiled and run, and
 * what it prints is compared with the page's output block (see {@link BlockSource} for how a block
 * becomes Java, {@link Page} for which block is an output). A block that is not meant to run is not
 * a {@code java} block: a dependency is {@code xml}, a shell session has no language.
 */
class DocsTest {
  /** Surefire runs in the module's folder, which is docs/ itself. */
  private static final Path DOCS = Path.of("").toAbsolutePath();
  private static final StagingSite STAGING = new StagingSite();
  /** What a page's examples need before they run. */
  private static final Map<String, Preparation> PREPARATIONS = Map.of("compliance.md", STAGING::start);

  private interface Preparation {
    void prepare() throws IOException;
  }

  @AfterAll
  static void stopTheStagingSite() throws IOException {
    STAGING.close();
  }

  static List<Page> pages() throws IOException {
    try (Stream<Path> files = Files.list(DOCS)) {
      List<Page> pages = new ArrayList<>();
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
        pages.add(Page.read(f));
      }
      return pages;
    }
  }

  @Test
  void theGuidesAreHereAndHaveJavaBlocks() throws IOException {
    List<String> names = pages().stream().map(Page::name).toList();
    assertTrue(names.containsAll(List.of("calendar.md", "screening.md", "mailbox.md", "testing.md")), "run in docs/: found " + names);
    assertTrue(pages().stream().mapToLong(p -> p.javaBlocks().size()).sum() >= 10);
  }

  @TestFactory
  Stream<DynamicNode> everyJavaBlockCompilesRunsAndPrintsWhatThePageShows() throws IOException {
    ApiTypes.Imports imports = ApiTypes.scan(DocsTest.class.getClassLoader());
    List<DynamicNode> nodes = new ArrayList<>();
    for (Page page : pages()) {
      List<JavaBlock> blocks = page.javaBlocks();
      if (blocks.isEmpty()) {
        continue;
      }
      List<DynamicTest> tests = new ArrayList<>();
      for (JavaBlock block : blocks) {
        tests.add(dynamicTest("java block " + block.number() + " (line " + block.fence().firstBodyLine() + ")",
            uri(page, block.fence().firstBodyLine()), () -> {
              Preparation p = PREPARATIONS.get(page.name());
              if (p != null) {
                p.prepare();
              }
              BlockRunner.run(BlockSource.of(block, imports.imports()), imports.shared());
            }));
      }
      nodes.add(dynamicContainer(page.name(), uri(page, 0), tests.stream()));
    }
    return nodes.stream();
  }

  private static final Pattern RESOURCE = Pattern.compile("`(src/test/resources/[^`]+)`");

  /**
   * A block introduced by a line naming {@code src/test/resources/…} shows a file an example reads:
   * docs/ holds that file, and the page shows it as it is.
   */
  @TestFactory
  Stream<DynamicTest> aFileThePageShowsIsTheFileTheExampleReads() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Page page : pages()) {
      for (Fence f : page.fences()) {
        String before = page.lines().subList(0, f.line() - 1).stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        Matcher m = RESOURCE.matcher(before);
        if (m.find()) {
          Path file = DOCS.resolve(m.group(1));
          tests.add(dynamicTest(page.name() + " line " + f.line() + ": " + m.group(1), uri(page, f.line()), () -> {
            assertTrue(Files.isRegularFile(file), "docs/" + page.name() + " line " + f.line() + " shows docs/" + m.group(1) + ", which is missing");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8).strip(), String.join("\n", f.body()).strip(),
                "docs/" + page.name() + " line " + f.line() + " must show docs/" + m.group(1) + " as it is");
          }));
        }
      }
    }
    return tests.stream();
  }

  private static URI uri(Page page, int line) {
    URI file = DOCS.resolve(page.name()).toUri();
    return line > 0 ? URI.create(file + "?line=" + line) : file;
  }
}
