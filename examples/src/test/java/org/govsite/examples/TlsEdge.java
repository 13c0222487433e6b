package org.govsite.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The edge a portal runs behind in production, for tests: TLS on {@code https://[::1]:port/} with a
 * self-signed certificate (src/test/resources/tls/site.p12, for localhost, 127.0.0.1 and ::1),
 * passing every request to the portal's plain HTTP port, and {@code http://[::1]:port/} answering
 * every request with a 301 to the HTTPS address — as nginx in front of Jetty would. The portal
 * itself speaks HTTP only; the audit's HTTPS and IPv6 checks see what visitors would see.
 */
final class TlsEdge implements AutoCloseable {
  static {
    // Without TCP_NODELAY every answer of the JDK's server waits for a delayed ACK (about 40 ms), as docs/compliance.md notes.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade", "expect",
      "keep-alive", "te", "trailer", "proxy-connection");
  private final HttpsServer https;
  private final HttpServer http;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final URI backend;

  TlsEdge(int portalPort) throws IOException {
    backend = URI.create("http://127.0.0.1:" + portalPort);
    InetAddress v6 = InetAddress.getByName("::1");
    https = HttpsServer.create(new InetSocketAddress(v6, 0), 0);
    https.setHttpsConfigurator(new HttpsConfigurator(context()));
    https.setExecutor(pool);
    https.createContext("/", this::forward);
    http = HttpServer.create(new InetSocketAddress(v6, 0), 0);
    http.setExecutor(pool);
    http.createContext("/", ex -> {
      ex.getResponseHeaders().set("Location", httpsUri().resolve(ex.getRequestURI().getRawPath()).toString());
      ex.sendResponseHeaders(301, -1);
      ex.close();
    });
    https.start();
    http.start();
  }

  /** The HTTPS address visitors use. */
  URI httpsUri() {
    return URI.create("https://[::1]:" + https.getAddress().getPort() + "/");
  }

  /** The plain HTTP address that redirects to it. */
  URI httpUri() {
    return URI.create("http://[::1]:" + http.getAddress().getPort() + "/");
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      HttpRequest.Builder req = HttpRequest.newBuilder(backend.resolve(ex.getRequestURI().toString()))
          .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      ex.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> req.header(name, v));
        }
      });
      req.header("X-Forwarded-Proto", "https");
      HttpResponse<byte[]> r = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
      r.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
          List<String> out = values.stream().map(v -> name.equalsIgnoreCase("location") ? v.replace(backend.toString() + "/", httpsUri().toString()) : v)
              .toList();
          ex.getResponseHeaders().put(name, out);
        }
      });
      boolean head = ex.getRequestMethod().equals("HEAD");
      ex.sendResponseHeaders(r.statusCode(), head || r.body().length == 0 ? -1 : r.body().length);
      if (!head && r.body().length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(r.body());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Serves with the test certificate and trusts only it; the audit gets the same context. */
  static SSLContext context() {
    try (InputStream in = TlsEdge.class.getResourceAsStream("/tls/site.p12")) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, "changeit".toCharArray());
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, "changeit".toCharArray());
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    https.stop(0);
    http.stop(0);
    pool.shutdownNow();
  }
}
