package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  private int run(String... args) {
    return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void cleanTextPassesWithExitZero() throws Exception {
    assertEquals(0, run("screen", file("ok.txt", "今天天气很好。").toString()));
    assertTrue(out.toString().startsWith("verdict: pass"), out.toString());
  }

  @Test
  void jsonListsFindingsWithUtf16OffsetsAndExitsOne() throws Exception {
    Path f = file("t.txt", "𠀀本攻府，电话13812345678，秘密★1年");
    assertEquals(1, run("screen", "--json", f.toString()));
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertEquals("block", j.get("verdict").asText());
    JsonNode first = j.get("findings").get(0);
    assertEquals(3, first.get("start").asInt(), "the surrogate pair counts as two UTF-16 units");
    assertEquals(5, first.get("end").asInt());
    assertEquals("攻府", first.get("text").asText());
    assertEquals("wording-error", first.get("category").asText());
    assertEquals("block", first.get("severity").asText());
    assertEquals("政府", first.get("suggestion").asText());
    assertEquals("138****5678", j.get("findings").get(1).get("text").asText());
    assertEquals("秘密★1年", j.get("findings").get(2).get("text").asText());
    assertFalse(j.get("findings").get(1).has("suggestion"));
  }

  @Test
  void dictionariesAndAllowListsAreApplied() throws Exception {
    Path dict = file("mine.tsv", "赌博\tcustom\treview\n");
    Path allow = file("allow.txt", "禁止赌博\n");
    Path text = file("t.txt", "禁止赌博");
    assertEquals(0, run("screen", "--dict", dict.toString(), "--allow", allow.toString(), text.toString()));
    assertEquals(1, run("screen", "--dict", dict.toString(), file("u.txt", "赌 博").toString()));
  }

  @Test
  void maskPrintsTheMaskedText() throws Exception {
    assertEquals(1, run("screen", "--mask", file("m.txt", "电话13812341234\n").toString()));
    assertEquals("电话138****1234\n", out.toString().replace("\r", ""));
  }

  @Test
  void htmlScreensTextAndAttributes() throws Exception {
    Path page = file("p.html", "<html><body><p>你好</p><img alt='攻府'></body></html>");
    assertEquals(1, run("screen", "--html", "--json", page.toString()));
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertEquals("你好\n攻府", j.get("text").asText());
    assertEquals(3, j.get("findings").get(0).get("start").asInt());
  }

  @Test
  void badInputExitsTwoWithOneLine() throws Exception {
    assertEquals(2, run("screen", dir.resolve("missing.txt").toString()));
    assertTrue(err.toString().contains("missing.txt"), err.toString());
    Path bad = file("bad.tsv", "好\n坏\tcustom\tfatal\n");
    assertEquals(2, run("screen", "--dict", bad.toString(), file("t.txt", "x").toString()));
    assertTrue(err.toString().contains("bad.tsv line 2"), err.toString());
    assertEquals(2, run("screen"));
    err.getBuffer().setLength(0);
    assertEquals(2, run("screen", dir.toString()), "a directory is bad input, not an internal error");
    assertTrue(err.toString().contains("cannot be read"), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
  }

  @Test
  void anInputOverTheLimitIsRefusedNamingTheLimit() throws Exception {
    Path f = file("big.txt", "今天天气很好。".repeat(100));
    assertEquals(2, run("screen", "--max-input-bytes", "1000", f.toString()));
    assertTrue(err.toString().contains("超过上限 1000 字节") && err.toString().contains("limit of 1000 bytes (--max-input-bytes)"),
        err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("screen", "--max-input-bytes", "0", f.toString()));
    assertTrue(err.toString().contains("--max-input-bytes"), err.toString());
  }

  @Test
  void aLongInputIsStreamedWithOffsetsIntoTheWholeInput() throws Exception {
    String filler = "今天天气很好。".repeat(400_000);
    Path f = file("long.txt", filler + "人民攻府");
    assertEquals(1, run("screen", "--json", f.toString()));
    assertTrue(out.toString().contains("\"start\" : " + (filler.length() + 2)), out.toString());
  }

  @Test
  void everyMatchingSettingIsAnOption() throws Exception {
    Path dict = file("d.tsv", "法轮\tcustom\treview\n下三滥\tcustom\treview\nab\tcustom\treview\n");
    assertEquals(1, run("screen", "--dict", dict.toString(), file("a.txt", "下3滥").toString()), "numerals fold by default");
    assertEquals(0, run("screen", "--dict", dict.toString(), "--fold-numerals", "off", file("b.txt", "下3滥").toString()));
    Path gap = file("c.txt", "法*****轮");
    assertEquals(0, run("screen", "--dict", dict.toString(), gap.toString()));
    assertEquals(1, run("screen", "--dict", dict.toString(), "--noise-gap", "5", gap.toString()));
    assertEquals(0, run("screen", "--dict", dict.toString(), "--noise", "off", file("e.txt", "法*轮").toString()));
    Path py = file("f.txt", "falun");
    assertEquals(0, run("screen", "--dict", dict.toString(), py.toString()));
    assertEquals(1, run("screen", "--dict", dict.toString(), "--pinyin", "on", py.toString()));
    Path glued = file("g.txt", "xab1");
    assertEquals(0, run("screen", "--dict", dict.toString(), glued.toString()));
    assertEquals(1, run("screen", "--dict", dict.toString(), "--word-boundary", "off", glued.toString()));
    assertEquals(1, run("screen", "--dict", dict.toString(), "--letter-digit-boundary", "on", file("k.txt", "1ab2").toString()));
    assertEquals(0, run("screen", "--dict", dict.toString(), "--fold-width", "off", file("h.txt", "ａｂ").toString()));
    assertEquals(0, run("screen", "--dict", dict.toString(), "--fold-case", "off", file("i.txt", "AB").toString()));
    assertEquals(1, run("screen", "--dict", dict.toString(), "--fold-styled", "on", "--to-simplified", "on",
        "--collapse-repeats", "on", file("j.txt", "法法轮轮").toString()));
  }

  @Test
  void aDictionaryHeaderSetsDefaultsTheOptionsOverride() throws Exception {
    Path dict = file("d.tsv", "#! noise-gap=6 pinyin=on\n法轮\n");
    assertEquals(1, run("screen", "--dict", dict.toString(), file("a.txt", "fa lun").toString()));
    assertEquals(0, run("screen", "--dict", dict.toString(), "--pinyin", "off", file("b.txt", "fa lun").toString()));
    assertEquals(1, run("screen", "--dict", dict.toString(), file("c.txt", "法******轮").toString()));
  }

  @Test
  void anInvalidSettingExitsTwoNamingIt() throws Exception {
    Path t = file("t.txt", "x");
    assertEquals(2, run("screen", "--noise-gap", "40", t.toString()));
    assertTrue(err.toString().contains("--noise-gap"), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("screen", "--pinyin", "maybe", t.toString()));
    assertTrue(err.toString().contains("--pinyin") && err.toString().contains("on or off"), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    err.getBuffer().setLength(0);
    Path a = file("a.tsv", "#! noise-gap=2\n甲\n");
    Path b = file("b.tsv", "#! noise-gap=5\n乙\n");
    assertEquals(2, run("screen", "--dict", a.toString(), "--dict", b.toString(), t.toString()));
    assertTrue(err.toString().contains("noise-gap"), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
  }
}
