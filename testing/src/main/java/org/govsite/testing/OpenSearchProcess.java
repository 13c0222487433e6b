package org.govsite.testing;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The run's OpenSearch node: one already running (never stopped here) or one this class started in
 * a JVM of its own (stopped by {@link #close()}, when JUnit's root context closes).
 */
final class OpenSearchProcess implements ExtensionContext.Store.CloseableResource {
  private static final String MAIN_CLASS = "org.govsite.opensearch.node.OpenSearchNode";
  private static final String READY_PREFIX = "GOVSITE_OPENSEARCH_URL=";
  private static final int LOG_TAIL_LINES = 40;

  private final URI url;
  /** The node's JVM and its temporary home when this class started it; empty for a reused node. */
  private final Optional<Process> process;
  private final Optional<Path> home;

  private OpenSearchProcess(URI url, Optional<Process> process, Optional<Path> home) {
    this.url = url;
    this.process = process;
    this.home = home;
  }

  URI url() {
    return url;
  }

  /** Reuses the node the environment names, or starts one from the node's class path. */
  static OpenSearchProcess obtain(Function<String, @Nullable String> environment, Function<String, @Nullable String> properties) {
    String given = firstNonBlank(environment.apply(OpenSearchExtension.URL_VARIABLE),
        properties.apply(OpenSearchExtension.URL_PROPERTY));
    Duration timeout = Duration.ofSeconds(Long.parseLong(orDefault(properties.apply("govsite.test.opensearch.startSeconds"), "240")));
    if (given != null) {
      URI url = parseUrl(given);
      Duration wait = Duration.ofSeconds(Long.parseLong(orDefault(properties.apply("govsite.test.opensearch.waitSeconds"), "30")));
      waitForHealth(url, wait, () -> "the node named by " + OpenSearchExtension.URL_VARIABLE
          + " (" + url + ") does not answer");
      return new OpenSearchProcess(url, Optional.empty(), Optional.empty());
    }
    String classPath = properties.apply(OpenSearchExtension.CLASSPATH_PROPERTY);
    if (classPath == null || classPath.isBlank()) {
      throw new IllegalStateException("没有可用的 OpenSearch 节点 / no OpenSearch node for the tests: set "
          + OpenSearchExtension.URL_VARIABLE + " to a running node (e.g. http://127.0.0.1:9201), or the system property "
          + OpenSearchExtension.CLASSPATH_PROPERTY + " to the class path of govsite-opensearch-node"
          + " (opensearch-node/target/classes and opensearch-node/target/lib/*, built by the module's compile phase)");
    }
    return start(classPath, orDefault(properties.apply("govsite.test.opensearch.heap"), "1g"), timeout);
  }

  private static OpenSearchProcess start(String classPath, String heap, Duration timeout) {
    Path home;
    try {
      home = Files.createTempDirectory("govsite-opensearch-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path log = home.resolve("node.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xms" + heap, "-Xmx" + heap, "-cp", classPath, MAIN_CLASS,
        "--data", home.resolve("node").toString(), "--cluster-name", "govsite-test-" + ProcessHandle.current().pid(),
        "--stop-on-stdin-close");
    long begun = System.nanoTime();
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException("无法启动 OpenSearch 节点 / cannot start the OpenSearch node: " + command, e);
    }
    Deque<String> tail = new ArrayDeque<>();
    CompletableFuture<URI> ready = new CompletableFuture<>();
    Thread pump = new Thread(() -> pump(process, log, tail, ready), "opensearch-node-output");
    pump.setDaemon(true);
    pump.start();
    URI url;
    try {
      url = ready.get(timeout.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while the OpenSearch node was starting", e);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("OpenSearch 节点未能启动 / the OpenSearch node did not start within " + timeout.toSeconds()
          + " s (" + (e instanceof TimeoutException ? "timed out" : String.valueOf(e.getCause())) + "); full log: " + log
          + "; last lines:\n" + tailOf(tail), e);
    }
    OpenSearchProcess node = new OpenSearchProcess(url, Optional.of(process), Optional.of(home));
    try {
      waitForHealth(url, Duration.ofSeconds(60), () -> "the OpenSearch node started at " + url + " does not report yellow health");
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
    // one line in the build log: how long the run waited for its node (CI time is watched)
    System.out.printf("OpenSearch node at %s ready in %.1f s%n", url, (System.nanoTime() - begun) / 1e9);
    return node;
  }

  /** Copies the node's output to its log, keeps the last lines for messages, and spots the ready line. */
  private static void pump(Process process, Path log, Deque<String> tail, CompletableFuture<URI> ready) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
         BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.write(line);
        out.newLine();
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > LOG_TAIL_LINES) {
            tail.removeFirst();
          }
        }
        if (line.startsWith(READY_PREFIX)) {
          out.flush();
          ready.complete(URI.create(line.substring(READY_PREFIX.length()).trim()));
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(e);
      return;
    }
    ready.completeExceptionally(new IllegalStateException("the node's JVM exited"
        + (process.isAlive() ? "" : " with status " + process.exitValue())));
  }

  private static String tailOf(Deque<String> tail) {
    synchronized (tail) {
      return String.join("\n", new ArrayList<>(tail));
    }
  }

  /** Polls {@code _cluster/health} until the node is yellow or green. */
  static void waitForHealth(URI url, Duration timeout, java.util.function.Supplier<String> what) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
        .timeout(Duration.ofSeconds(15)).GET().build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
          return;
        }
        last = "HTTP " + response.statusCode() + ": " + response.body();
      } catch (ConnectException e) {
        last = "connection refused";
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new IllegalStateException("OpenSearch 节点不可用 / " + what.get() + " within " + timeout.toSeconds() + " s: " + last);
  }

  private static URI parseUrl(String given) {
    try {
      URI url = URI.create(given.trim());
      if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return url;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(OpenSearchExtension.URL_VARIABLE + " 须为 http(s) 地址 / must be an http(s) URL such as"
          + " http://127.0.0.1:9201, not: " + given, e);
    }
  }

  /**
   * Stops a node this class started: closing its standard input asks it to stop (it closes the
   * OpenSearch node cleanly); after 30 s the JVM is killed. Its temporary directory is deleted.
   */
  @Override
  public void close() {
    process.ifPresent(OpenSearchProcess::stop);
    home.ifPresent(OpenSearchProcess::deleteTree);
  }

  private static void stop(Process process) {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless; the node has stopped
    }
  }

  private static String orDefault(@Nullable String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    return b != null && !b.isBlank() ? b : null;
  }
}
