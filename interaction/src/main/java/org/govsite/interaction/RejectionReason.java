package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** Why a letter was not accepted (不予受理原因). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RejectionReason {
  /** 无效信息. */
  INVALID("无效信息"),
  /** 垃圾信息. */
  SPAM("垃圾信息"),
  /** 重复来信. */
  DUPLICATE("重复来信");

  private final String chinese;

  RejectionReason(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, e.g. 重复来信. */
  public String chinese() {
    return chinese;
  }

  /** Returns the lower-case code used in JSON and storage. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code or a Chinese name; {@code field} names it in errors. */
  public static RejectionReason parse(String value, String field) {
    return Codes.byName(values(), value, field, "未知的不予受理原因 / unknown rejection reason", RejectionReason::code,
        r -> r.chinese);
  }
}
