package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.support.Checks;

/**
 * Audits a live site against the national inspection rules (网站检查): crawls it politely, reads
 * its columns and mailbox from the profile, and returns the scorecard. Thread-safe; one audit
 * per call.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Auditor {
  private final AuditOptions options;

  private Auditor(AuditOptions options) {
    this.options = options;
  }

  /** Returns an auditor with the given options. */
  public static Auditor create(AuditOptions options) {
    return new Auditor(Checks.notNull(options, "options"));
  }

  /** Returns an auditor with the default options. */
  public static Auditor standard() {
    return create(AuditOptions.defaults());
  }

  /**
   * Audits the site at {@code url} with its profile as of the end of {@code at}.
   *
   * @throws org.govsite.core.InvalidInputException naming {@code url} for an address that is not http(s) with a host,
   *     or {@code render} when the options' browser cannot run
   */
  public AuditReport audit(URI url, SiteProfile profile, LocalDate at) {
    Checks.notNull(url, "url");
    Checks.notNull(profile, "profile");
    Checks.notNull(at, "at");
    Checks.argument(("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme())) && url.getHost() != null,
        "url", "应为带主机名的http或https地址", "expected an http or https address with a host: " + url);
    Checks.argument(!at.isBefore(WorkingDayCalendar.SUPPORTED_FROM) && !at.isAfter(WorkingDayCalendar.SUPPORTED_TO), "at",
        "日期超出支持范围", "the date is outside " + WorkingDayCalendar.SUPPORTED_FROM + "–" + WorkingDayCalendar.SUPPORTED_TO);
    options.renderer().ifPresent(PageRenderer::check);
    URI start = url.getRawPath() == null || url.getRawPath().isEmpty() ? url.resolve("/") : url;
    return new AuditRun(start, profile, at, options).run();
  }
}
