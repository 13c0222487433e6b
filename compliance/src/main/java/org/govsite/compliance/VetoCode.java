package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A veto item of the census (单项否决): any one failed fails the whole site (RULES §3). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum VetoCode {
  /** 站点无法访问: the home page does not open within 15 s, or ≥5% of probes fail. */
  SITE_UNREACHABLE("站点无法访问"),
  /** 首页不更新: no home-page update for 2 weeks. */
  HOME_NOT_UPDATED("首页不更新"),
  /** 栏目不更新: ≥5 columns not updated in time. */
  COLUMNS_NOT_UPDATED("栏目不更新"),
  /** 应更未更: ≥10 columns that should be updated but are not. */
  SHOULD_UPDATE_NOT_UPDATED("应更未更"),
  /** 空白栏目: ≥5 columns without any item. */
  BLANK_COLUMNS("空白栏目"),
  /** 互动回应差: a 政务咨询 letter unanswered for more than 3 months within the past year. */
  POOR_INTERACTION("互动回应差"),
  /** 严重表述错误/泄密: serious wording errors, secrecy marks or other blocked content. */
  SERIOUS_ERRORS("严重错误");

  private final String chinese;

  VetoCode(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, e.g. 空白栏目. */
  public String chinese() {
    return chinese;
  }
}
