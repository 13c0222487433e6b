package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  @TempDir Path dir;
  private HttpServer server;
  private String base;

  private static final Map<String, String> PAGES = Map.of(
      "/", "<html><body><a href=\"/news/\">工作动态</a> <a href=\"/gone.html\">坏</a> <a href=\"/a.html\">会议</a> 2026-11-19</body></html>",
      "/news/", "<html><body><ul><li><a href=\"/a.html\">会议</a> 2026-11-19</li></ul></body></html>",
      "/a.html", "<html><body>本攻府召开会议。</body></html>",
      "/ok/", "<html><body><ul><li><a href=\"/ok/a.html\">会议</a> 2026-11-19</li></ul></body></html>",
      "/ok/a.html", "<html><body>县政府召开会议。2026-11-19</body></html>",
      "/js/", "<html><body><div id=\"d\"></div><script>document.getElementById('d').textContent = '更新于 2026-11-19';</script></body></html>");

  private record Result(int code, String out, String err) {}

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String page = PAGES.get(ex.getRequestURI().getPath());
      if (page == null) {
        ex.sendResponseHeaders(404, -1);
      } else {
        byte[] b = page.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, ex.getRequestMethod().equals("HEAD") ? -1 : b.length);
        if (!ex.getRequestMethod().equals("HEAD")) {
          try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
          }
        }
      }
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
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

  private Path profile(String list) throws Exception {
    Path p = dir.resolve("profile.json");
    Files.writeString(p, "{\"site\": {\"name\": \"示例县\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"c1\", \"name\": \"工作动态\","
        + " \"kind\": \"news\", \"listUrl\": \"" + list + "\"}]}");
    return p;
  }

  @Test
  void aFaultySiteFailsWithTheJsonFieldsOfTheIssue() throws Exception {
    Path html = dir.resolve("r.html");
    Path junit = dir.resolve("r.xml");
    Result r = run("audit", base + "/", "--profile", profile("/news/").toString(), "--at", "2026-11-20", "--max-pages", "10", "--json",
        "--html", html.toString(), "--junit", junit.toString());
    assertEquals(1, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("fail", j.get("verdict").asText());
    assertEquals("SERIOUS_ERRORS", j.get("vetoes").get(0).get("code").asText());
    assertTrue(j.get("vetoes").get(0).get("evidence").get(0).asText().contains("攻府"));
    assertTrue(j.get("deadLinks").get(0).get("url").asText().endsWith("/gone.html"));
    assertEquals(404, j.get("deadLinks").get(0).get("status").asInt());
    assertEquals(base + "/", j.get("deadLinks").get(0).get("foundOn").asText());
    assertEquals("wording-error", j.get("findings").get(0).get("category").asText());
    assertEquals("攻府", j.get("findings").get(0).get("text").asText());
    assertTrue(j.get("findings").get(0).get("url").asText().endsWith("/a.html"));
    assertEquals("c1", j.get("columns").get(0).get("id").asText());
    assertEquals("fresh", j.get("columns").get(0).get("status").asText());
    assertTrue(Files.readString(html).contains("攻府"));
    assertTrue(Files.readString(junit).contains("<failure"));
  }

  @Test
  void aCleanSitePasses() throws Exception {
    Result r = run("audit", base + "/ok/", "--profile", profile("/ok/").toString(), "--at", "2026-11-20");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith("pass"));
  }

  @Test
  void badInputAndUnreachableSitesExitTwo() throws Exception {
    Result r = run("audit", base + "/", "--profile", dir.resolve("none.json").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("none.json"), r.err());
    r = run("audit", "ftp://x/");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("url"), r.err());
    server.stop(0);
    r = run("audit", base + "/", "--at", "2026-11-20");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unreachable"), r.err());
    assertEquals(1, r.err().strip().lines().count());
  }

  @Test
  void renderReadsTheDomAJavaScriptPageBuilds() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Result served = run("audit", base + "/js/", "--at", "2026-11-20", "--json");
    assertEquals("stale", json.readTree(served.out()).path("homePage").path("status").asText(), served.out());
    Result rendered = run("audit", base + "/js/", "--at", "2026-11-20", "--json", "--render");
    JsonNode r = json.readTree(rendered.out());
    assertEquals("fresh", r.path("homePage").path("status").asText(), rendered.out() + rendered.err());
    assertEquals("2026-11-19T23:59:59", r.path("homePage").path("lastUpdated").asText());
  }

  @Test
  void aMissingChromiumIsBadInputOnOneLine() {
    Result r = run("audit", base + "/ok/", "--render", "--chromium", "/nonexistent/chromium");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("/nonexistent/chromium"), r.err());
    Result alone = run("audit", base + "/ok/", "--chromium", "/usr/bin/chromium");
    assertEquals(2, alone.code());
    assertTrue(alone.err().contains("--chromium"), alone.err());
  }
}
