package org.govsite.examples;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A tiny HTTP client for the portal tests (JDK HttpClient, localhost only). It keeps cookies, like
 * a browser, and {@link #post} sends a form the way a browser would after showing it: with the
 * {@code _csrf} token of the page the form is on.
 */
final class PortalHttp {
  /** A password the tests give every staff account they make. */
  static final String PASSWORD = "correct horse battery";
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final java.net.CookieManager cookies;
  private final HttpClient client;
  private final String base;

  PortalHttp(int port) {
    this(new java.net.CookieManager(), port);
  }

  private PortalHttp(java.net.CookieManager cookies, int port) {
    this.cookies = cookies;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(cookies).build();
    this.base = "http://localhost:" + port;
  }

  /**
   * Returns this browser talking to another portal instance: the same cookies (a load balancer
   * without sticky sessions sends the next request to whichever instance it likes).
   */
  PortalHttp at(int port) {
    return new PortalHttp(cookies, port);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Posts a form with the token of the page it is on ({@code /editor} for the staff actions, else the path itself). */
  HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
    Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
    withToken.putIfAbsent("_csrf", token(path.startsWith("/editor/") || path.equals("/logout") ? "/editor" : path));
    return postRaw(path, withToken, Map.of());
  }

  /** Returns the {@code _csrf} token of the page at the path (opening a session for this client). */
  String token(String page) throws IOException, InterruptedException {
    HttpResponse<String> r = get(page);
    Matcher m = TOKEN.matcher(r.body());
    if (!m.find()) {
      throw new AssertionError("no _csrf token on " + page + " (" + r.statusCode() + "):\n" + r.body());
    }
    return m.group(1);
  }

  /** Posts a form as given, with extra headers (an {@code Origin}): no token is added. */
  HttpResponse<String> postRaw(String path, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends any method with this client's cookies. */
  HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Signs in through the form; returns the answer (303 to /editor on success). */
  HttpResponse<String> signIn(String name, String password) throws IOException, InterruptedException {
    return post("/login", Map.of("username", name, "password", password));
  }

  /** Returns the session cookie's value, or empty. */
  java.util.Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("GOVSITE_SESSION"))
        .map(java.net.HttpCookie::getValue).findFirst();
  }

  /** Adds a staff account to a stopped portal's data directory. */
  static void addStaff(PortalConfig config, String name, String... roles) {
    StaffAccounts.add(config, name, java.util.List.of(roles), PASSWORD);
  }

  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Returns the text of the element with this id. */
  static String byId(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no element #" + id + " in:\n" + html);
    }
    return m.group(1);
  }
}
