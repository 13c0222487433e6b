package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** The type of a letter (来信类型): consultation, suggestion, complaint and so on. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum LetterType {
  /** 咨询: the only type the national census floor counts (RULES §3 互动回应差). */
  CONSULTATION("consultation", "咨询"),
  /** 建议. */
  SUGGESTION("suggestion", "建议"),
  /** 投诉. */
  COMPLAINT("complaint", "投诉"),
  /** 表扬. */
  PRAISE("praise", "表扬"),
  /** 举报. */
  REPORT("report", "举报"),
  /** 求助. */
  HELP("help", "求助"),
  /** 其他. */
  OTHER("other", "其他");

  private final String code;
  private final String chinese;

  LetterType(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** Returns the code used in JSON and storage, e.g. {@code consultation}. */
  public String code() {
    return code;
  }

  /** Returns the Chinese name, e.g. 咨询. */
  public String chinese() {
    return chinese;
  }

  /** Parses a code ({@code consultation}, …) or a Chinese name (咨询, …); {@code field} names it in errors. */
  public static LetterType parse(String value, String field) {
    return Codes.byName(values(), value, field, "未知的来信类型 / unknown letter type", LetterType::code, t -> t.chinese);
  }
}
