package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One availability probe of the home page (可用性探测).
 *
 * @param at when it started
 * @param status the HTTP status, 0 without an answer
 * @param elapsed how long the answer took
 * @param error the error without an answer, else empty
 * @param ok whether the page opened within the limit (a 2xx or 3xx answer in time)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Probe(Instant at, int status, Duration elapsed, String error, boolean ok) {
  /** Validates the components. */
  public Probe {
    Checks.notNull(at, "at");
    Checks.notNull(elapsed, "elapsed");
    Checks.notNull(error, "error");
  }
}
