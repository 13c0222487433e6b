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
 * <p>Chromium resolves no host name but the audited page's ({@code --host-resolver-rules}), so
 * its scripts, images and XHR stay on the audited host as the crawler does.
 */
final class ChromiumRenderer implements PageRenderer {
  /** Virtual time the page's timers get before the DOM is read: lets a {@code setTimeout} build the page. */
  private static final int SETTLE_MILLIS = 3000;
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
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE " + url.getHost(),
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
