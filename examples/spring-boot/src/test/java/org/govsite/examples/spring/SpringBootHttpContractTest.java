package org.govsite.examples.spring;

import java.net.URI;
import org.govsite.testing.HttpApiContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shared HTTP contract of GovSite's REST API (issue 17) against the Spring Boot example, as
 * the portal's PortalHttpContractTest runs it against the portal: the same paths, bodies and errors.
 */
@SpringBootTest(classes = GovSiteBootExample.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringBootHttpContractTest extends HttpApiContract {
  @LocalServerPort int port;

  @Override
  protected URI baseUri() {
    return URI.create("http://localhost:" + port);
  }
}
