package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.compliance.internal.ComplianceSources;
import org.govsite.core.support.Checks;

/**
 * The result of a series of probes (可用性监测结果) against the 5% rule of RULES §3.
 *
 * @param probes the probes, in order
 * @param maxFailureRatio the ratio at which the site fails (0.05 in the census)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AvailabilityReport(List<Probe> probes, double maxFailureRatio) {
  /** Validates the components. */
  public AvailabilityReport {
    probes = List.copyOf(Checks.notNull(probes, "probes"));
    Checks.argument(maxFailureRatio > 0 && maxFailureRatio <= 1, "maxFailureRatio", "应在0到1之间", "must be in (0, 1]");
  }

  /** Returns a report under the census ratio (5%). */
  public static AvailabilityReport census(List<Probe> probes) {
    return new AvailabilityReport(probes, ComplianceSources.CENSUS_MAX_FAILURE_RATIO);
  }

  /** Returns how many probes failed. */
  public int failures() {
    return (int) probes.stream().filter(p -> !p.ok()).count();
  }

  /** Returns failures / probes (0 without probes). */
  public double failureRatio() {
    return probes.isEmpty() ? 0 : (double) failures() / probes.size();
  }

  /** Returns whether the site fails: the failure ratio is at least the maximum. */
  public boolean failed() {
    return !probes.isEmpty() && failureRatio() >= maxFailureRatio;
  }
}
