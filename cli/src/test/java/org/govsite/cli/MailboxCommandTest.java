package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxCommandTest {
  static final String LETTERS = """
      [{"id": "L1", "mailbox": "县长信箱", "type": "consultation", "department": "教育局",
        "received": "2025-09-30T10:00:00",
        "events": [{"type": "accepted", "at": "2025-09-30T11:00:00"},
                   {"type": "extension-notice", "at": "2025-10-10T09:00:00", "reason": "需调查"},
                   {"type": "replied", "at": "2025-10-20T16:00:00"}]},
       {"id": "L2", "mailbox": "县长信箱", "type": "complaint", "department": "住建局",
        "received": "2025-10-09T10:00:00",
        "events": [{"type": "accepted", "at": "2025-10-09T11:00:00"},
                   {"type": "assigned", "at": "2025-10-09T12:00:00"}]},
       {"id": "L3", "mailbox": "县长信箱", "type": "consultation", "received": "2025-08-01T10:00:00",
        "events": [{"type": "accepted", "at": "2025-08-01T11:00:00"}]},
       {"id": "L4", "mailbox": "县长信箱", "type": "other", "received": "2025-10-01T10:00:00",
        "events": [{"type": "rejected", "at": "2025-10-02T11:00:00", "reason": "广告"}]},
       {"id": "L5", "mailbox": "县长信箱", "type": "suggestion", "department": "教育局", "received": "2025-10-13T10:00:00",
        "events": [{"type": "accepted", "at": "2025-10-13T11:00:00"}, {"type": "replied", "at": "2025-10-22T11:00:00"},
                   {"type": "published", "at": "2025-10-23T11:00:00"}, {"type": "rated", "at": "2025-10-24T11:00:00", "rating": "不满意"},
                   {"type": "reopened", "at": "2025-10-25T11:00:00", "reason": "不满意"}, {"type": "replied", "at": "2025-10-27T11:00:00"},
                   {"type": "closed", "at": "2025-10-28T11:00:00"}]}]
      """;

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void jsonReportHasTheIssuesFields() throws Exception {
    Path f = write("letters.json", LETTERS);
    Run r = run("mailbox", "report", f.toString(), "--at", "2025-11-15", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals(5, o.get("received").asInt());
    assertEquals(1, o.get("rejected").asInt());
    assertEquals(4, o.get("valid").asInt());
    assertEquals(2, o.get("replied").asInt());
    assertEquals(2, o.get("unreplied").asInt());
    assertEquals(0.5, o.get("replyRate").asDouble(), 1e-12);
    assertEquals(1, o.get("onTime").asInt(), "L1 replied within the extended deadline 10-28");
    assertEquals(1, o.get("late").asInt(), "L5 was due 10-20, first replied 10-22");
    assertEquals(List.of("L3", "L2"), ids(o.get("overdue")));
    assertEquals(List.of("L3"), ids(o.get("censusRisk")));
    JsonNode depts = o.get("departments");
    assertEquals("教育局", depts.get(0).get("name").asText());
    assertEquals(2, depts.get(0).get("valid").asInt());
    assertEquals(1.0, depts.get(0).get("replyRate").asDouble());
    assertEquals(List.of("L2"), ids(depts.get(1).get("overdue")));
    assertEquals(2, o.get("byType").get("consultation").asInt());
  }

  @Test
  void periodAndPolicyOptions() throws Exception {
    Path f = write("letters.json", LETTERS);
    Path policy = write("policy.json", "{\"default\": {\"preset\": \"3/10\"}}");
    Run r = run("mailbox", "report", f.toString(), "--from", "2025-10-01", "--to", "2025-10-31", "--at", "2025-10-21",
        "--policy", policy.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals(3, o.get("received").asInt());
    assertEquals(List.of("L2", "L5"), ids(o.get("overdue")), "3/10: L2 was due 10-13, L5 10-16");
    assertEquals(List.of(), ids(o.get("censusRisk")));
  }

  @Test
  void textReport() throws Exception {
    Run r = run("mailbox", "report", write("letters.json", LETTERS).toString(), "--at", "2025-11-15");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("答复率 50.00%"), r.out());
    assertTrue(r.out().contains("普查风险（互动回应差）：L3"), r.out());
  }

  @Test
  void badInputExitsWith2NamingTheLetterAndField() throws Exception {
    Run r = run("mailbox", "report", write("a.json", "[{\"id\": \"L9\", \"mailbox\": \"x\", \"type\": \"consultation\","
        + " \"received\": \"2025-13-01T10:00:00\"}]").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("L9.received"), r.err());
    r = run("mailbox", "report", write("b.json", "[{\"id\": \"L8\", \"mailbox\": \"x\", \"type\": \"consultation\","
        + " \"received\": \"2025-10-01T10:00:00\", \"events\": [{\"type\": \"replied\", \"at\": \"2025-10-02T10:00:00\"}]}]").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("L8.events[0].type") && r.err().contains("received"), r.err());
    r = run("mailbox", "report", write("c.json", "[{\"id\": \"L7\", \"mailbox\": \"x\", \"type\": \"petition\","
        + " \"received\": \"2025-10-01T10:00:00\"}]").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("L7.type"), r.err());
    r = run("mailbox", "report", write("old.json", "[{\"id\": \"L6\", \"mailbox\": \"x\", \"type\": \"consultation\","
        + " \"received\": \"1990-10-01T10:00:00\"}]").toString(), "--at", "2025-12-01");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("letters[L6].received"), "a day before the calendar names the letter, not 'start': " + r.err());
    assertEquals(2, run("mailbox", "report", dir.resolve("missing.json").toString()).code());
    assertEquals(2, run("mailbox", "report", write("d.json", "{").toString()).code());
    assertEquals(2, run("mailbox", "report", write("e.json", "[]").toString(), "--from", "2025-13-01").code());
    assertEquals(2, run("mailbox", "report", write("f.json", LETTERS).toString(), "--policy", write("p.json", "{\"default\": 1}").toString()).code());
    assertEquals(2, run("mailbox", "report", write("g.json", "[]").toString(), "--from", "2025-10-02", "--to", "2025-10-01").code());
  }

  @Test
  void provisionalDeadlinesAreWarnedAbout() throws Exception {
    Path f = write("late.json", """
        [{"id": "P1", "mailbox": "县长信箱", "type": "consultation", "department": "教育局",
          "received": "2026-12-28T10:00:00", "events": [{"type": "accepted", "at": "2026-12-28T11:00:00"}]},
         {"id": "P2", "mailbox": "县长信箱", "type": "consultation", "department": "教育局",
          "received": "2025-09-30T10:00:00", "events": [{"type": "accepted", "at": "2025-09-30T11:00:00"}]}]
        """);
    Run r = run("mailbox", "report", f.toString(), "--at", "2026-12-29", "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("provisional") && r.err().contains("P1") && !r.err().contains("P2"), r.err());
  }
}
