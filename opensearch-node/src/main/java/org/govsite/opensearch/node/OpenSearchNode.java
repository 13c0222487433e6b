package org.govsite.opensearch.node;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apiguardian.api.API;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts one local OpenSearch 2.19 node (本地 OpenSearch 节点) and keeps it running until it is told
 * to stop.
 *
 * <pre>
 * java -Xmx1g -cp 'opensearch-node/target/classes:opensearch-node/target/lib/*' \
 *     org.govsite.opensearch.node.OpenSearchNode --data /tmp/govsite-opensearch
 * </pre>
 *
 * <p>Options: {@code --data DIR} (required: the node's home, config, data and logs; kept across
 * runs), {@code --cluster-name NAME} (default {@code govsite}), {@code --stop-on-stdin-close} (the
 * test kit's launcher sets it, so a node never outlives the test JVM that started it, even when
 * that JVM is killed).
 *
 * <p>When the cluster is yellow or green it prints one line {@value #READY_PREFIX}{@code
 * http://127.0.0.1:PORT} on standard output. The HTTP port is the first free one from 9201 up (the
 * runner refuses ports far from its default range, and a free one lets several nodes run side by
 * side). SIGTERM or SIGINT closes the node cleanly; a failed start exits with status 1.
 *
 * <p>The node runs in its own JVM on its own class path because OpenSearch bundles Lucene 9.12.1 and
 * GovSite's embedded search uses 9.12.3: the two must not share a class path.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OpenSearchNode {
  /** The prefix of the line that announces the node's URL; launchers look for it. */
  public static final String READY_PREFIX = "GOVSITE_OPENSEARCH_URL=";

  private OpenSearchNode() {}

  /**
   * Starts the node and waits until it is stopped.
   *
   * @param args {@code --data DIR [--cluster-name NAME] [--stop-on-stdin-close]}
   */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: OpenSearchNode --data DIR [--cluster-name NAME] [--stop-on-stdin-close]");
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Files.createDirectories(options.data());
    OpenSearchRunner runner = new OpenSearchRunner();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      closeQuietly(runner);
      stopped.countDown();
    }, "opensearch-node-shutdown"));
    try {
      // single-node discovery: the node elects itself at once and never looks for peers, so two
      // nodes started side by side (two builds) stay two clusters.
      runner.onBuild((index, settings) -> settings.put("discovery.type", "single-node"));
      runner.build(OpenSearchRunner.newConfigs()
          .numOfNode(1)
          .basePath(options.data().toAbsolutePath().toString())
          .clusterName(options.clusterName()));
      runner.ensureYellow();
    } catch (RuntimeException e) {
      System.err.println("OpenSearch 节点启动失败 / the OpenSearch node failed to start: " + e);
      e.printStackTrace();
      closeQuietly(runner);
      System.exit(1);
      return;
    }
    String port = runner.node().settings().get("http.port");
    out.println(READY_PREFIX + "http://127.0.0.1:" + port);
    if (options.stopOnStdinClose()) {
      Thread watcher = new Thread(() -> {
        waitForEndOfInput(System.in);
        System.exit(0); // runs the shutdown hook, which closes the node
      }, "opensearch-node-stdin");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // the launcher writes nothing; only the end of the stream matters
      }
    } catch (IOException e) {
      // a broken pipe means the launcher is gone: stop as on end of input
    }
  }

  private static void closeQuietly(OpenSearchRunner runner) {
    try {
      if (!runner.isClosed()) {
        runner.close();
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("OpenSearch 节点关闭出错 / error while closing the OpenSearch node: " + e);
    }
  }

  /** The command line, parsed. */
  record Options(Path data, String clusterName, boolean stopOnStdinClose) {
    static Options parse(String[] args) {
      Path data = null;
      String clusterName = "govsite";
      boolean stopOnStdinClose = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--data" -> data = Path.of(value(args, ++i, "--data"));
          case "--cluster-name" -> clusterName = value(args, ++i, "--cluster-name");
          case "--stop-on-stdin-close" -> stopOnStdinClose = true;
          default -> throw new IllegalArgumentException("未知参数 / unknown option: " + args[i]);
        }
      }
      if (data == null) {
        throw new IllegalArgumentException("缺少 --data / --data DIR is required (the node's home directory)");
      }
      return new Options(data, clusterName, stopOnStdinClose);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].isBlank()) {
        throw new IllegalArgumentException(option + " 缺少取值 / " + option + " needs a value");
      }
      return args[i];
    }
  }
}
