package org.govsite.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.govsite.examples.Portal;
import org.govsite.examples.PortalConfig;

/**
 * The staging site compliance.md's example audits: the demo county portal (portal.md), started on
 * a free port with its data in a temporary folder, and named in the {@code staging.url} system
 * property as the example's CI would pass it ({@code -Dstaging.url=…}).
 */
final class StagingSite implements AutoCloseable {
  static final String PROPERTY = "staging.url";

  private Portal portal;
  private Path data;

  /** Starts the portal unless it runs already. */
  synchronized void start() throws IOException {
    if (portal == null) {
      data = Files.createTempDirectory("docs-staging");
      portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data));
      System.setProperty(PROPERTY, "http://127.0.0.1:" + portal.port() + "/");
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (portal != null) {
      portal.close();
      portal = null;
      System.clearProperty(PROPERTY);
      try (Stream<Path> files = Files.walk(data)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
