package org.govsite.compliance;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.govsite.core.InvalidInputException;
import org.govsite.core.UnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * Renders a page with headless Chromium's {@code --dump-dom}: one short-lived browser per page,
 * with the flags the portal's browser test starts Chromium with (no first run, no background
 * networking, a throw-away profile). A process per page needs no WebDriver and no client library
 * in this module; it costs about a second a page, which a site built by JavaScript (tens to
 * hundreds of pages) can afford.
 *
 * <p>Chromium contacts no host but the audited one: other names do not resolve
 * ({@code --host-resolver-rules}) and every other address, loopback included, goes through a proxy
 * that does not exist; so the page's scripts, images and XHR stay on the audited host as the
 * crawler does.
 */
final class ChromiumRenderer implements PageRenderer {
  /** Virtual time the page's timers get before the DOM is read: lets a {@code setTimeout} build the page. */
  private static final int SETTLE_MILLIS = 3000;
  /** A host name that never resolves (RFC 2606 .invalid): the proxy every other host's request is sent to. */
  private static final String NO_PROXY = "other-hosts.invalid";
  private final Path binary;

  ChromiumRenderer(Path binary) {
    this.binary = binary;
  }

  @Override
  public void check() {
    if (!Files.isExecutable(binary)) {
      throw new InvalidInputException("render", "找不到Chromium / no Chromium at " + binary + " (apt-get install -y chromium)");
    }
  }

  @Override
  public String render(URI url, Duration timeout) {
    Path profile = null;
    Path out = null;
    try {
      profile = Files.createTempDirectory("govsite-chromium-");
      out = Files.createTempFile("govsite-dom-", ".html");
      List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
          "--mute-audio", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath(),
          // Every request but the audited host's goes to a proxy that cannot be resolved, loopback included.
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE " + url.getHost(), "--proxy-server=http://" + NO_PROXY + ":1",
          "--proxy-bypass-list=<-loopback>;" + url.getHost() + ":" + port(url),
          "--virtual-time-budget=" + SETTLE_MILLIS, "--dump-dom", url.toString()));
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new UnavailableException(AuditErrorCode.RENDER_FAILED, "渲染超时 / rendering took longer than " + timeout.toMillis() + " ms", null);
      }
      String dom = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0 || dom.isBlank()) {
        throw new UnavailableException(AuditErrorCode.RENDER_FAILED, "渲染失败 / Chromium exited with " + p.exitValue(), null);
      }
      return dom;
    } catch (IOException e) {
      throw new UnavailableException(AuditErrorCode.RENDER_FAILED, "渲染失败 / cannot run " + binary + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException(AuditErrorCode.RENDER_FAILED, "渲染被中断 / rendering was interrupted", e);
    } finally {
      delete(out);
      delete(profile);
    }
  }

  private static int port(URI u) {
    return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static void delete(@Nullable Path p) {
    if (p == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(p)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary file left behind is harmless; the OS cleans its temp folder
    }
  }
}
