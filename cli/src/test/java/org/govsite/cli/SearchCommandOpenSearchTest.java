package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.govsite.search.opensearch.OpenSearchConnection;
import org.govsite.search.opensearch.OpenSearchIndex;
import org.govsite.testing.OpenSearchExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsite search … --backend opensearch} against the run's real node. */
class SearchCommandOpenSearchTest {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  @TempDir Path dir;
  private StringWriter out;
  private StringWriter err;
  private String name;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void files() throws Exception {
    name = "cli-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36).toLowerCase(Locale.ROOT);
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("card.txt"), "社保卡申领指南\n办理社会保障卡需要携带居民身份证。\n");
    Files.writeString(docs.resolve("hukou.html"), "<html><head><title>户籍登记须知</title></head><body><p>新生儿户籍登记</p></body></html>");
    Files.writeString(docs.resolve("policy.json"), """
        [{"id": "p1", "kind": "disclosure", "title": "关于加强政府网站信息内容建设的意见",
          "documentNumber": "国办发〔2014〕57号", "date": "2014-12-01", "body": "政府网站是重要桥梁"}]""");
  }

  @AfterEach
  void dropIndex() {
    try (OpenSearchConnection node = OpenSearchConnection.builder(NODE.url()).connect()) {
      OpenSearchIndex.builder(node, name).build().delete();
    }
  }

  private String[] onNode(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(new String[] {"--backend", "opensearch", "--url", NODE.url().toString(), "--index-name", name}, 0, all, args.length, 6);
    return all;
  }

  @Test
  void indexThenQueryOnTheNode() throws Exception {
    assertEquals(0, run(onNode("search", "index", dir.resolve("docs").toString())), err.toString());
    assertTrue(out.toString().contains("indexed 3 documents into " + name + " on " + NODE.url()), out.toString());

    assertEquals(0, run(onNode("search", "query", "shebao")), err.toString());
    assertTrue(out.toString().contains("card.txt"), out.toString());

    assertEquals(0, run(onNode("search", "query", "国办发2014 57", "--json")), err.toString());
    JsonNode r = new ObjectMapper().readTree(out.toString());
    assertEquals(1, r.get("total").asInt());
    assertEquals("p1", r.get("hits").get(0).get("id").asText());
    assertTrue(r.get("facets").has("kind"));

    assertEquals(0, run(onNode("search", "query", "户击登记", "--json", "--kind", "article")), err.toString());
    JsonNode fixed = new ObjectMapper().readTree(out.toString());
    assertEquals("户籍登记", fixed.get("suggestion").asText());
    assertEquals("hukou.html", fixed.get("hits").get(0).get("id").asText());
  }

  @Test
  void aNodeThatDoesNotAnswerExitsTwoInOneLine() {
    assertEquals(2, run("search", "query", "社保", "--backend", "opensearch", "--url", "http://127.0.0.1:1"));
    String message = err.toString().strip();
    assertTrue(message.contains("OpenSearch 节点不可用") && message.contains("http://127.0.0.1:1"), message);
    assertEquals(1, message.lines().count(), message);
  }

  @Test
  void optionsThatDoNotFitTheBackendExitTwo() {
    assertEquals(2, run("search", "query", "社保", "--backend", "opensearch"));
    assertTrue(err.toString().contains("--url"), err.toString());
    assertEquals(2, run("search", "query", "社保", "--backend", "opensearch", "--url", NODE.url().toString(), "--index", dir.toString()));
    assertTrue(err.toString().contains("--index-name"), err.toString());
    assertEquals(2, run("search", "query", "社保", "--backend", "solr", "--index", dir.toString()));
    assertEquals(2, run("search", "query", "社保"));
    assertEquals(2, run(onNode("search", "query", "社保")));
    assertTrue(err.toString().contains(name), "no index yet: " + err);
  }
}
