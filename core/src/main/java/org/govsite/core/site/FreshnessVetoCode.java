package org.govsite.core.site;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** A single-veto item of the census (单项否决指标) that column freshness decides (RULES §3). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FreshnessVetoCode {
  /** 首页不更新: the home page not updated within its limit. */
  HOME_NOT_UPDATED("首页不更新"),
  /** 栏目不更新: too many 动态要闻/通知公告/政策文件 columns not updated in time. */
  COLUMNS_NOT_UPDATED("栏目不更新"),
  /** 应更未更: too many columns that should be updated (人事, 规划计划 …) but are not. */
  SHOULD_UPDATE_NOT_UPDATED("应更未更"),
  /** 空白栏目: too many columns with no item at all. */
  BLANK_COLUMNS("空白栏目");

  private final String chinese;

  FreshnessVetoCode(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name of the veto item, e.g. 空白栏目. */
  public String chinese() {
    return chinese;
  }

  /**
   * Parses a code by its name ({@code COLUMNS_NOT_UPDATED}, case-insensitive).
   *
   * @throws InvalidInputException naming {@code field} when the code is unknown
   */
  public static FreshnessVetoCode parse(String text, String field) {
    return Codes.byName(values(), text, field, "未知否决项 / unknown veto code", FreshnessVetoCode::name);
  }
}
