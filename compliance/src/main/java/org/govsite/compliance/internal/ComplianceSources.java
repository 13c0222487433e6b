package org.govsite.compliance.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.time.Period;
import org.apiguardian.api.API;

/** Every number of the audit, named after its source (RULES §3, §4). */
@API(status = INTERNAL, since = "0.1")
public final class ComplianceSources {
  private ComplianceSources() {}

  /** 国办秘函〔2019〕19号, 站点无法访问: a probe fails when the home page does not open within 15 s (RULES §3). */
  public static final Duration CENSUS_PROBE_TIMEOUT = Duration.ofSeconds(15);
  /** 国办秘函〔2019〕19号, 站点无法访问: the site fails when at least 5% of probes fail (RULES §3). */
  public static final double CENSUS_MAX_FAILURE_RATIO = 0.05;
  /** 国办秘函〔2019〕19号, 站点无法访问: at least 20 probes a day (RULES §3). */
  public static final int CENSUS_PROBES_PER_DAY = 20;
  /** 国办秘函〔2019〕19号, 站点无法访问: probes over one week (RULES §3). */
  public static final Duration CENSUS_PROBE_SPAN = Duration.ofDays(7);
  /** 国办秘函〔2019〕19号, 互动回应差: a 政务咨询 letter unanswered for more than 3 months (RULES §3). */
  public static final Period CENSUS_UNANSWERED_LIMIT = Period.ofMonths(3);
  /** 国办秘函〔2019〕19号, 互动回应差: letters of the past year count (RULES §3). */
  public static final Period CENSUS_INTERACTION_WINDOW = Period.ofYears(1);
  /** Seed 000 篇六 (a city rule): reply within 5 working days (RULES §4); configurable. */
  public static final int LOCAL_REPLY_WORKING_DAYS = 5;
  /** 国办发〔2015〕15号 附件 普查评分表: 政策文件类一级栏目 6 months not updated, −5 (RULES §3; value open). */
  public static final int DEDUCT_POLICY_COLUMN = 5;
  /** 国办发〔2015〕15号 附件 普查评分表: the period of 政策文件类一级栏目 above (RULES §3). */
  public static final Period POLICY_COLUMN_STALE_AFTER = Period.ofMonths(6);
  /** 国办发〔2015〕15号 附件 普查评分表: 留言答复 2 months not updated, −3 (RULES §3; value open). */
  public static final int DEDUCT_REPLIES_STALE = 3;
  /** 国办发〔2015〕15号 附件 普查评分表: the period of 留言答复 above (RULES §3). */
  public static final Period REPLIES_STALE_AFTER = Period.ofMonths(2);
  /** 国办发〔2015〕15号 附件 普查评分表: 100 points, below 60 fails (RULES §3). */
  public static final int CENSUS_FULL_SCORE = 100;
  /** 国办发〔2015〕15号 附件 普查评分表: below 60 fails (RULES §3). */
  public static final int CENSUS_PASS_SCORE = 60;
  /** RULES §3 citation for availability. */
  public static final String RULE_UNREACHABLE = "RULES §3 站点无法访问 (国办秘函〔2019〕19号): 首页15秒内无法打开; 监测中≥5%失败";
  /** RULES §3 citation for poor interaction. */
  public static final String RULE_INTERACTION = "RULES §3 互动回应差 (国办秘函〔2019〕19号): 一年内政务咨询留言超过3个月未答复";
  /** RULES §3/§5 citation for serious errors. */
  public static final String RULE_SERIOUS = "RULES §3, §5 严重表述错误/泄密/反动暴力色情 (国办秘函〔2019〕19号; 国办发〔2015〕15号)";
  /** RULES §3 citation for the freshness vetoes. */
  public static final String RULE_FRESHNESS = "RULES §3 (国办秘函〔2019〕19号; 国办发〔2015〕15号 附件), decided by FreshnessTracker, policy ";
}
