package org.govsite.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govsite.docs.Page.JavaBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner itself: each way a guide can go wrong fails with the page, the block and the page's line. */
class DocsRunnerTest {
  private static ApiTypes.Imports imports;

  @TempDir Path dir;

  @BeforeAll
  static void scan() {
    imports = ApiTypes.scan(DocsRunnerTest.class.getClassLoader());
  }

  private Page page(String markdown) throws IOException {
    return Page.read(Files.writeString(dir.resolve("guide.md"), markdown));
  }

  private static void run(JavaBlock block) throws Exception {
    BlockRunner.run(BlockSource.of(block, imports.imports()), imports.shared());
  }

  private static String failure(JavaBlock block) {
    return assertThrows(AssertionError.class, () -> run(block)).getMessage();
  }

  @Test
  void aSnippetRunsWithTheApiTypesImportedAndItsOwnImportsKept() throws Exception {
    Page p = page("""
        # Guide

        ```java
        import java.util.concurrent.atomic.AtomicInteger;

        AtomicInteger n = new AtomicInteger(2);
        WorkingDayCalendar.official().isWorkingDay(LocalDate.of(2025, 10, 1));   // => false
        n.incrementAndGet();                                                      // => 3
        String s = "a" +
            "b";                                                                  // => ab
        ```
        """);
    run(p.javaBlocks().get(0));
  }

  @Test
  void aCompileErrorNamesThePageLineAndShowsIt() throws Exception {
    Page p = page("""
        Text.

        ```java
        int a = 1;
        int b = missing + a;
        ```
        """);
    String m = failure(p.javaBlocks().get(0));
    assertTrue(m.startsWith("docs/guide.md, java block 1 (line 4) does not compile:"), m);
    assertTrue(m.contains("line 5: cannot find symbol") && m.contains("> int b = missing + a;"), m);
  }

  @Test
  void aSharedSimpleNameSaysWhichTypesHaveIt() throws Exception {
    Page p = page("""
        ```java
        Letter l = null;
        ```
        """);
    String m = failure(p.javaBlocks().get(0));
    assertTrue(m.contains("Letter is the name of several GovSite types, org.govsite.compliance.Letter, org.govsite.interaction.Letter"), m);
  }

  @Test
  void aWrongExpectationGivesTheValueAndThePageLine() throws Exception {
    Page p = page("""
        ```java
        int n = 2;
        Integer.valueOf(n * 2);   // => 5
        ```
        """);
    String m = failure(p.javaBlocks().get(0));
    assertEquals("docs/guide.md, java block 1 (line 2), line 3: org.opentest4j.AssertionFailedError: Integer.valueOf(n * 2) is 4,"
        + " the page says // => 5", m);
  }

  @Test
  void anExpectationMustEndAStatement() throws Exception {
    Page p = page("""
        ```java
        int n = List.of(1,   // => 1
            2).size();
        ```
        """);
    String m = failure(p.javaBlocks().get(0));
    assertTrue(m.contains("line 2: a `// =>` comment must end a statement"), m);
  }

  @Test
  void whatABlockPrintsIsComparedWithTheTextBlockAfterIt() throws Exception {
    Page ok = page("""
        ```java
        System.out.println("一");
        System.out.println("two  ");
        ```

        prints

        ```text
        一
        two
        ```
        """);
    assertEquals(8, ok.javaBlocks().get(0).output().orElseThrow().line());
    run(ok.javaBlocks().get(0));
    Page wrong = page(Files.readString(dir.resolve("guide.md")).replace("two\n```", "three\n```"));
    String m = failure(wrong.javaBlocks().get(0));
    assertTrue(m.startsWith("docs/guide.md, java block 1 (line 2) prints other than the text block at line 8 shows:"), m);
  }

  @Test
  void aTextBlockAfterAHeadingIsNotAnOutput() throws Exception {
    Page p = page("""
        ```java
        System.out.println("x");
        ```

        ## Next

        ```text
        y
        ```
        """);
    assertTrue(p.javaBlocks().get(0).output().isEmpty());
    run(p.javaBlocks().get(0));
  }

  @Test
  void aRuntimeFailureNamesThePageLine() throws Exception {
    Page p = page("""
        ```java
        int a = 1;

        assertEquals(2, a, "one is not two");
        ```
        """);
    String m = failure(p.javaBlocks().get(0));
    assertTrue(m.startsWith("docs/guide.md, java block 1 (line 2), line 4: org.opentest4j.AssertionFailedError: one is not two"), m);
  }

  @Test
  void aWholeClassRunsItsMainOrItsTests() throws Exception {
    Page p = page("""
        ```java
        public class Hello {
          public static void main(String[] args) {
            System.out.println("hello");
          }
        }
        ```

        ```text
        hello
        ```

        ```java
        import static org.junit.jupiter.api.Assertions.assertEquals;

        import org.junit.jupiter.api.Test;

        class SomeTest {
          @Test
          void passes() {
            assertEquals(2, 1 + 1);
          }

          @Test
          void fails() {
            assertEquals(3, 1 + 1);
          }
        }
        ```

        ```java
        class Nothing {
        }
        ```
        """);
    List<JavaBlock> blocks = p.javaBlocks();
    run(blocks.get(0));
    String m = failure(blocks.get(1));
    assertTrue(m.startsWith("docs/guide.md, java block 2 (line 14): 1 of 2 tests of SomeTest failed"), m);
    assertTrue(m.contains("fails(), line 26: org.opentest4j.AssertionFailedError: expected: <3> but was: <2>"), m);
    assertTrue(failure(blocks.get(2)).contains("neither a static main(String[]) nor JUnit test methods"));
  }

  @Test
  void anUnclosedBlockIsAnError() throws Exception {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> page("""
        Text.

        ```java
        int a = 1;
        """));
    assertEquals("docs/guide.md line 3: the code block never closes", e.getMessage());
  }
}
