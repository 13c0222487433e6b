package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govsite.compliance.monitor.MonitorProbe;
import org.govsite.compliance.monitor.ProbeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govsite monitor} in its own JVM, killed with SIGKILL while it probes: every stored line is
 * a whole probe, and a monitor started again on the same store resumes one interval after the last
 * stored probe.
 */
class MonitorCrashTest {
  @TempDir Path dir;

  @Test
  void aKilledMonitorLeavesAReadableStoreAndAnotherResumesFromIt() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.start();
    String home = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path store = dir.resolve("store");
    try {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
          GovSiteCommand.class.getName(), "monitor", home, "--every", "1s", "--store", store.toString()))
          .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stored(store) < 3 && System.nanoTime() < deadline && p.isAlive()) {
          Thread.sleep(100);
        }
        assertTrue(p.isAlive(), "the monitor runs until stopped: " + Files.readString(dir.resolve("child.log")));
      } finally {
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
      }
      List<MonitorProbe> before = ProbeStore.open(store).probes();
      assertTrue(before.size() >= 3, "probes before the kill: " + before.size());
      for (Path f : Files.list(store).toList()) {
        String text = Files.readString(f);
        assertTrue(text.isEmpty() || text.endsWith("\n"), "only whole lines after opening: " + f);
      }

      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = GovSiteCommand.run(new String[] {"monitor", home, "--every", "1s", "--store", store.toString(), "--rounds", "1"},
          new PrintWriter(out, true), new PrintWriter(err, true));
      assertEquals(0, code, err.toString());
      List<MonitorProbe> after = ProbeStore.open(store).probes();
      assertEquals(before.size() + 1, after.size());
      MonitorProbe last = after.get(after.size() - 1);
      assertFalse(last.at().isBefore(before.get(before.size() - 1).at().plus(Duration.ofSeconds(1))), "resumed one interval after the last probe");
      assertTrue(after.stream().allMatch(MonitorProbe::ok));
    } finally {
      server.stop(0);
    }
  }

  private static long stored(Path store) throws Exception {
    if (!Files.isDirectory(store)) {
      return 0;
    }
    long n = 0;
    for (Path f : Files.list(store).toList()) {
      n += Files.readAllLines(f).size();
    }
    return n;
  }
}
