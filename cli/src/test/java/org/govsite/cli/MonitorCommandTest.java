package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorCommandTest {
  @TempDir Path dir;
  private HttpServer server;
  private String base;

  private record Result(int code, String out, String err) {}

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String page = switch (ex.getRequestURI().getPath()) {
        case "/" -> "<html><body><a href=\"/news/\">工作动态</a></body></html>";
        case "/news/" -> "<html><body><ul><li><a href=\"/a.html\">会议</a> 2026-11-18</li></ul></body></html>";
        default -> null;
      };
      if (page == null) {
        ex.sendResponseHeaders(404, -1);
      } else {
        byte[] b = page.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream o = ex.getResponseBody()) {
          o.write(b);
        }
      }
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void theMonitorStoresItsProbesAndTheReportJudgesThem() throws Exception {
    Path store = dir.resolve("store");
    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, "{\"site\": {\"name\": \"示例县\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"gzdt\", \"name\": \"工作动态\","
        + " \"kind\": \"news\", \"listUrl\": \"/news/\"}]}");
    Result r = run("monitor", base, "--every", "1s", "--store", store.toString(), "--rounds", "2", "--profile", profile.toString(), "--columns");
    assertEquals(0, r.code(), r.err());
    assertEquals(4, r.out().lines().count(), r.out());
    assertTrue(r.out().contains(" home 200 "), r.out());
    assertTrue(r.err().contains("fewer than 20") == false, "1 s is often enough: " + r.err());

    Path html = dir.resolve("monitor.html");
    Result report = run("monitor", "report", "--store", store.toString(), "--json", "--html", html.toString());
    assertEquals(1, report.code(), "one day of probes is not a verdict yet");
    JsonNode j = new ObjectMapper().readTree(report.out());
    assertEquals("insufficient", j.path("verdict").asText());
    assertEquals(2, j.path("homeProbes").asInt());
    assertEquals("gzdt", j.path("columns").path(0).path("columnId").asText());
    assertEquals("2026-11-18", j.path("columns").path(0).path("points").path(0).path("newest").asText());
    assertTrue(Files.readString(html).contains("<svg"));

    Result lenient = run("monitor", "report", "--store", store.toString(), "--probes-per-day", "1", "--window-days", "1");
    assertEquals(0, lenient.code(), lenient.out());
    assertTrue(lenient.out().startsWith("pass"), lenient.out());
  }

  @Test
  void badInputIsExit2OnOneLine() {
    for (String[] args : new String[][] {
        {"monitor", base, "--every", "soon", "--store", dir.toString()},
        {"monitor", base, "--store", dir.toString()},
        {"monitor", base, "--every", "72m"},
        {"monitor", "--every", "72m", "--store", dir.toString()},
        {"monitor", base, "--every", "10ms", "--store", dir.toString()},
        {"monitor", base, "--every", "72m", "--store", dir.toString(), "--columns"},
        {"monitor", "report", "--store", dir.resolve("none").toString()},
        {"monitor", "report", "--store", dir.toString(), "--max-failure-ratio", "2"}}) {
      Result r = run(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }
}
