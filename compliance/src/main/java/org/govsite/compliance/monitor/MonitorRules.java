package org.govsite.compliance.monitor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.ZoneId;
import org.apiguardian.api.API;
import org.govsite.compliance.internal.ComplianceSources;
import org.govsite.core.support.Checks;

/**
 * The availability rule a monitor's probes are judged by (可用性判定规则): the census's, or a
 * site's own stricter one.
 *
 * @param probesPerDay the fewest probes a day for a day to count (census: 20, RULES §3)
 * @param windowDays the days judged together (census: one week, RULES §3)
 * @param maxFailureRatio the share of failed probes at which the site fails (census: 5 %, RULES §3)
 * @param zone the time zone of a day (the census's days are Beijing's)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MonitorRules(int probesPerDay, int windowDays, double maxFailureRatio, ZoneId zone) {
  /** Beijing time: the census's days. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** Validates the components. */
  public MonitorRules {
    Checks.argument(probesPerDay >= 1 && probesPerDay <= 100_000, "probesPerDay", "每日探测次数应为1至100000",
        "probes a day must be 1–100000: " + probesPerDay);
    Checks.argument(windowDays >= 1 && windowDays <= 366, "windowDays", "判定天数应为1至366", "the window must be 1–366 days: " + windowDays);
    Checks.argument(maxFailureRatio > 0 && maxFailureRatio <= 1, "maxFailureRatio", "失败比例应在0到1之间",
        "the failure ratio must be in (0, 1]: " + maxFailureRatio);
    Checks.notNull(zone, "zone");
  }

  /**
   * Returns the census rule of 国办秘函〔2019〕19号 站点无法访问 (RULES §3): at least 20 probes a
   * day over one week, failing at 5 % failed probes, Beijing days.
   */
  public static MonitorRules census() {
    return new MonitorRules(ComplianceSources.CENSUS_PROBES_PER_DAY, (int) ComplianceSources.CENSUS_PROBE_SPAN.toDays(),
        ComplianceSources.CENSUS_MAX_FAILURE_RATIO, BEIJING);
  }

  /** Returns these rules with another number of probes a day. */
  public MonitorRules withProbesPerDay(int n) {
    return new MonitorRules(n, windowDays, maxFailureRatio, zone);
  }

  /** Returns these rules with another window. */
  public MonitorRules withWindowDays(int days) {
    return new MonitorRules(probesPerDay, days, maxFailureRatio, zone);
  }

  /** Returns these rules with another failure ratio. */
  public MonitorRules withMaxFailureRatio(double ratio) {
    return new MonitorRules(probesPerDay, windowDays, ratio, zone);
  }

  /** Returns whether probing every {@code interval} gives at least {@link #probesPerDay()} probes a day. */
  public boolean often(Duration interval) {
    Checks.notNull(interval, "interval");
    return !interval.isZero() && !interval.isNegative() && Duration.ofDays(1).dividedBy(interval) >= probesPerDay;
  }
}
