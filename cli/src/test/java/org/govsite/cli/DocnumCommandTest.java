package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocnumCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void validPrintsOkAndExitsZero() {
    assertEquals(0, run("docnum", "check", "国办发〔2014〕57号"));
    assertEquals("ok", out.toString().strip());
  }

  @Test
  void faultyPrintsEachFaultAndTheCorrectedFormAndExitsOne() {
    assertEquals(1, run("docnum", "check", "国办发[2014]第057号"));
    String s = out.toString();
    assertTrue(s.contains("fault: square-brackets"));
    assertTrue(s.contains("fault: leading-zeros"));
    assertTrue(s.contains("fault: di-prefix"));
    assertTrue(s.strip().endsWith("corrected: 国办发〔2014〕57号"));
  }

  @Test
  void jsonHasValidFaultsAndCorrected() throws Exception {
    assertEquals(1, run("docnum", "check", "国办发(14)57号", "--json"));
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertEquals(false, j.get("valid").asBoolean());
    assertEquals("parentheses", j.get("faults").get(0).asText());
    assertEquals("two-digit-year", j.get("faults").get(1).asText());
    assertEquals("国办发〔2014〕57号", j.get("corrected").asText());
  }

  @Test
  void unparseableExitsTwoWithOneLine() throws Exception {
    assertEquals(2, run("docnum", "check", "第57号"));
    assertEquals(1, err.toString().strip().lines().count());
    assertTrue(err.toString().contains("第57号"));
    assertEquals(2, run("docnum", "check", "无字号", "--json"));
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertTrue(j.get("corrected").isNull());
    assertEquals(false, j.get("valid").asBoolean());
  }

  @Test
  void aDecreeNumberIsNamedAsSuchAndNotCheckedAsADocumentNumber() throws Exception {
    assertEquals(0, run("docnum", "check", "国令第707号"));
    List<String> lines = out.toString().strip().lines().toList();
    assertTrue(lines.get(0).startsWith("decree-number: 令号"), lines.get(0));
    assertTrue(lines.get(0).contains(" / a decree number"), lines.get(0));
    assertEquals("ok", lines.get(1));
    assertEquals("", err.toString());
  }

  @Test
  void aFaultyDecreeNumberGetsItsFaultsAndItsOwnStandardForm() throws Exception {
    assertEquals(1, run("docnum", "check", "公安部令０148号", "--json"));
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertEquals("decree-number", j.get("kind").asText());
    assertEquals(List.of("leading-zeros", "decree-missing-di", "full-width-digits"),
        List.of(j.get("faults").get(0).asText(), j.get("faults").get(1).asText(), j.get("faults").get(2).asText()));
    assertEquals("公安部令第148号", j.get("corrected").asText());
  }

  @Test
  void aBracketedRegionPrefixParsesAndIsCorrected() {
    assertEquals(1, run("docnum", "check", "（陕）网械平台备字[2018]第00004号"));
    assertTrue(out.toString().strip().endsWith("corrected: （陕）网械平台备字〔2018〕4号"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("docnum", "check", "（陕）网械平台备字〔2018〕4号"));
    assertEquals("ok", out.toString().strip());
  }
}
