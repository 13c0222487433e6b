package org.govsite.core.screening;

import org.govsite.core.DataFormatException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionary file formats: tab format with file defaults, JSON, allow-lists, and their errors. */
class DictionaryTest {

  @Test
  void tabFormatWithDefaultsAndComments() {
    Dictionary d = Dictionary.parseTsv("t.tsv", new StringReader("""
        # a comment

        赌博
        攻府\twording-error\tblock\t政府
        #! category=political severity=block
        某词
        另一词\tviolence
        """));
    assertEquals(List.of(
        new Term("赌博", Category.CUSTOM, Severity.REVIEW, Optional.empty()),
        new Term("攻府", Category.WORDING_ERROR, Severity.BLOCK, Optional.of("政府")),
        new Term("某词", Category.POLITICAL, Severity.BLOCK, Optional.empty()),
        new Term("另一词", Category.VIOLENCE, Severity.BLOCK, Optional.empty())), d.terms());
  }

  @Test
  void badLinesNameFileAndLine() {
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> Dictionary.parseTsv("bad.tsv", new StringReader("好词\n坏词\tcustom\tfatal\n")));
    assertEquals("bad.tsv", e.source());
    assertEquals(2, e.line().orElseThrow());
    assertTrue(e.getMessage().startsWith("bad.tsv line 2"), e.getMessage());
    DataFormatException cat = assertThrows(DataFormatException.class,
        () -> Dictionary.parseTsv("c.tsv", new StringReader("\n\n词\tNot A Category\n")));
    assertEquals(3, cat.line().orElseThrow());
    assertThrows(DataFormatException.class, () -> Dictionary.parseTsv("f.tsv", new StringReader("a\tb\tc\td\te\n")));
  }

  @Test
  void jsonFormatAndItsErrors() {
    Dictionary d = Dictionary.parseJson("d.json", new StringReader("""
        {"terms": [
          {"term": "攻府", "category": "wording-error", "severity": "block", "suggestion": "政府"},
          {"term": "赌博"}
        ], "allow": ["禁止赌博"]}
        """));
    assertEquals(2, d.terms().size());
    assertEquals(Severity.REVIEW, d.terms().get(1).severity());
    assertEquals(List.of("禁止赌博"), d.allowed());
    assertEquals(1, Dictionary.parseJson("a.json", new StringReader("[{\"term\": \"x\"}]")).terms().size());
    DataFormatException e = assertThrows(DataFormatException.class, () -> Dictionary.parseJson("e.json",
        new StringReader("{\"terms\": [\n{\"term\": \"a\"},\n{\"term\": \"b\", \"severity\": \"huge\"}\n]}")));
    assertEquals(3, e.line().orElseThrow());
    assertTrue(e.field().startsWith("terms[1]"), e.field());
    assertThrows(DataFormatException.class, () -> Dictionary.parseJson("m.json", new StringReader("{\"terms\": [")));
    DataFormatException notArray = assertThrows(DataFormatException.class,
        () -> Dictionary.parseJson("n.json", new StringReader("{\"terms\": \"攻府\"}")));
    assertEquals("terms", notArray.field());
    assertTrue(notArray.reason().contains("must be an array"), notArray.reason());
    DataFormatException unknown = assertThrows(DataFormatException.class,
        () -> Dictionary.parseJson("u.json", new StringReader("{\"words\": []}")));
    assertEquals("words", unknown.field());
    assertTrue(unknown.reason().contains("unknown field"), unknown.reason());
  }

  @Test
  void filesAndAllowLists(@TempDir Path dir) throws Exception {
    Path dict = dir.resolve("mine.tsv");
    Files.writeString(dict, "赌博\tcustom\treview\n");
    Path allow = dir.resolve("allow.txt");
    Files.writeString(allow, "# legitimate phrases\n禁止赌博\n\n");
    Dictionary d = Dictionary.load(dict).plus(Dictionary.loadAllowList(allow));
    assertEquals(List.of("禁止赌博"), d.allowed());
    ScreeningResult r = Screener.builder().dictionary(d).build().screen("禁止赌博");
    assertTrue(r.findings().isEmpty());
    DataFormatException missing = assertThrows(DataFormatException.class, () -> Dictionary.load(dir.resolve("none.tsv")));
    assertTrue(missing.getMessage().contains("none.tsv"));
  }

  @Test
  void defaultsShipSecrecyAndWordingErrorsButNoPoliticalTerms() {
    Dictionary d = Dictionary.defaults();
    assertTrue(d.terms().stream().anyMatch(t -> t.category().equals(Category.SECRECY)));
    assertTrue(d.terms().stream().filter(t -> t.category().equals(Category.WORDING_ERROR)).allMatch(t -> t.suggestion().isPresent()));
    assertTrue(d.terms().stream().noneMatch(t -> t.category().equals(Category.POLITICAL) || t.category().equals(Category.OBSCENE)));
    assertEquals(d, Dictionary.builder().addAll(d).build());
  }
}
