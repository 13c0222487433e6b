package org.govsite.compliance;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.govsite.core.identifiers.ResidentIdNumbers;

/** A static site on 127.0.0.1 with a random port, recording every request; only for tests. */
public final class FixtureServer implements AutoCloseable {
  private record Resource(byte[] body, String contentType) {}

  private final HttpServer server;
  private final InetAddress bind;
  private final String scheme;
  private final Map<String, Resource> resources = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();

  public FixtureServer() throws IOException {
    this(InetAddress.getLoopbackAddress(), java.util.Optional.empty());
  }

  /** A site over HTTPS on 127.0.0.1, with the certificate of {@link TestTls}. */
  static FixtureServer https() throws IOException {
    return new FixtureServer(InetAddress.getLoopbackAddress(), java.util.Optional.of(TestTls.context()));
  }

  /** A site on another address, e.g. ::1. */
  static FixtureServer on(InetAddress address) throws IOException {
    return new FixtureServer(address, java.util.Optional.empty());
  }

  private FixtureServer(InetAddress bind, java.util.Optional<javax.net.ssl.SSLContext> tls) throws IOException {
    this.bind = bind;
    this.scheme = tls.isPresent() ? "https" : "http";
    if (tls.isPresent()) {
      com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(new InetSocketAddress(bind, 0), 0);
      https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls.get()));
      server = https;
    } else {
      server = HttpServer.create(new InetSocketAddress(bind, 0), 0);
    }
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
      requests.add(ex.getRequestMethod() + " " + path);
      Resource r = resources.get(path);
      if (r == null) {
        ex.sendResponseHeaders(404, -1);
        ex.close();
        return;
      }
      if (r.contentType().startsWith("location:")) {
        ex.getResponseHeaders().set("Location", r.contentType().substring("location:".length()));
        ex.sendResponseHeaders(302, -1);
        ex.close();
        return;
      }
      ex.getResponseHeaders().set("Content-Type", r.contentType());
      boolean head = ex.getRequestMethod().equals("HEAD");
      ex.sendResponseHeaders(200, head ? -1 : r.body().length);
      if (!head) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(r.body());
        }
      }
      ex.close();
    });
    server.start();
  }

  FixtureServer page(String path, String html) {
    resources.put(path, new Resource(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
    return this;
  }

  /** A page in another charset, declared only in its meta tag (as many old sites do). */
  FixtureServer page(String path, String html, Charset charset) {
    resources.put(path, new Resource(html.getBytes(charset), "text/html"));
    return this;
  }

  /** Any other resource (a script, a style sheet) with its content type. */
  FixtureServer resource(String path, String text, String contentType) {
    resources.put(path, new Resource(text.getBytes(StandardCharsets.UTF_8), contentType));
    return this;
  }

  FixtureServer text(String path, String text) {
    resources.put(path, new Resource(text.getBytes(StandardCharsets.UTF_8), "text/plain"));
    return this;
  }

  /** A 302 answer sending the client to {@code location}. */
  FixtureServer redirect(String path, URI location) {
    resources.put(path, new Resource(new byte[0], "location:" + location));
    return this;
  }

  /** Returns the address of a path on this server. */
  public URI uri(String path) {
    String host = bind instanceof java.net.Inet6Address ? (bind.isLoopbackAddress() ? "[::1]" : "[" + bind.getHostAddress().replaceAll("%.*", "") + "]") : bind.getHostAddress();
    return URI.create(scheme + "://" + host + ":" + server.getAddress().getPort() + path);
  }

  long gets(String prefix) {
    return requests.stream().filter(r -> r.startsWith("GET " + prefix)).count();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  /** Returns an 18-digit ID number with a valid GB 11643 check character. */
  static String idNumber(String first17) {
    return first17 + ResidentIdNumbers.checkCharacter(first17);
  }
}
