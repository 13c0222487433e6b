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

class DisclosureCommandTest {
  static final String SAMPLE = """
      [{"id": "R1", "applicant": "natural-person", "channel": "online", "received": "2025-09-30",
        "events": [{"type": "correction-requested", "at": "2025-10-10"},
                   {"type": "corrected", "at": "2025-10-15"},
                   {"type": "answered", "at": "2025-11-20", "outcome": "withheld:third-party-rights"}]},
       {"id": "R2", "applicant": "business", "channel": "post", "received": "2024-12-27",
        "events": [{"type": "answered", "at": "2025-01-10", "outcome": "disclosed"}]},
       {"id": "R3", "applicant": "research", "channel": "online", "received": "2025-12-22"},
       {"id": "R4", "applicant": "public-interest", "channel": "online", "received": "2025-11-03",
        "events": [{"type": "consultation-started", "at": "2025-11-10"}, {"type": "consultation-ended", "at": "2025-11-14"},
                   {"type": "extended", "at": "2025-11-28", "days": 10}]}]
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path sample() throws Exception {
    Path f = dir.resolve("requests.json");
    Files.writeString(f, SAMPLE, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void jsonHasTable3AndRequests() throws Exception {
    assertEquals(0, run("disclosure", "report", sample().toString(), "--year", "2025", "--json"));
    JsonNode j = new ObjectMapper().readTree(out.toString());
    JsonNode t = j.get("table3");
    assertEquals(3, t.at("/new/total").asInt());
    assertEquals(1, t.at("/new/natural-person").asInt());
    assertEquals(1, t.at("/carried-over/business").asInt());
    assertEquals(1, t.at("/withheld.third-party-rights/natural-person").asInt());
    assertEquals(1, t.at("/disclosed/business").asInt());
    assertEquals(2, t.at("/total/total").asInt());
    assertEquals(2, t.at("/carried-forward/total").asInt());
    assertTrue(t.has("not-processed.excessive"));
    assertTrue(t.has("other.fee-unpaid"));
    assertTrue(t.has("unavailable.still-unclear"));
    JsonNode r1 = j.get("requests").get(0);
    assertEquals("R1", r1.get("id").asText());
    assertEquals("2025-11-12", r1.get("deadline").asText());
    assertTrue(r1.get("late").asBoolean());
    JsonNode r4 = j.get("requests").get(3);
    // 2025-11-03 + 20 + 4 paused + 10 extension working days.
    assertEquals("2025-12-19", r4.get("deadline").asText());
    // Unanswered on 31 December, after its deadline: late, with the missing reply listed.
    assertTrue(r4.get("late").asBoolean());
    assertEquals("reply", r4.at("/lateNotices/0/kind").asText());
    assertFalse(j.get("requests").get(2).get("late").asBoolean());
  }

  @Test
  void writesHtmlAndCsvAndPrintsText() throws Exception {
    Path html = dir.resolve("report.html");
    Path csv = dir.resolve("report.csv");
    assertEquals(0, run("disclosure", "report", sample().toString(), "--year", "2025", "--html", html.toString(), "--csv", csv.toString()));
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("三、本年度办理结果"));
    assertTrue(Files.readString(csv).startsWith("row,项目,natural-person"));
    assertTrue(out.toString().contains("carried-forward"));
    assertTrue(out.toString().contains("late: 2 of 4 requests"));
  }

  @Test
  void badFileExitsTwoNamingTheField() throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "[{\"id\": \"R1\", \"applicant\": \"natural-person\",\n \"received\": \"2025-13-01\"}]");
    assertEquals(2, run("disclosure", "report", f.toString(), "--year", "2025"));
    assertTrue(err.toString().contains("[0].received"), err.toString());
    assertEquals(1, err.toString().strip().lines().count());
  }

  @Test
  void missingFileAndMissingYearExitTwo() {
    assertEquals(2, run("disclosure", "report", dir.resolve("none.json").toString(), "--year", "2025"));
    assertEquals(2, run("disclosure", "report", "x.json"));
  }

  @Test
  void tooLongAnExtensionExitsTwoNamingTheRequest() throws Exception {
    Path f = dir.resolve("ext.json");
    Files.writeString(f, "[{\"id\": \"R9\", \"applicant\": \"business\", \"received\": \"2025-03-03\","
        + " \"events\": [{\"type\": \"extended\", \"at\": \"2025-03-10\", \"days\": 30}]}]");
    assertEquals(2, run("disclosure", "report", f.toString(), "--year", "2025"));
    assertTrue(err.toString().contains("requests[R9].events[0].days"), err.toString());
  }

  @Test
  void aReceiptBeforeTheCalendarExitsTwoNamingTheRequestAndField() throws Exception {
    Path f = dir.resolve("old.json");
    Files.writeString(f, "[{\"id\": \"R8\", \"applicant\": \"business\", \"received\": \"1990-03-03\"}]");
    assertEquals(2, run("disclosure", "report", f.toString(), "--year", "2025"));
    assertTrue(err.toString().contains("requests[R8].received"), err.toString());
  }
}
