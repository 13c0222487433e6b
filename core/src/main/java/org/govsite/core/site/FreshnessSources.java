package org.govsite.core.site;

import java.time.Duration;

/**
 * Every freshness threshold of the two presets, each named after and citing its source
 * (RULES §3). The presets in {@link org.govsite.core.site.FreshnessPolicy} are built from these only.
 */
final class FreshnessSources {
  private FreshnessSources() {}

  /** Citation of the {@code national} preset. */
  public static final String NATIONAL_SOURCE = "国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》；"
      + "国办发〔2015〕15号附件《全国政府网站普查评分表》（RULES §3）";

  /** Citation of the {@code strict-local} preset. */
  public static final String STRICT_LOCAL_SOURCE = "地方要求（RULES §3）：动态类栏目每个工作日更新，通知公告、政策文件、规划计划、人事"
      + "信息于印发后7个工作日内发布（seed 002）；每个栏目（含子栏目）每年至少一篇信息、栏目空白率为0（seed 000 篇一）；"
      + "首页与否决计数沿用国办秘函〔2019〕19号";

  /** 国办秘函〔2019〕19号 首页不更新: home page not updated for 2 weeks. */
  public static final FreshnessLimit CENSUS_2019_HOME_PAGE = FreshnessLimit.weeks(2);
  /** 国办秘函〔2019〕19号 栏目不更新: 动态、要闻类栏目 2 weeks. */
  public static final FreshnessLimit CENSUS_2019_NEWS = FreshnessLimit.weeks(2);
  /** 国办秘函〔2019〕19号 栏目不更新: 通知公告、政策文件类一级栏目 6 months. */
  public static final FreshnessLimit CENSUS_2019_NOTICE_POLICY = FreshnessLimit.months(6);
  /** 国办秘函〔2019〕19号: 通知公告、政策文件 limits apply to 一级栏目 (first-level columns). */
  public static final int CENSUS_2019_NOTICE_POLICY_MAX_LEVEL = 1;
  /** 国办秘函〔2019〕19号 应更未更: 人事、规划计划类栏目 1 year (RULES §3, likely). */
  public static final FreshnessLimit CENSUS_2019_SHOULD_UPDATE = FreshnessLimit.years(1);
  /** 国办秘函〔2019〕19号: ≥5 columns not updated in time fail the site. */
  public static final int CENSUS_2019_STALE_COLUMNS_VETO = 5;
  /** 国办秘函〔2019〕19号: ≥10 应更未更 columns fail the site. */
  public static final int CENSUS_2019_SHOULD_UPDATE_VETO = 10;
  /** 国办秘函〔2019〕19号: ≥5 blank columns fail the site. */
  public static final int CENSUS_2019_BLANK_COLUMNS_VETO = 5;
  /** 国办秘函〔2019〕19号: a home page not updated fails the site on its own. */
  public static final int CENSUS_2019_HOME_PAGE_VETO = 1;

  /** Seed 002 (local rule): 动态类栏目 updated every working day. */
  public static final FreshnessLimit LOCAL_NEWS_EVERY_WORKING_DAY = FreshnessLimit.workingDays(1);
  /** Seed 002 (local rule): 通知公告、政策文件、规划计划、人事 published within 7 working days. */
  public static final FreshnessLimit LOCAL_SEVEN_WORKING_DAYS = FreshnessLimit.workingDays(7);
  /** Seed 000 篇一 (local rule): every column and sub-column has at least one item a year. */
  public static final FreshnessLimit LOCAL_ONE_ITEM_A_YEAR = FreshnessLimit.years(1);
  /** Seed 000 篇一 (local rule): 栏目空白率为0 — one blank column fails the site. */
  public static final int LOCAL_BLANK_COLUMNS_VETO = 1;

  /**
   * The default warning window of {@code due-soon}: not from a rule, a working choice that gives an
   * editor a weekend's notice; set it per policy.
   */
  public static final Duration DEFAULT_WARNING_WINDOW = Duration.ofDays(3);
}
