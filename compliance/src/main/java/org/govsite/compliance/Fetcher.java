package org.govsite.compliance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.govsite.compliance.internal.Charsets;
import org.govsite.compliance.internal.Robots;
import org.govsite.core.GovSiteException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one door to the network: same host only (external links only when asked, and only for
 * link checks), bounded concurrency, a pause after each request, timeouts, redirects followed
 * on the same host, robots.txt.
 */
final class Fetcher {
  /** One answer, or the reason there was none (status 0). */
  public record Response(URI uri, int status, String contentType, byte[] body, String error) {
    /** Whether the answer is a success or a redirect. */
    public boolean ok() {
      return status >= 200 && status < 400;
    }

    /** Whether the body is an HTML page. */
    public boolean html() {
      return ok() && (contentType.isEmpty() || contentType.toLowerCase(Locale.ROOT).contains("html"));
    }
  }

  /**
   * A page read for its content: the HTTP answer and, for an HTML page, its one parsed document —
   * the browser's DOM when rendering is on — or why rendering failed (the page is then read as served).
   */
  public record Read(Response response, Optional<Document> document, String renderError) {}

  private final URI origin;
  private final AuditOptions options;
  private final HttpClient client;
  private final Semaphore permits;
  private volatile Robots robots = Robots.allowAll();

  /** Creates a fetcher for the site at {@code origin}. */
  public Fetcher(URI origin, AuditOptions options) {
    this.origin = origin;
    this.options = options;
    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(options.timeout()).followRedirects(HttpClient.Redirect.NEVER);
    options.sslContext().ifPresent(b::sslContext);
    this.client = b.build();
    this.permits = new Semaphore(options.concurrency(), true);
  }

  /** Loads robots.txt when the options honour it; a missing file allows everything. */
  public void loadRobots() {
    if (!options.respectRobots()) {
      return;
    }
    Response r = send(origin.resolve("/robots.txt"), "GET", false);
    if (r.status() == 200) {
      robots = Robots.parse(Charsets.decode(r.contentType(), r.body()), options.userAgent());
    }
  }

  /** Returns whether a URL is on the audited host (scheme, host and port). */
  public boolean sameHost(URI u) {
    return sameHost(origin, u);
  }

  /** Returns whether {@code u} has the scheme, host and port of {@code origin}. */
  public static boolean sameHost(URI origin, URI u) {
    return u.getScheme() != null && u.getScheme().equalsIgnoreCase(origin.getScheme()) && u.getHost() != null
        && u.getHost().equalsIgnoreCase(origin.getHost()) && port(u) == port(origin);
  }

  /** Returns whether robots.txt lets us fetch a URL. */
  public boolean allowed(URI u) {
    String path = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath()) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    return robots.allows(path);
  }

  /** Fetches a page of the site with GET; off-host addresses are refused without a request. */
  public Response get(URI u) {
    return send(u, "GET", false);
  }

  /**
   * Reads a page for its content: GET with every rule of {@link #get}; an HTML page is decoded and
   * parsed once here, after the browser rendered it when the options name a renderer. This is
   * the one place pages are parsed, so every check sees the same document.
   */
  public Read read(URI u) {
    Response r = get(u);
    if (!r.html() || r.status() >= 300) {
      return new Read(r, Optional.empty(), "");
    }
    String base = r.uri().toString();
    Optional<PageRenderer> renderer = options.renderer();
    if (renderer.isPresent()) {
      permits.acquireUninterruptibly();
      try {
        return new Read(r, Optional.of(Jsoup.parse(renderer.get().render(r.uri(), options.timeout()), base)), "");
      } catch (GovSiteException e) {
        return new Read(r, Optional.of(Jsoup.parse(Charsets.decode(r.contentType(), r.body()), base)), "render failed: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
      } finally {
        pause(options.delay());
        permits.release();
      }
    }
    return new Read(r, Optional.of(Jsoup.parse(Charsets.decode(r.contentType(), r.body()), base)), "");
  }

  /** Checks a link: HEAD, then GET when HEAD is refused; other hosts only when {@code external}. */
  public Response check(URI u, boolean external) {
    Response head = send(u, "HEAD", external);
    if (head.status() == 405 || head.status() == 501 || head.status() == 400 || head.status() == 403
        || (head.status() == 0 && !head.error().startsWith("refused"))) {
      return send(u, "GET", external);
    }
    return head;
  }

  private Response send(URI u, String method, boolean external) {
    URI current = u;
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      if (!sameHost(current) && !external) {
        return new Response(current, 0, "", new byte[0], "refused: not on " + origin.getHost() + ":" + port(origin));
      }
      if (sameHost(current) && !allowed(current)) {
        return new Response(current, 0, "", new byte[0], "refused: robots.txt");
      }
      Response r = once(current, method);
      if (r.status() >= 300 && r.status() < 400 && r.contentType().startsWith("location:")) {
        URI next = current.resolve(r.contentType().substring("location:".length()));
        if (!sameHost(next) && !external) {
          return new Response(current, r.status(), "", new byte[0], "");
        }
        current = next;
        continue;
      }
      return r;
    }
    return new Response(current, 0, "", new byte[0], "too many redirects");
  }

  private Response once(URI u, String method) {
    HttpRequest req;
    try {
      req = HttpRequest.newBuilder(u).timeout(options.timeout()).header("User-Agent", options.userAgent())
          .method(method, HttpRequest.BodyPublishers.noBody()).build();
    } catch (IllegalArgumentException e) {
      return new Response(u, 0, "", new byte[0], "bad address: " + e.getMessage());
    }
    permits.acquireUninterruptibly();
    try {
      HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
      int status = resp.statusCode();
      if (status >= 300 && status < 400) {
        String loc = resp.headers().firstValue("location").orElse(null);
        if (loc != null) {
          return new Response(u, status, "location:" + loc, new byte[0], "");
        }
      }
      return new Response(u, status, resp.headers().firstValue("content-type").orElse(""), Objects.requireNonNullElse(resp.body(), new byte[0]), "");
    } catch (HttpTimeoutException e) {
      return new Response(u, 0, "", new byte[0], "timeout after " + options.timeout().toMillis() + " ms");
    } catch (IOException e) {
      return new Response(u, 0, "", new byte[0], e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response(u, 0, "", new byte[0], "interrupted");
    } finally {
      pause(options.delay());
      permits.release();
    }
  }

  private static void pause(Duration d) {
    if (!d.isZero()) {
      try {
        Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
