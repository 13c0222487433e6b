package org.govsite.examples;

import java.net.URI;
import java.nio.file.Path;
import org.govsite.testing.HttpApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared HTTP contract of GovSite's REST API (issue 17) against the portal; the Spring Boot
 * example runs the same class, so both hosts answer the same paths, bodies and errors.
 */
class PortalHttpContractTest extends HttpApiContract {
  @TempDir static Path data;
  static Portal portal;

  @BeforeAll
  static void start() {
    portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Override
  protected URI baseUri() {
    return URI.create("http://localhost:" + portal.port());
  }
}
