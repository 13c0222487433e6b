package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Reads a page through a browser (页面渲染): returns the DOM after the page's scripts ran, as
 * HTML, for sites that build their pages with JavaScript. The audit asks for it only after the
 * page was fetched over HTTP with all the crawl's rules (same host, robots.txt, redirects,
 * status), inside the same concurrency permit and followed by the same pause.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PageRenderer {
  /** Where Debian's {@code chromium} package installs the browser (the one CI installs, .ci/setup). */
  Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

  /**
   * Returns the rendered DOM of the page at {@code url} as HTML.
   *
   * @throws org.govsite.core.UnavailableException when the browser fails or takes longer than {@code timeout}
   */
  String render(URI url, Duration timeout);

  /**
   * Checks that the renderer can run (e.g. that the browser is installed), before a crawl starts.
   *
   * @throws org.govsite.core.InvalidInputException naming what is missing
   */
  default void check() {}

  /** Returns a renderer over headless Chromium at {@link #DEBIAN_CHROMIUM}. */
  static PageRenderer chromium() {
    return chromium(DEBIAN_CHROMIUM);
  }

  /** Returns a renderer over headless Chromium at {@code binary}. */
  static PageRenderer chromium(Path binary) {
    return new ChromiumRenderer(binary);
  }
}
