package org.govsite.core.site.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.site.FreshnessReport;

/**
 * Renders a freshness report (栏目更新报告) for people and tools: indented JSON in the shape of
 * {@link FreshnessReportJson} (fields in docs/freshness.md) and one self-contained HTML page. The
 * report itself only holds the verdicts; every view of it is here.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FreshnessReportRenderer {
  private FreshnessReportRenderer() {}

  /** Returns the report as indented JSON, as {@code govsite freshness --json} prints it. */
  public static String json(FreshnessReport report) {
    return GovSiteJson.writePretty(FreshnessReportJson.of(report));
  }

  /**
   * Returns the report as one self-contained HTML page (inline CSS, no script, no external
   * resource) with every text from the data escaped.
   */
  public static String html(FreshnessReport report) {
    return FreshnessHtml.render(report);
  }
}
