package org.govsite.compliance.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.govsite.compliance.SiteProfile;
import org.govsite.compliance.SiteProfile.ProfileColumn;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor against a real local site, on a clock the test moves. */
class SiteMonitorTest {
  private static final Duration EVERY = Duration.ofMinutes(72);
  private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

  @TempDir Path dir;
  private HttpServer server;
  private URI home;
  private final AtomicInteger homeHits = new AtomicInteger();
  private volatile int homeStatus = 200;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      String body = switch (path) {
        case "/" -> "<html><body><a href=\"/news/\">工作动态</a></body></html>";
        case "/news/" -> "<html><body><ul><li><a href=\"/a.html\">会议</a> 2026-11-18</li><li><a href=\"/b.html\">通知</a> 2026-11-10</li>"
            + "<li><a href=\"/c.html\">伪造</a> 2027-01-01</li></ul></body></html>";
        default -> null;
      };
      if (path.equals("/")) {
        homeHits.incrementAndGet();
      }
      int status = body == null ? 404 : path.equals("/") ? homeStatus : 200;
      byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
      if (b.length > 0) {
        try (OutputStream o = ex.getResponseBody()) {
          o.write(b);
        }
      }
      ex.close();
    });
    server.start();
    home = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private SiteMonitor monitor(ManualClock clock, List<Duration> slept) {
    return SiteMonitor.builder(home).every(EVERY).store(ProbeStore.open(dir)).clock(clock).sleeper(d -> {
      slept.add(d);
      clock.advance(d);
    }).timeout(Duration.ofSeconds(5)).build();
  }

  @Test
  void roundsComeEveryIntervalAndEveryProbeIsStored() {
    ManualClock clock = new ManualClock(T0);
    List<Duration> slept = new ArrayList<>();
    int rounds = monitor(clock, slept).run(3, p -> { });
    assertEquals(3, rounds);
    assertEquals(3, homeHits.get());
    assertEquals(List.of(EVERY, EVERY), slept);
    List<MonitorProbe> stored = ProbeStore.open(dir).probes();
    assertEquals(List.of(T0, T0.plus(EVERY), T0.plus(EVERY.multipliedBy(2))), stored.stream().map(MonitorProbe::at).toList());
    assertTrue(stored.stream().allMatch(p -> p.ok() && p.status() == 200 && p.home()));
  }

  @Test
  void aRestartedMonitorResumesFromItsStore() {
    ManualClock clock = new ManualClock(T0);
    List<Duration> slept = new ArrayList<>();
    monitor(clock, slept).run(2, p -> { });
    // The process stops, and starts again 30 minutes after its last probe: the next round is 42 minutes away.
    clock.advance(Duration.ofMinutes(30));
    List<Duration> sleptAfter = new ArrayList<>();
    SiteMonitor restarted = monitor(clock, sleptAfter);
    assertEquals(T0.plus(EVERY.multipliedBy(2)), restarted.nextDue());
    restarted.run(1, p -> { });
    assertEquals(List.of(Duration.ofMinutes(42)), sleptAfter);
    assertEquals(3, ProbeStore.open(dir).probes().size());
    // A monitor that was down for longer than an interval probes at once.
    clock.advance(Duration.ofHours(5));
    assertEquals(clock.instant(), monitor(clock, new ArrayList<>()).nextDue());
  }

  @Test
  void aFailingOrVanishedHomePageIsAFailedProbe() {
    ManualClock clock = new ManualClock(T0);
    SiteMonitor m = monitor(clock, new ArrayList<>());
    homeStatus = 503;
    MonitorProbe p = m.probeOnce().get(0);
    assertFalse(p.ok());
    assertEquals(503, p.status());
    server.stop(0);
    clock.advance(EVERY);
    MonitorProbe gone = m.probeOnce().get(0);
    assertFalse(gone.ok());
    assertEquals(0, gone.status());
    assertFalse(gone.error().isEmpty());
    assertEquals(2, ProbeStore.open(dir).probes().size());
  }

  @Test
  void columnsAreReadForTheirNewestDateNotAFutureOne() {
    ManualClock clock = new ManualClock(T0);
    SiteProfile profile = new SiteProfile("示例县", WebsiteCode.parse("4300000077"),
        List.of(ProfileColumn.of("gzdt", "工作动态", ColumnKind.NEWS, "/news/"), ProfileColumn.of("gone", "空栏目", ColumnKind.NEWS, "/gone/")),
        Optional.empty());
    SiteMonitor m = SiteMonitor.builder(home).every(EVERY).store(ProbeStore.open(dir)).clock(clock).profile(profile).columns(true).build();
    List<MonitorProbe> probes = m.probeOnce();
    assertEquals(3, probes.size());
    MonitorProbe news = probes.get(1);
    assertEquals(Optional.of("gzdt"), news.columnId());
    assertEquals(3, news.items());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 18)), news.newest(), "2027-01-01 is after the day of the probe");
    assertFalse(probes.get(2).ok());
    MonitorReport r = MonitorReport.of(ProbeStore.open(dir).probes(), MonitorRules.census());
    assertEquals(2, r.columns().size());
    assertEquals(Optional.of(2L), r.columns().get(0).points().get(0).ageDays());
  }

  @Test
  void settingsAreCheckedByName() {
    assertEquals("every", assertThrows(InvalidInputException.class, () -> SiteMonitor.builder(home).every(Duration.ofMillis(10))).field());
    assertEquals("store", assertThrows(InvalidInputException.class, () -> SiteMonitor.builder(home).build()).field());
    assertEquals("url", assertThrows(InvalidInputException.class, () -> SiteMonitor.builder(URI.create("ftp://x/"))).field());
  }
}
