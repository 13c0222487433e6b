package org.govsite.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.govsite.core.ErrorCategory;
import org.govsite.core.InvalidInputException;
import org.govsite.core.UnavailableException;
import org.junit.jupiter.api.Test;

/** A node that is down or too old fails at once, with a GovSite error that names it. */
class ConnectionErrorsTest {
  @Test
  void aClosedPortIsAnUnavailableNodeNamedByItsUrl() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI url = URI.create("http://127.0.0.1:" + port);
    UnavailableException e = assertThrows(UnavailableException.class,
        () -> OpenSearchConnection.builder(url).connectTimeout(Duration.ofSeconds(2)).connect());
    assertEquals(OpenSearchErrorCode.NODE_UNAVAILABLE, e.code());
    assertEquals(ErrorCategory.UNAVAILABLE, e.category());
    assertEquals(503, e.category().httpStatus());
    assertTrue(e.getMessage().contains(url.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("OpenSearch 节点不可用"), e.getMessage());
  }

  @Test
  void aUrlThatIsNotHttpIsBadInputNamingTheSetting() {
    assertEquals("url", assertThrows(InvalidInputException.class,
        () -> OpenSearchConnection.builder(URI.create("ftp://127.0.0.1:9201"))).field());
    assertEquals("connectTimeout", assertThrows(InvalidInputException.class,
        () -> OpenSearchConnection.builder(URI.create("http://127.0.0.1:9201")).connectTimeout(Duration.ZERO)).field());
  }

  @Test
  void versionsBeforeTwoAndOtherDistributionsAreNotSupported() {
    assertFalse(OpenSearchVersion.parse("opensearch", "1.3.14").isSupported());
    assertFalse(OpenSearchVersion.parse("", "7.10.2").isSupported(), "an Elasticsearch node reports no distribution");
    assertTrue(OpenSearchVersion.parse("opensearch", "2.0.0").isSupported());
    assertTrue(OpenSearchVersion.parse("opensearch", "2.19.1").isSupported());
    assertEquals(new OpenSearchVersion("opensearch", 3, 0, 0), OpenSearchVersion.parse("opensearch", "3.0.0-beta1"));
    assertEquals("version", assertThrows(InvalidInputException.class, () -> OpenSearchVersion.parse("opensearch", "two")).field());
  }
}
