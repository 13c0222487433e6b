package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/govsite.jar}, run as a user runs it ({@code ./govsite}): the unit tests
 * run on Maven's test class path, which holds test-scoped modules the shaded jar leaves out, so only
 * running the jar shows that every class a command needs is inside it.
 */
class GovsiteJarIT {
  private static final Path JAR = Path.of("target", "govsite.jar");
  @TempDir Path data;

  private record Run(int exit, String out) {}

  private static Run run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar finished");
    return new Run(p.exitValue(), out);
  }

  @Test
  void theShadedJarAddsAndListsStaffWhichLoadsThePortalAndTheReviewWorkflow() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "packaged before the integration tests: " + JAR.toAbsolutePath());
    Run add = run("correct horse battery staple\n", "staff", "add", "wangwu", "--role", "reviewer", "--data", data.toString());
    assertEquals(0, add.exit(), add.out());
    Run list = run("", "staff", "list", "--data", data.toString());
    assertEquals(0, list.exit(), list.out());
    assertTrue(list.out().contains("wangwu\treviewer"), list.out());
  }

  @Test
  void theShadedJarAnswersEveryCommandsHelp() throws Exception {
    for (String command : List.of("workdays", "screen", "freshness", "docnum", "mailbox", "disclosure", "search", "audit",
        "portal", "backup", "restore", "staff")) {
      Run help = run("", command, "--help");
      assertEquals(0, help.exit(), command + ": " + help.out());
      assertTrue(!help.out().contains("Exception") && !help.out().contains("NoClassDefFound"), command + ": " + help.out());
    }
  }
}
