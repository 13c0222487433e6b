package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the OpenSearch extension fails when it has no node: always with a message that says what to
 * set or what went wrong, never by skipping. (The extension's success path runs in
 * govsite-search-opensearch, whose tests use the real node.)
 */
class OpenSearchExtensionTest {
  @Test
  void withoutAUrlOrAClassPathItSaysWhatToSet() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpenSearchProcess.obtain(name -> null, name -> null));
    assertTrue(e.getMessage().contains(OpenSearchExtension.URL_VARIABLE), e.getMessage());
    assertTrue(e.getMessage().contains(OpenSearchExtension.CLASSPATH_PROPERTY), e.getMessage());
  }

  @Test
  void aUrlThatIsNotHttpIsRefusedNamingTheVariable() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> OpenSearchProcess.obtain(Map.of(OpenSearchExtension.URL_VARIABLE, "localhost:9201")::get, name -> null));
    assertTrue(e.getMessage().contains(OpenSearchExtension.URL_VARIABLE) && e.getMessage().contains("localhost:9201"), e.getMessage());
  }

  @Test
  void aNodeThatDoesNotAnswerFailsNamingItsUrl() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpenSearchProcess.obtain(
        Map.of(OpenSearchExtension.URL_VARIABLE, url)::get, Map.of("govsite.test.opensearch.waitSeconds", "1")::get));
    assertTrue(e.getMessage().contains(url) && e.getMessage().contains("connection refused"), e.getMessage());
  }

  @Test
  void aNodeThatCannotStartFailsWithTheEndOfItsLog() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpenSearchProcess.obtain(name -> null,
        Map.of(OpenSearchExtension.CLASSPATH_PROPERTY, "/nonexistent/govsite-opensearch-node", "govsite.test.opensearch.heap", "64m")::get));
    assertTrue(e.getMessage().contains("did not start") && e.getMessage().contains("org.govsite.opensearch.node.OpenSearchNode"),
        e.getMessage());
  }
}
