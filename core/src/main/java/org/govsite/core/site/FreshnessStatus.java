package org.govsite.core.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The freshness of a column at an instant (栏目更新状态). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FreshnessStatus {
  /** 正常: the last item is within the limit and outside the warning window. */
  FRESH("fresh", "正常"),
  /** 即将超期: still within the limit, but it runs out inside the warning window. */
  DUE_SOON("due-soon", "即将超期"),
  /** 超期未更新: the time since the last item exceeds the limit. */
  STALE("stale", "超期未更新"),
  /** 空白: no item at all, in a column that may not be blank. */
  BLANK("blank", "空白栏目"),
  /** 免检: no limit applies (e.g. 概况 columns), or an empty column that may be blank. */
  EXEMPT("exempt", "不考核");

  private final String jsonName;
  private final String chinese;

  FreshnessStatus(String jsonName, String chinese) {
    this.jsonName = jsonName;
    this.chinese = chinese;
  }

  /** Returns the name used in JSON, e.g. {@code due-soon}. */
  public String jsonName() {
    return jsonName;
  }

  /** Returns the Chinese label, e.g. 超期未更新. */
  public String chinese() {
    return chinese;
  }
}
