package org.govsite.search.opensearch;

import java.io.IOException;
import java.net.URI;
import org.govsite.core.GovSiteException;
import org.govsite.core.UnavailableException;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;

/**
 * Runs one request against the node and turns the client's failures into GovSite's: an I/O error
 * (connection refused, timeout) means the node is down, 429/503 that it is busy, anything else that
 * it rejected the request. Every message names the node's URL, so an operator knows which to check.
 */
final class OpenSearchCalls {
  private OpenSearchCalls() {}

  /** One request to the node. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws IOException;
  }

  static <T> T call(URI url, String what, Call<T> call) {
    try {
      return call.run();
    } catch (OpenSearchException e) {
      throw rejected(url, what, e);
    } catch (IOException e) {
      throw unavailable(url, e);
    }
  }

  static UnavailableException unavailable(URI url, Throwable cause) {
    return new UnavailableException(OpenSearchErrorCode.NODE_UNAVAILABLE,
        "OpenSearch 节点不可用 / the OpenSearch node at " + url + " does not answer: " + cause, cause);
  }

  static GovSiteException rejected(URI url, String what, OpenSearchException e) {
    if (isBusy(e.status())) {
      return new UnavailableException(OpenSearchErrorCode.NODE_BUSY,
          "OpenSearch 节点繁忙 / the OpenSearch node at " + url + " refused to " + what + " (HTTP " + e.status() + "): "
              + reason(e.error()), e);
    }
    return new GovSiteException(OpenSearchErrorCode.REQUEST_FAILED,
        "OpenSearch 请求失败 / the OpenSearch node at " + url + " rejected the request to " + what + " (HTTP " + e.status() + "): "
            + reason(e.error()), e);
  }

  /** 429 (a full queue) and 503 (no shard ready yet) pass with time: worth a retry. */
  static boolean isBusy(int status) {
    return status == 429 || status == 503;
  }

  static String reason(ErrorCause error) {
    return error.type() + ": " + error.reason();
  }
}
