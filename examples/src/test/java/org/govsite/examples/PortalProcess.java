package org.govsite.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The example portal in its own JVM ({@link CrashPortalMain} on the test class path, with the
 * current JDK's {@code bin/java}), for the crash test: started with a data directory and port 0,
 * its port read from the {@code listening} line; killed with SIGKILL or stopped with SIGTERM.
 */
final class PortalProcess implements AutoCloseable {
  /** Bounds the start: seeding, the index rebuild and Jersey on a busy 2-core machine. */
  private static final long START_SECONDS = 180;
  /** 128 + SIGKILL (9): the exit status of a JVM killed by {@link Process#destroyForcibly()} on Linux. */
  static final int KILLED = 137;

  private final Process process;
  private final int port;
  private final Deque<String> tail;

  private PortalProcess(Process process, int port, Deque<String> tail) {
    this.process = process;
    this.port = port;
    this.tail = tail;
  }

  /** Starts the portal on this data directory with these extra {@code GOVSITE_PORTAL_*} settings and waits until it listens. */
  static PortalProcess start(Path dataDir, Map<String, String> settings) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-Xmx384m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        CrashPortalMain.class.getName()));
    pb.redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("GOVSITE_PORTAL_"));
    env.put("GOVSITE_PORTAL_PORT", "0");
    env.put("GOVSITE_PORTAL_DATA_DIR", dataDir.toString());
    env.putAll(settings);
    long started = System.nanoTime();
    Process p = pb.start();
    Deque<String> tail = new ArrayDeque<>();
    CompletableFuture<Integer> listening = new CompletableFuture<>();
    Thread reader = new Thread(() -> drain(p, tail, listening), "portal-output-" + p.pid());
    reader.setDaemon(true);
    reader.start();
    try {
      int port = listening.get(START_SECONDS, TimeUnit.SECONDS);
      System.out.printf("crash test: portal JVM %d listens on 127.0.0.1:%d after %d ms%n", p.pid(), port,
          (System.nanoTime() - started) / 1_000_000);
      return new PortalProcess(p, port, tail);
    } catch (ExecutionException | TimeoutException e) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      throw new AssertionError("the portal did not start (" + e.getMessage() + "); its last output:\n" + text(tail), e);
    }
  }

  private static void drain(Process p, Deque<String> tail, CompletableFuture<Integer> listening) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > 40) {
            tail.removeFirst();
          }
        }
        if (line.startsWith(CrashPortalMain.LISTENING)) {
          listening.complete(Integer.parseInt(line.substring(CrashPortalMain.LISTENING.length()).strip()));
        }
      }
    } catch (IOException | RuntimeException e) {
      listening.completeExceptionally(e);
    }
    listening.completeExceptionally(new IllegalStateException("the portal's output ended"));
  }

  private static String text(Deque<String> tail) {
    synchronized (tail) {
      return String.join("\n", tail);
    }
  }

  int port() {
    return port;
  }

  /** Kills the JVM with SIGKILL and returns its exit status once it is gone. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return waitGone();
  }

  /** Stops the JVM with SIGTERM (the portal closes in its shutdown hook) and returns its exit status. */
  int stop() throws InterruptedException {
    process.destroy();
    return waitGone();
  }

  private int waitGone() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      throw new AssertionError("the portal's JVM " + process.pid() + " did not end; its last output:\n" + text(tail));
    }
    return process.exitValue();
  }

  /** Returns the portal's last lines of output, for failure messages. */
  String output() {
    return text(tail);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
