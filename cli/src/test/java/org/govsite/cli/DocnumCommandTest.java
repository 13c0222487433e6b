package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
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
}
