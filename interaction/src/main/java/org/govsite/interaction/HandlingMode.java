package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** How a letter is handled (办理方式): by the owner, forwarded, assigned with supervision, escalated. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum HandlingMode {
  /** 自办: the mailbox owner handles it. */
  SELF("自办"),
  /** 转办: forwarded to the responsible department. */
  FORWARDED("转办"),
  /** 交办: assigned with supervision (督办). */
  SUPERVISED("交办"),
  /** 呈办: escalated to the leader. */
  ESCALATED("呈办");

  private final String chinese;

  HandlingMode(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, e.g. 转办. */
  public String chinese() {
    return chinese;
  }

  /** Returns the lower-case code used in JSON and storage. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code or a Chinese name; {@code field} names it in errors. */
  public static HandlingMode parse(String value, String field) {
    return Codes.byName(values(), value, field, "未知的办理方式 / unknown handling mode", HandlingMode::code, m -> m.chinese);
  }
}
