package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.UnavailableException;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.support.Checks;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.InfoResponse;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A checked connection to an OpenSearch node (OpenSearch 连接): {@link Builder#connect()} asks the
 * node for its version first, so a node that is down or too old fails at once, with its URL in the
 * message, instead of at the first search.
 *
 * <pre>{@code
 * try (OpenSearchConnection node = OpenSearchConnection.builder(URI.create("http://127.0.0.1:9201")).connect()) {
 *   OpenSearchIndex index = OpenSearchIndex.builder(node, "govsite").build();
 * }
 * }</pre>
 *
 * <p>Thread-safe; one connection per node is enough for a whole application. Close it to release
 * its HTTP connections.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OpenSearchConnection implements AutoCloseable {
  private final URI url;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchClient client;
  private final OpenSearchVersion version;

  private OpenSearchConnection(URI url, ApacheHttpClient5Transport transport, OpenSearchVersion version) {
    this.url = url;
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
    this.version = version;
  }

  /**
   * Starts a connection to the node at {@code url}, e.g. {@code http://127.0.0.1:9201}.
   *
   * @throws InvalidInputException when the URL is not an http(s) URL with a host
   */
  public static Builder builder(URI url) {
    return new Builder(url);
  }

  /** Returns the node's URL. */
  public URI url() {
    return url;
  }

  /** Returns the node's version, read when the connection was made. */
  public OpenSearchVersion version() {
    return version;
  }

  /**
   * Returns the opensearch-java client on this connection, for the search backend built on it.
   * Requests made with it report failures in the client's own exceptions, not GovSite's.
   */
  public OpenSearchClient client() {
    return client;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      // closing releases pooled connections; a failure to close one changes nothing for the caller
    }
  }

  @Override
  public String toString() {
    return "OpenSearchConnection[" + url + ", " + version + "]";
  }

  /** Settings of a connection (连接设置), each validated as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final URI url;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration responseTimeout = Duration.ofSeconds(60);

    private Builder(URI url) {
      Checks.notNull(url, "url");
      String scheme = url.getScheme();
      Checks.argument(("http".equals(scheme) || "https".equals(scheme)) && url.getHost() != null, "url",
          "须为 http(s) 地址，如 http://127.0.0.1:9201", "must be an http(s) URL such as http://127.0.0.1:9201, not " + url);
      this.url = url;
    }

    /** How long to wait for a TCP connection to the node (default 5 s); between 1 ms and 10 min. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for the node's answer to one request (default 60 s); between 1 ms and 10 min. */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = checkTimeout(timeout, "responseTimeout");
      return this;
    }

    private static Duration checkTimeout(Duration timeout, String field) {
      Checks.notNull(timeout, field);
      Checks.argument(!timeout.isNegative() && timeout.toMillis() >= 1 && timeout.compareTo(Duration.ofMinutes(10)) <= 0,
          field, "须在 1 毫秒到 10 分钟之间", "must be between 1 ms and 10 min, not " + timeout);
      return timeout;
    }

    /**
     * Connects and checks the node's version.
     *
     * @throws UnavailableException with {@link OpenSearchErrorCode#NODE_UNAVAILABLE} when the node
     *     does not answer, or {@link OpenSearchErrorCode#NODE_TOO_OLD} when it is older than
     *     {@link OpenSearchVersion#MINIMUM} or not OpenSearch
     */
    public OpenSearchConnection connect() {
      int port = url.getPort() >= 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
      HttpHost host = new HttpHost(url.getScheme(), url.getHost(), port);
      Timeout connect = Timeout.ofMilliseconds(connectTimeout.toMillis());
      Timeout response = Timeout.ofMilliseconds(responseTimeout.toMillis());
      ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host)
          .setMapper(new JacksonJsonpMapper(GovSiteJson.mapper()))
          .setConnectionConfigCallback(c -> c.setConnectTimeout(connect).setSocketTimeout(response))
          .setRequestConfigCallback(r -> r.setResponseTimeout(response));
      String path = url.getPath();
      if (path != null && !path.isEmpty() && !"/".equals(path)) {
        builder.setPathPrefix(path);
      }
      ApacheHttpClient5Transport transport = builder.build();
      try {
        InfoResponse info = OpenSearchCalls.call(url, "report its version", () -> new OpenSearchClient(transport).info());
        String distribution = info.version().distribution();
        OpenSearchVersion version = OpenSearchVersion.parse(distribution == null ? "" : distribution, info.version().number());
        if (!version.isSupported()) {
          throw new UnavailableException(OpenSearchErrorCode.NODE_TOO_OLD, "OpenSearch 版本过旧 / the node at " + url + " runs "
              + version + "; GovSite needs OpenSearch " + OpenSearchVersion.MINIMUM.major() + "."
              + OpenSearchVersion.MINIMUM.minor() + " or newer", null);
        }
        return new OpenSearchConnection(url, transport, version);
      } catch (RuntimeException e) {
        try {
          transport.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }
  }
}
