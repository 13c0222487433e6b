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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshnessCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** A site whose news column's last item is {@code last}; {@code staleNews} more news columns last published 2026-01-01. */
  private Path site(String name, String id, String last, int staleNews) throws Exception {
    StringBuilder cols = new StringBuilder();
    cols.append("{\"id\": \"c1\", \"name\": \"工作动态\", \"kind\": \"news\", \"level\": 1, \"parent\": null,"
        + " \"items\": [{\"title\": \"…\", \"published\": \"" + last + "\"}]}");
    for (int i = 0; i < staleNews; i++) {
      cols.append(", {\"id\": \"s").append(i).append("\", \"name\": \"部门动态").append(i)
          .append("\", \"kind\": \"news\", \"items\": [{\"title\": \"旧\", \"published\": \"2026-01-01T08:00\"}]}");
    }
    String json = "{\"site\": {\"name\": \"" + name + "\", \"id\": \"" + id + "\"},\n \"homepage\": {\"lastUpdated\": \"2026-11-20\"},\n"
        + " \"columns\": [" + cols + "]}";
    Path f = dir.resolve(id + ".json");
    Files.writeString(f, json);
    return f;
  }

  @Test
  void exactlyFourteenDaysPassesAndFifteenFails() throws Exception {
    Path f = site("某县人民政府", "4300000077", "2026-11-06", 0);
    Result ok = run("freshness", f.toString(), "--at", "2026-11-20");
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().startsWith("pass"), ok.out());
    Result late = run("freshness", f.toString(), "--at", "2026-11-21", "--json");
    assertEquals(0, late.code(), "one stale column is below the veto threshold");
    JsonNode j = new ObjectMapper().readTree(late.out());
    assertEquals("stale", j.get("columns").get(0).get("status").asText());
    assertEquals("c1", j.get("columns").get(0).get("id").asText());
    assertEquals("2026-11-06T23:59:59", j.get("columns").get(0).get("lastPublished").asText());
    Result second = run("freshness", f.toString(), "--at", "2026-11-20T23:59:59", "--json");
    assertEquals("due-soon", new ObjectMapper().readTree(second.out()).get("columns").get(0).get("status").asText());
  }

  @Test
  void fiveStaleColumnsFailWithVetoDetails() throws Exception {
    Result r = run("freshness", site("某县", "4300000077", "2026-11-19", 5).toString(), "--at", "2026-11-20", "--json");
    assertEquals(1, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("fail", j.get("verdict").asText());
    List<String> codes = new ArrayList<>();
    j.get("vetoes").forEach(v -> codes.add(v.get("code").asText()));
    assertEquals(List.of("HOME_NOT_UPDATED", "COLUMNS_NOT_UPDATED", "SHOULD_UPDATE_NOT_UPDATED", "BLANK_COLUMNS"), codes);
    JsonNode stale = j.get("vetoes").get(1);
    assertEquals(5, stale.get("count").asInt());
    assertEquals(5, stale.get("threshold").asInt());
    assertEquals("s0", stale.get("columns").get(0).asText());
    assertTrue(stale.get("failed").asBoolean());
  }

  @Test
  void strictLocalPolicyAndSeveralSitesSortedByRisk() throws Exception {
    Path a = site("甲县", "4300000001", "2026-11-19", 0);
    Path b = site("乙县", "4300000002", "2026-11-19", 2);
    Result r = run("freshness", a.toString(), b.toString(), "--at", "2026-11-20", "--policy", "strict-local", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("strict-local", j.get("policy").asText());
    assertEquals("4300000002", j.get("sites").get(0).get("id").asText());
    assertEquals(2, j.get("totals").get("sites").asInt());
  }

  @Test
  void policyFileAndHtmlReport() throws Exception {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"name\": \"某市\", \"extends\": \"national\", \"thresholds\": {\"COLUMNS_NOT_UPDATED\": 2}}");
    Path html = dir.resolve("report.html");
    Result r = run("freshness", site("<b>某县</b>", "4300000077", "2026-11-19", 2).toString(), "--at", "2026-11-20",
        "--policy", policy.toString(), "--html", html.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("FAIL COLUMNS_NOT_UPDATED"), r.out());
    String page = Files.readString(html);
    assertTrue(page.contains("&lt;b&gt;某县&lt;/b&gt;"));
    assertFalse(page.contains("<b>某县"));
  }

  /** RULES §1: no 2027 holiday notice in the bundled data, so working-day limits in 2027 are provisional. */
  @Test
  void workingDayLimitsInAYearWithoutOfficialDataAreFlaggedProvisional() throws Exception {
    Path f = site("某县", "4300000077", "2027-03-01", 0);
    Result local = run("freshness", f.toString(), "--at", "2027-03-02", "--policy", "strict-local", "--json");
    assertTrue(local.err().contains("provisional") && local.err().contains("2027"), local.err());
    new ObjectMapper().readTree(local.out());
    Result national = run("freshness", f.toString(), "--at", "2027-03-02");
    assertEquals("", national.err(), "the national preset has no working-day limit");
    Result covered = run("freshness", f.toString(), "--at", "2026-11-20", "--policy", "strict-local");
    assertEquals("", covered.err());
  }

  @Test
  void badInputNamesTheFileAndField() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"blog\"}]}");
    Result r = run("freshness", bad.toString(), "--at", "2026-11-20");
    assertEquals(2, r.code());
    assertTrue(r.err().contains(bad.toString()) && r.err().contains("columns[0].kind"), r.err());
    assertEquals(1, r.err().strip().lines().count());

    Result missing = run("freshness", dir.resolve("none.json").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("none.json"), missing.err());

    Result date = run("freshness", site("某县", "4300000077", "2026-11-19", 0).toString(), "--at", "2026-02-30");
    assertEquals(2, date.code());
    assertTrue(date.err().contains("--at"), date.err());

    Result policy = run("freshness", dir.resolve("4300000077.json").toString(), "--policy", dir.resolve("nope.json").toString());
    assertEquals(2, policy.code());
    assertTrue(policy.err().contains("nope.json"), policy.err());

    assertEquals(2, run("freshness").code());
  }
}
