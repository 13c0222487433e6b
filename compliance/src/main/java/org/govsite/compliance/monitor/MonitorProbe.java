package org.govsite.compliance.monitor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One probe the monitor made and stored (监测记录): of the home page (availability) or of one
 * column's list (freshness).
 *
 * @param at when the probe started
 * @param site the monitored site's home page
 * @param target {@value #HOME} for the home page, {@code column:<id>} for a column of the profile
 * @param url the address probed
 * @param status the HTTP status, 0 without an answer
 * @param elapsed how long the answer took
 * @param ok for the home page: it opened (2xx/3xx) within the timeout; for a column: its list was read
 * @param error why not, else empty
 * @param items for a column: the items on its list pages; 0 for the home page
 * @param newest for a column: its newest item date (not after the probe's day); empty when blank or for the home page
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MonitorProbe(Instant at, String site, String target, String url, int status, Duration elapsed, boolean ok, String error,
    int items, Optional<LocalDate> newest) {
  /** The target of home-page probes. */
  public static final String HOME = "home";
  /** The prefix of column targets. */
  public static final String COLUMN_PREFIX = "column:";

  /** Validates the components. */
  public MonitorProbe {
    Checks.notNull(at, "at");
    Checks.notNull(site, "site");
    Checks.notNull(target, "target");
    Checks.argument(target.equals(HOME) || target.startsWith(COLUMN_PREFIX) && target.length() > COLUMN_PREFIX.length(), "target",
        "应为home或column:栏目标识", "expected home or column:<id>: " + target);
    Checks.notNull(url, "url");
    Checks.notNull(elapsed, "elapsed");
    Checks.notNull(error, "error");
    Checks.notNull(newest, "newest");
  }

  /** Returns whether this is a probe of the home page. */
  public boolean home() {
    return target.equals(HOME);
  }

  /** Returns the column id of a column probe, empty for the home page. */
  public Optional<String> columnId() {
    return home() ? Optional.empty() : Optional.of(target.substring(COLUMN_PREFIX.length()));
  }
}
