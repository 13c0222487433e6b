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
}
