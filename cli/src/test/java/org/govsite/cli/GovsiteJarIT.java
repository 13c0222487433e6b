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
import org.govsite.testing.OpenSearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/govsite.jar}, run as a user runs it ({@code ./govsite}): the unit tests
 * run on Maven's test class path, which holds test-scoped modules the shaded jar leaves out, so only
 * running the jar shows that every class a command needs is inside it.
 */
class GovsiteJarIT {
  private static final Path JAR = Path.of("target", "govsite.jar");
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();
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

  @Test
  void theShadedJarIndexesAndQueriesOnOpenSearchWithTheClientInside() throws Exception {
    Path docs = Files.createDirectories(data.resolve("docs"));
    Files.writeString(docs.resolve("card.txt"), "社保卡申领指南\n办理社会保障卡需要携带居民身份证。\n");
    String name = "jar-" + ProcessHandle.current().pid();
    String url = NODE.url().toString();
    Run index = run("", "search", "index", docs.toString(), "--backend", "opensearch", "--url", url, "--index-name", name);
    assertEquals(0, index.exit(), index.out());
    Run query = run("", "search", "query", "社保卡", "--json", "--backend", "opensearch", "--url", url, "--index-name", name);
    assertEquals(0, query.exit(), query.out());
    assertTrue(query.out().contains("\"card.txt\""), query.out());
    Run down = run("", "search", "query", "社保卡", "--backend", "opensearch", "--url", "http://127.0.0.1:1");
    assertEquals(2, down.exit(), down.out());
    assertTrue(down.out().contains("OpenSearch 节点不可用"), down.out());
    try (var node = org.govsite.search.opensearch.OpenSearchConnection.builder(NODE.url()).connect()) {
      org.govsite.search.opensearch.OpenSearchIndex.builder(node, name).build().delete();
    }
  }
}
