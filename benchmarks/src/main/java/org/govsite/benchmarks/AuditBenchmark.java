package org.govsite.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govsite.compliance.AuditOptions;
import org.govsite.compliance.AuditReport;
import org.govsite.compliance.Auditor;
import org.govsite.compliance.SiteProfile;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full audit (crawl, parse, screen, dates, link check, and the census checks of issue 19:
 * identifiers, accessibility and labelled dates on every page, 找错 entry and search on the start
 * page, HTTPS, IPv6, forged dates) of a 5,000-page site served on
 * 127.0.0.1 by the benchmark itself, beside a baseline that only GETs the same 5,000 pages
 * with the same concurrency. One operation is one whole site; pages per second = 5000 / time.
 * The heap in use after the audit (after a GC) is printed at the end of each iteration.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AuditBenchmark -f 1 -wi 2 -i 7 -rf json -rff audit.json} and take
 * the medians of the raw data (single-shot scores are means); the goal is audit ≤ 2 × fetchOnly (issue 19).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class AuditBenchmark {
  /** Pages of the fixture site. */
  static final int PAGES = 5000;
  private static final int FANOUT = 10;

  /** Requests in flight at once (the crawler's fixed concurrency). */
  @Param({"4"})
  public int concurrency;

  private HttpServer server;
  private ExecutorService serverThreads;
  private URI start;
  private @Nullable AuditReport last;

  @Setup(Level.Trial)
  public void start() throws Exception {
    byte[][] pages = new byte[PAGES][];
    for (int i = 0; i < PAGES; i++) {
      StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>示例县人民政府 第")
          .append(i).append("页</title></head><body><h1>工作动态</h1><ul class=\"list\">");
      for (int k = 1; k <= FANOUT; k++) {
        int child = i * FANOUT + k;
        int target = child < PAGES ? child : (i + k) % PAGES;
        b.append("<li><a href=\"/p/").append(target).append(".html\">县政府召开第").append(target).append("次常务会议</a><span>2026-11-")
            .append(10 + k).append("</span></li>");
      }
      b.append("</ul><div class=\"content\">");
      for (int k = 0; k < 8; k++) {
        b.append("<p>为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，县政府召开常务会议研究部署安全生产、民生保障和乡村振兴等重点工作。</p>");
      }
      pages[i] = b.append("</div></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
    // Without TCP_NODELAY the JDK server waits for delayed ACKs (~40 ms a response) and both sides measure that wait.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    serverThreads = Executors.newFixedThreadPool(4);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(serverThreads);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      int n = path.equals("/") ? 0 : path.startsWith("/p/") && path.endsWith(".html") ? parse(path.substring(3, path.length() - 5)) : -1;
      if (n < 0 || n >= PAGES) {
        ex.sendResponseHeaders(404, -1);
      } else {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(200, head ? -1 : pages[n].length);
        if (!head) {
          try (OutputStream o = ex.getResponseBody()) {
            o.write(pages[n]);
          }
        }
      }
      ex.close();
    });
    server.start();
    start = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  @TearDown(Level.Iteration)
  public void memory() {
    if (last != null) {
      System.gc();
      MemoryMXBean m = ManagementFactory.getMemoryMXBean();
      System.out.printf("%n[audit] pages %d, heap in use after the audit with its report held: %d MB%n", last.pages().size(),
          m.getHeapMemoryUsage().getUsed() >> 20);
      last = null;
    }
  }

  /** The whole audit of the 5,000-page site. */
  @Benchmark
  public AuditReport audit() {
    AuditOptions o = AuditOptions.builder().maxPages(PAGES).maxDepth(10).concurrency(concurrency).delay(Duration.ZERO)
        .timeout(Duration.ofSeconds(15)).build();
    last = Auditor.create(o).audit(start, SiteProfile.minimal("示例县人民政府"), LocalDate.of(2026, 11, 20));
    if (last.pages().size() != PAGES) {
      throw new IllegalStateException("crawled " + last.pages().size());
    }
    return last;
  }

  /** Baseline: GET the same 5,000 pages with the same concurrency, no parsing, no screening. */
  @Benchmark
  public long fetchOnly() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<Integer>> fs = new ArrayList<>(PAGES);
      for (int i = 0; i < PAGES; i++) {
        URI u = start.resolve(i == 0 ? "/" : "/p/" + i + ".html");
        fs.add(pool.submit(() -> client.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofByteArray()).body().length));
      }
      long bytes = 0;
      for (Future<Integer> f : fs) {
        bytes += f.get();
      }
      return bytes;
    } finally {
      pool.shutdownNow();
    }
  }
}
