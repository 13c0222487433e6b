package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates outside 1949-10-01 to 2099-12-31 (InputDates) are bad input naming the option, on every command. */
class DateRangeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path tmp;

  private void refused(String option, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    int exit = GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    String e = err.toString().strip();
    assertEquals(2, exit, String.join(" ", args) + ": " + e);
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith("govsite: ") && e.contains(option) && e.contains("1949-10-01"), e);
  }

  @Test
  void optionsAndParameters() throws Exception {
    for (String day : new String[] {"-5000-01-01", "0000-01-01", "1949-09-30", "2100-01-01"}) {
      if (!day.startsWith("-")) { // picocli reads a leading '-' as an option, so a negative year is only an option's value
        refused("<yyyy-mm-dd>", "workdays", "check", day);
        refused("<a>", "workdays", "between", day, "2025-01-01");
      }
      Path letters = Files.writeString(tmp.resolve("letters.json"), "[]");
      refused("--at", "mailbox", "report", letters.toString(), "--at=" + day);
      refused("--from", "mailbox", "report", letters.toString(), "--from=" + day);
    }
  }

  @Test
  void files() throws Exception {
    Path letters = Files.writeString(tmp.resolve("old.json"), "[{\"id\":\"L1\",\"mailbox\":\"县长信箱\",\"type\":\"consultation\","
        + "\"subject\":\"咨询\",\"body\":\"请问\",\"received\":\"0000-01-01T09:00:00\"}]");
    out.getBuffer().setLength(0);
    int exit = GovSiteCommand.run(new String[] {"mailbox", "report", letters.toString()}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    String e = err.toString().strip();
    assertEquals(2, exit, e);
    assertTrue(e.contains("received") && e.contains("1949-10-01"), e);
  }
}
