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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkdaysCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void addPrintsTheDeadline() {
    assertEquals(0, run("workdays", "add", "2025-09-30", "5"));
    assertEquals("2025-10-14", out.toString().strip());
  }

  @Test
  void betweenAndCheck() {
    assertEquals(0, run("workdays", "between", "2025-09-30", "2025-10-14"));
    assertEquals(0, run("workdays", "check", "2025-10-11"));
    assertEquals(0, run("workdays", "check", "2025-10-01"));
    assertEquals("5\nworking\noff", out.toString().strip().replace("\r", ""));
  }

  @Test
  void jsonHasTheDocumentedFields() throws Exception {
    assertEquals(0, run("workdays", "add", "2025-09-30", "5", "--json"));
    JsonNode add = new ObjectMapper().readTree(out.toString());
    assertEquals("2025-10-14", add.get("deadline").asText());
    assertFalse(add.get("provisional").asBoolean());
    assertTrue(add.get("crossed").size() > 0);
    assertEquals("official-day-off", add.get("crossed").get(0).get("kind").asText());
  }

  @Test
  void provisionalIn2027() throws Exception {
    assertEquals(0, run("workdays", "check", "2027-01-04", "--json"));
    JsonNode check = new ObjectMapper().readTree(out.toString());
    assertTrue(check.get("provisional").asBoolean());
    assertEquals("working", check.get("status").asText());
  }

  @Test
  void calendarFileAddsAYear(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("2027.json");
    Files.writeString(f, "{\"year\": 2027, \"papers\": [], \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}");
    assertEquals(0, run("workdays", "check", "2027-01-01", "--calendar", f.toString(), "--json"));
    JsonNode check = new ObjectMapper().readTree(out.toString());
    assertEquals("off", check.get("status").asText());
    assertEquals("元旦", check.get("holiday").asText());
    assertFalse(check.get("provisional").asBoolean());
  }

  @Test
  void badInputExitsWithTwoAndOneLine(@TempDir Path dir) throws Exception {
    assertEquals(2, run("workdays", "add", "2025-09-30", "-1"));
    assertEquals(2, run("workdays", "add", "2025-02-30", "1"));
    assertEquals(2, run("workdays", "add", "0001-01-01", "1"));
    assertEquals(2, run("workdays", "add", "2025-01-01"));
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"year\": 2027,\n \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": 1}]}");
    assertEquals(2, run("workdays", "check", "2027-01-01", "--calendar", bad.toString()));
    String[] lines = err.toString().strip().split("\\R");
    assertEquals(5, lines.length, err.toString());
    assertTrue(lines[4].contains("bad.json line 2 field days[0].isOffDay"), lines[4]);
    assertFalse(err.toString().contains("\tat "), "no stack trace");
  }

  @Test
  void helpListsSubcommands() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("workdays"));
  }
}
