package org.govsite.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.govsite.compliance.internal.CheckSources;

/**
 * The HTTPS and IPv6 checks: the only requests the audit makes outside its fetcher, because they
 * go to the site's other scheme or another address family. A handful of requests, each with the
 * audit's timeout, user agent and TLS context.
 */
final class NetworkChecks {
  private final URI start;
  private final AuditOptions options;
  private final CheckSettings settings;
  private final HttpClient client;

  NetworkChecks(URI start, AuditOptions options, CheckSettings settings) {
    this.start = start;
    this.options = options;
    this.settings = settings;
    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(options.timeout()).followRedirects(HttpClient.Redirect.NEVER);
    options.sslContext().ifPresent(b::sslContext);
    this.client = b.build();
  }

  AuditCheck https() {
    Weight w = settings.weight(CheckCode.HTTPS);
    String host = start.getHost();
    boolean local = loopback(host);
    boolean startsHttps = start.getScheme().equalsIgnoreCase("https");
    if (local && !startsHttps && settings.httpsUrl().isEmpty()) {
      return notChecked(CheckCode.HTTPS, w, CheckSources.RULE_HTTPS, "not checked: " + start + " is a local plain-HTTP address (a test or "
          + "development setup): set the profile's checks.httpsUrl to the HTTPS edge in front of it");
    }
    List<String> evidence = new ArrayList<>();
    int failures = 0;
    URI https = URI.create(settings.httpsUrl().orElse(startsHttps ? origin(start) : "https://" + start.getHost() + "/"));
    Result<HttpResponse<Void>> served = get(https);
    int servedStatus = served.value().map(HttpResponse::statusCode).orElse(0);
    if (servedStatus >= 200 && servedStatus < 400) {
      evidence.add(https + ": HTTPS served (HTTP " + servedStatus + "), certificate trusted");
    } else {
      failures++;
      evidence.add(https + ": HTTPS not served: " + (servedStatus == 0 ? served.error() : "HTTP " + servedStatus));
    }
    Optional<String> httpUrl = settings.httpUrl().or(() -> startsHttps && local ? Optional.empty()
        : Optional.of(startsHttps ? "http://" + start.getHost() + "/" : origin(start)));
    if (httpUrl.isEmpty()) {
      evidence.add("HTTP redirect not checked: " + start + " is a local address; set the profile's checks.httpUrl");
    } else {
      URI http = URI.create(httpUrl.get());
      Result<HttpResponse<Void>> r = get(http);
      String location = r.value().flatMap(x -> x.headers().firstValue("location")).orElse("");
      int status = r.value().map(HttpResponse::statusCode).orElse(0);
      if (status >= 300 && status < 400 && http.resolve(location).getScheme().equalsIgnoreCase("https")) {
        evidence.add(http + ": redirects (HTTP " + status + ") to " + location);
      } else {
        failures++;
        evidence.add(http + ": does not redirect to HTTPS: " + (status == 0 ? r.error() : "HTTP " + status + (location.isEmpty() ? "" : " to " + location)));
      }
    }
    return new AuditCheck(CheckCode.HTTPS, failures == 0 ? CheckStatus.PASS : CheckStatus.FAIL, w, failures, 1, CheckSources.RULE_HTTPS, evidence);
  }

  AuditCheck ipv6() {
    Weight w = settings.weight(CheckCode.IPV6);
    String rule = CheckSources.RULE_IPV6;
    String host = start.getHost().startsWith("[") ? start.getHost().substring(1, start.getHost().length() - 1) : start.getHost();
    if (host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
      return notChecked(CheckCode.IPV6, w, rule, "not checked: " + host + " is an IPv4 address, not a name whose AAAA record could be "
          + "looked up; audit the site's host name or its IPv6 address");
    }
    if (Boolean.getBoolean("java.net.preferIPv4Stack")) {
      return notChecked(CheckCode.IPV6, w, rule, "not checked: this JVM runs with java.net.preferIPv4Stack=true and cannot use IPv6");
    }
    List<InetAddress> own = ownAddresses();
    if (own.stream().noneMatch(a -> a instanceof Inet6Address)) {
      return notChecked(CheckCode.IPV6, w, rule, "not checked: this machine has no IPv6 address on any interface");
    }
    List<Inet6Address> v6 = new ArrayList<>();
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (a instanceof Inet6Address i) {
          v6.add(i);
        }
      }
    } catch (UnknownHostException e) {
      return new AuditCheck(CheckCode.IPV6, CheckStatus.FAIL, w, 1, 1, rule, List.of(host + ": the name does not resolve: " + e.getMessage()));
    }
    if (v6.isEmpty()) {
      return new AuditCheck(CheckCode.IPV6, CheckStatus.FAIL, w, 1, 1, rule, List.of(host + ": no AAAA record (IPv6 address)"));
    }
    List<String> evidence = new ArrayList<>();
    for (Inet6Address a : v6) {
      boolean routable = a.isLoopbackAddress() ? own.stream().anyMatch(x -> x instanceof Inet6Address && x.isLoopbackAddress())
          : own.stream().anyMatch(x -> x instanceof Inet6Address && !x.isLoopbackAddress() && !x.isLinkLocalAddress());
      if (!routable) {
        evidence.add("[" + a.getHostAddress() + "]: not checked: this machine has no " + (a.isLoopbackAddress() ? "IPv6 loopback" : "global IPv6 address"));
        continue;
      }
      Result<Integer> r = statusOver(a);
      if (r.value().isPresent() && r.value().get() < 400) {
        return new AuditCheck(CheckCode.IPV6, CheckStatus.PASS, w, 0, 1, rule, List.of(host + ": AAAA " + a.getHostAddress()
            + ", the site answers over IPv6 (HTTP " + r.value().get() + ")"));
      }
      if (r.value().isEmpty() && r.unreachable()) {
        evidence.add("[" + a.getHostAddress() + "]: not checked: no IPv6 route from this machine (" + r.error() + ")");
      } else {
        return new AuditCheck(CheckCode.IPV6, CheckStatus.FAIL, w, 1, 1, rule, List.of(host + ": AAAA " + a.getHostAddress()
            + " but the site does not answer over IPv6: " + r.value().map(s -> "HTTP " + s).orElse(r.error())));
      }
    }
    return new AuditCheck(CheckCode.IPV6, CheckStatus.NOT_CHECKED, w, 0, 1, rule, evidence);
  }

  /** A value, or why there is none; {@code unreachable} when the network (not the site) was the reason. */
  private record Result<T>(Optional<T> value, String error, boolean unreachable) {}

  private Result<HttpResponse<Void>> get(URI u) {
    try {
      HttpRequest req = HttpRequest.newBuilder(u).timeout(options.timeout()).header("User-Agent", options.userAgent()).GET().build();
      return new Result<>(Optional.of(client.send(req, HttpResponse.BodyHandlers.discarding())), "", false);
    } catch (IOException e) {
      return new Result<>(Optional.empty(), describe(e), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result<>(Optional.empty(), "interrupted", false);
    } catch (IllegalArgumentException e) {
      return new Result<>(Optional.empty(), "bad address: " + e.getMessage(), false);
    }
  }

  /** Asks the site for its start page at one IPv6 address, with the site's own Host (and SNI for HTTPS). */
  private Result<Integer> statusOver(Inet6Address address) {
    boolean tls = start.getScheme().equalsIgnoreCase("https");
    int port = start.getPort() >= 0 ? start.getPort() : tls ? 443 : 80;
    int timeout = (int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis());
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(address, port), timeout);
      plain.setSoTimeout(timeout);
      Socket s = plain;
      if (tls) {
        SSLContext ctx = options.sslContext().isPresent() ? options.sslContext().get() : SSLContext.getDefault();
        SSLSocket ssl = (SSLSocket) ctx.getSocketFactory().createSocket(plain, start.getHost(), port, true);
        SSLParameters p = ssl.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!start.getHost().startsWith("[") && !Character.isDigit(start.getHost().charAt(start.getHost().length() - 1))) {
          p.setServerNames(List.of(new SNIHostName(start.getHost())));
        }
        ssl.setSSLParameters(p);
        ssl.startHandshake();
        s = ssl;
      }
      String path = start.getRawPath() == null || start.getRawPath().isEmpty() ? "/" : start.getRawPath();
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + start.getRawAuthority() + "\r\nUser-Agent: " + options.userAgent()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
      if (line == null || !line.startsWith("HTTP/") || line.length() < 12) {
        return new Result<>(Optional.empty(), "no HTTP answer: " + line, false);
      }
      return new Result<>(Optional.of(Integer.parseInt(line.substring(9, 12))), "", false);
    } catch (NoRouteToHostException e) {
      return new Result<>(Optional.empty(), describe(e), true);
    } catch (ConnectException e) {
      return new Result<>(Optional.empty(), describe(e), false);
    } catch (SocketException e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      return new Result<>(Optional.empty(), describe(e), m.contains("unreachable") || m.contains("protocol family"));
    } catch (IOException | java.security.NoSuchAlgorithmException | NumberFormatException e) {
      return new Result<>(Optional.empty(), describe(e), false);
    }
  }

  private static List<InetAddress> ownAddresses() {
    List<InetAddress> out = new ArrayList<>();
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (n.isUp()) {
          out.addAll(Collections.list(n.getInetAddresses()));
        }
      }
    } catch (SocketException e) {
      // No interface list: no IPv6 known, the check says so.
    }
    return out;
  }

  private static boolean loopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
  }

  private static String origin(URI u) {
    return u.getScheme() + "://" + u.getRawAuthority() + "/";
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  static AuditCheck notChecked(CheckCode code, Weight w, String rule, String why) {
    return new AuditCheck(code, CheckStatus.NOT_CHECKED, w, 0, 0, rule, List.of(why));
  }
}
