package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govsite.core.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the output of every documented {@code --json} (docs/cli.md and the guides it links to)
 * character for character: field names, nesting, order, dates and nulls.
 */
class CliJsonGoldenTest {
  @TempDir Path dir;

  private String json(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(expectedExit, code, String.join(" ", args) + ":\n" + out + err);
    return out.toString();
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void workdays() {
    Golden.assertMatches("workdays-add.json", json(0, "workdays", "add", "2025-09-30", "5", "--json"));
    Golden.assertMatches("workdays-add-provisional.json", json(0, "workdays", "add", "2026-12-25", "6", "--json"));
    Golden.assertMatches("workdays-between.json", json(0, "workdays", "between", "2025-09-30", "2025-10-14", "--json"));
    Golden.assertMatches("workdays-check-holiday.json", json(0, "workdays", "check", "2025-10-01", "--json"));
    Golden.assertMatches("workdays-check-makeup.json", json(0, "workdays", "check", "2025-10-11", "--json"));
    Golden.assertMatches("workdays-check-provisional.json", json(0, "workdays", "check", "2027-01-04", "--json"));
  }

  @Test
  void docnum() {
    Golden.assertMatches("docnum-valid.json", json(0, "docnum", "check", "国办发〔2014〕57号", "--json"));
    Golden.assertMatches("docnum-faulty.json", json(1, "docnum", "check", "国办发[2014]第057号", "--json"));
    Golden.assertMatches("docnum-unparseable.json", json(2, "docnum", "check", "不是文号", "--json"));
    Golden.assertMatches("docnum-decree.json", json(0, "docnum", "check", "国令第707号", "--json"));
    Golden.assertMatches("docnum-prefix.json", json(1, "docnum", "check", "(陕)网械平台备字[2018]第00004号", "--json"));
  }

  @Test
  void screen() throws Exception {
    Path text = write("t.txt", "本攻府通知：请联系13912345678，秘密★1年。");
    Golden.assertMatches("screen.json", json(1, "screen", text.toString(), "--json"));
    Path page = write("p.html", "<html><head><title>攻府公告</title></head><body><p>电话 13912345678</p><img alt=\"a&amp;b\"></body></html>");
    Golden.assertMatches("screen-html.json", json(1, "screen", page.toString(), "--html", "--json"));
    Golden.assertMatches("screen-pass.json", json(0, "screen", write("ok.txt", "县政府召开常务会议。").toString(), "--json"));
  }

  @Test
  void freshness() {
    Golden.assertMatches("freshness.json", json(0, "freshness", "../docs/examples/freshness-site.json", "--at", "2026-11-20", "--json"));
  }

  @Test
  void disclosureReport() throws Exception {
    Path f = write("requests.json", DisclosureCommandTest.SAMPLE);
    Golden.assertMatches("disclosure-report.json", json(0, "disclosure", "report", f.toString(), "--year", "2025", "--json"));
  }

  @Test
  void mailboxReport() throws Exception {
    Path f = write("letters.json", MailboxCommandTest.LETTERS);
    Golden.assertMatches("mailbox-report.json", json(0, "mailbox", "report", f.toString(), "--at", "2025-11-15", "--json"));
  }

  @Test
  void searchQuery() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("card.txt"), "社保卡申领指南\n办理社会保障卡需要携带居民身份证。\n");
    Files.writeString(docs.resolve("policy.json"), """
        [{"id": "p1", "kind": "disclosure", "title": "关于加强政府网站信息内容建设的意见", "url": "https://www.gov.cn/p1.html",
          "documentNumber": "国办发〔2014〕57号", "date": "2014-12-01", "body": "政府网站是重要桥梁", "extra": {"organ": "国务院办公厅"}}]""");
    Path index = dir.resolve("index");
    json(0, "search", "index", docs.toString(), "--index", index.toString());
    Golden.assertMatches("search-query.json", json(0, "search", "query", "政府网站", "--index", index.toString(), "--json"));
    Golden.assertMatches("search-query-docnum.json", json(0, "search", "query", "国办发2014 57", "--index", index.toString(), "--json"));
  }

  @Test
  void monitorReport() throws Exception {
    Path store = dir.resolve("store");
    org.govsite.compliance.monitor.ProbeStore probes = org.govsite.compliance.monitor.ProbeStore.open(store);
    java.time.Instant t0 = java.time.Instant.parse("2026-11-19T16:00:00Z");
    for (int i = 0; i < 3; i++) {
      java.time.Instant at = t0.plus(java.time.Duration.ofMinutes(72L * i));
      probes.append(new org.govsite.compliance.monitor.MonitorProbe(at, "http://127.0.0.1:8080/", "home", "http://127.0.0.1:8080/",
          i == 1 ? 503 : 200, java.time.Duration.ofMillis(40), i != 1, "", 0, java.util.Optional.empty()));
      probes.append(new org.govsite.compliance.monitor.MonitorProbe(at.plusSeconds(1), "http://127.0.0.1:8080/", "column:gzdt",
          "http://127.0.0.1:8080/news/", 200, java.time.Duration.ofMillis(60), true, "", 12,
          java.util.Optional.of(java.time.LocalDate.of(2026, 11, 18))));
    }
    Golden.assertMatches("monitor-report.json", json(1, "monitor", "report", "--store", store.toString(), "--json"));
  }
}
