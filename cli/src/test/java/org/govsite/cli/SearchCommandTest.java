package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
  @TempDir Path dir;
  private StringWriter out;
  private StringWriter err;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void files() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("card.txt"), "社保卡申领指南\n办理社会保障卡需要携带居民身份证。\n");
    Files.writeString(docs.resolve("hukou.html"), "<html><head><title>户籍登记须知</title></head><body><p>新生儿户籍登记 &lt;b&gt;</p></body></html>");
    Files.writeString(docs.resolve("policy.json"), """
        [{"id": "p1", "kind": "disclosure", "title": "关于加强政府网站信息内容建设的意见",
          "documentNumber": "国办发〔2014〕57号", "date": "2014-12-01", "body": "政府网站是重要桥梁"}]""");
  }

  @Test
  void indexThenQuery() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, run("search", "index", dir.resolve("docs").toString(), "--index", index.toString()));
    assertTrue(out.toString().contains("indexed 3 documents"), out.toString());

    assertEquals(0, run("search", "query", "shebao", "--index", index.toString()));
    assertTrue(out.toString().contains("card.txt"), out.toString());

    assertEquals(0, run("search", "query", "国办发2014 57", "--index", index.toString(), "--json"));
    JsonNode r = new ObjectMapper().readTree(out.toString());
    assertEquals(1, r.get("total").asInt());
    JsonNode hit = r.get("hits").get(0);
    assertEquals("p1", hit.get("id").asText());
    assertTrue(hit.has("title") && hit.has("score") && hit.has("highlight"));
    assertTrue(r.get("facets").has("kind"));
    assertFalse(r.has("suggestion"));

    assertEquals(0, run("search", "query", "户击登记", "--index", index.toString(), "--json", "--kind", "article"));
    JsonNode fixed = new ObjectMapper().readTree(out.toString());
    assertEquals("户籍登记", fixed.get("suggestion").asText());
    assertEquals("hukou.html", fixed.get("hits").get(0).get("id").asText());
  }

  @Test
  void badInputExitsWithTwo() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(2, run("search", "query", "x", "--index", dir.resolve("missing").toString()));
    assertEquals(0, run("search", "index", dir.resolve("docs").toString(), "--index", index.toString()));
    assertEquals(2, run("search", "query", "x", "--index", index.toString(), "--sort", "popularity"));
    assertEquals(2, run("search", "query", "x", "--index", index.toString(), "--limit", "0"));
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "[{\"id\": \"x\"}]");
    assertEquals(2, run("search", "index", bad.toString(), "--index", index.toString()));
    assertTrue(err.toString().contains("[0].title"), err.toString());
    assertFalse(err.toString().contains("\tat "));
    Path single = dir.resolve("single.json");
    Files.writeString(single, "{\"id\": \"x\", \"title\": \"t\", \"date\": \"yesterday\"}");
    assertEquals(2, run("search", "index", single.toString(), "--index", index.toString()));
    assertTrue(err.toString().contains("field date:"), "a single object's field has no leading dot: " + err);
    Files.writeString(single, "{\"id\": \"x\", \"title\": \"t\", \"extra\": {\"x\": {\"y\": 1}}}");
    assertEquals(2, run("search", "index", single.toString(), "--index", index.toString()));
    assertTrue(err.toString().contains("extra.x"), "a nested extra value is refused, not stored as ''" + err);
  }

  @Test
  void aFolderWithNoIndexExitsTwoNamingIt() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(2, run("search", "query", "社保", "--index", empty.toString()));
    assertTrue(err.toString().contains(empty.toString()) && err.toString().contains("holds no index"), err.toString());
    assertFalse(out.toString().contains("results"), out.toString());
    assertEquals(0, Files.list(empty).count(), "a query creates nothing in the folder");

    Path missing = dir.resolve("missing");
    assertEquals(2, run("search", "query", "社保", "--index", missing.toString()));
    assertTrue(err.toString().contains(missing.toString()), err.toString());
    assertFalse(Files.exists(missing));
  }

  @Test
  void aDamagedIndexExitsTwoNamingTheFolder() throws Exception {
    for (String how : new String[] {"truncate", "garble", "delete"}) {
      Path index = dir.resolve("index-" + how);
      assertEquals(0, run("search", "index", dir.resolve("docs").toString(), "--index", index.toString()));
      Path victim = largestSegmentFile(index);
      byte[] bytes = Files.readAllBytes(victim);
      switch (how) {
        case "truncate" -> Files.write(victim, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        case "garble" -> {
          bytes[bytes.length / 2] ^= 0x5A;
          Files.write(victim, bytes);
        }
        default -> Files.delete(victim);
      }
      assertEquals(2, run("search", "query", "社保", "--index", index.toString()), how + ": " + err);
      assertTrue(err.toString().contains(index.toString()) && err.toString().contains("damaged"), how + ": " + err);
      assertFalse(err.toString().contains("internal error") || err.toString().contains("\tat "), how + ": " + err);
    }
  }

  @Test
  void aQueryRunsWhileAnotherProcessHoldsTheWriteLock() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, run("search", "index", dir.resolve("docs").toString(), "--index", index.toString()));
    try (org.govsite.search.SiteSearch writer = org.govsite.search.SiteSearch.builder().folder(index).build()) {
      assertEquals(0, run("search", "query", "shebao", "--index", index.toString()), err.toString());
      assertTrue(out.toString().contains("card.txt"), out.toString());
    }
  }

  private static Path largestSegmentFile(Path index) throws Exception {
    try (var files = Files.list(index)) {
      return files.filter(p -> !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().equals("write.lock"))
          .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
  }

  @Test
  void aFileOverTheIndexingLimitIsSkippedWithANamedWarning() throws Exception {
    Path docs = dir.resolve("docs");
    Files.writeString(docs.resolve("huge.txt"), "大文件\n" + "内容".repeat(1000));
    Path index = dir.resolve("index");
    assertEquals(0, run("search", "index", docs.toString(), "--index", index.toString(), "--max-document-bytes", "2000"));
    assertTrue(out.toString().contains("indexed 3 documents"), out.toString());
    Path huge = docs.resolve("huge.txt");
    assertEquals("跳过 " + huge + "：超过索引上限 2000 字节 / skipped " + huge
        + ": larger than the indexing limit of 2000 bytes (--max-document-bytes)", err.toString().strip());
    assertEquals(2, run("search", "index", docs.toString(), "--index", index.toString(), "--max-document-bytes", "-1"));
    assertTrue(err.toString().contains("--max-document-bytes"), err.toString());
  }

  @Test
  void evalMeasuresLabelledQueriesInOneRun() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, run("search", "index", dir.resolve("docs").toString(), "--index", index.toString()));
    Path queries = dir.resolve("q.jsonl");
    Files.writeString(queries, """
        {"qid": "a", "query": "请问社保卡怎么办理？", "gold": ["card.txt"]}

        {"qid": "b", "query": "新生儿户籍登记需要什么？", "gold": ["hukou.html"]}
        {"qid": "c", "query": "政府网站信息内容建设有哪些意见？", "gold": ["p1", "card.txt"]}
        """);
    assertEquals(0, run("search", "eval", "--index", index.toString(), "--queries", queries.toString()));
    assertTrue(out.toString().contains("recall@1     1.000"), out.toString());
    assertTrue(out.toString().contains("no result    0.0%"), out.toString());

    assertEquals(0, run("search", "eval", "--index", index.toString(), "--queries", queries.toString(), "--k", "2", "--json"));
    JsonNode r = new ObjectMapper().readTree(out.toString());
    assertEquals(2, r.get("k").asInt());
    assertEquals(1.0, r.get("recallAt1").asDouble());
    assertEquals(1.0, r.get("mrrAtK").asDouble());
    assertEquals(0.0, r.get("noResultRate").asDouble());
    assertEquals(3, r.get("queries").size());
    assertEquals("a", r.get("queries").get(0).get("qid").asText());
    assertEquals("card.txt", r.get("queries").get(0).get("hits").get(0).asText());
    assertTrue(r.get("queries").get(2).get("hits").size() <= 2);
    // c has two gold documents and finds one of them first: recall@2 is 1/2 or 1 for it.
    assertTrue(r.get("recallAtK").asDouble() >= 5.0 / 6 - 1e-9, out.toString());
  }

  @Test
  void evalRefusesBadInputNamingTheLineAndField() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, run("search", "index", dir.resolve("docs").toString(), "--index", index.toString()));
    Path queries = dir.resolve("q.jsonl");
    Files.writeString(queries, "{\"qid\": \"a\", \"query\": \"社保卡\", \"gold\": [\"card.txt\"]}\n{\"qid\": \"b\", \"query\": \"户籍\"}\n");
    assertEquals(2, run("search", "eval", "--index", index.toString(), "--queries", queries.toString()));
    String e = err.toString();
    assertTrue(e.contains("2") && e.contains("gold") && e.contains(" / "), e);
    assertEquals(1, e.strip().lines().count(), "one line: " + e);

    Files.writeString(queries, "{\"qid\": \"a\", \"query\": 7, \"gold\": [\"x\"]}\n");
    assertEquals(2, run("search", "eval", "--index", index.toString(), "--queries", queries.toString()));
    assertTrue(err.toString().contains("query"), err.toString());

    Files.writeString(queries, "not json\n");
    assertEquals(2, run("search", "eval", "--index", index.toString(), "--queries", queries.toString()));
    assertEquals(2, run("search", "eval", "--index", index.toString(), "--queries", dir.resolve("missing.jsonl").toString()));
    assertEquals(2, run("search", "eval", "--index", dir.resolve("none").toString(), "--queries", queries.toString()));
    assertEquals(2, run("search", "eval", "--index", index.toString(), "--queries", queries.toString(), "--k", "0"));
  }
}
