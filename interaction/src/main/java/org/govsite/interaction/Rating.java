package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** The writer's rating of a reply (满意度评价). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Rating {
  /** 满意. */
  SATISFIED("满意"),
  /** 基本满意. */
  BASICALLY_SATISFIED("基本满意"),
  /** 不满意: the only rating that may reopen a letter. */
  DISSATISFIED("不满意");

  private final String chinese;

  Rating(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, e.g. 满意. */
  public String chinese() {
    return chinese;
  }

  /** Returns the kebab-case code used in JSON and storage. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a code or a Chinese name; {@code field} names it in errors. */
  public static Rating parse(String value, String field) {
    return Codes.byName(values(), value, field, "未知的评价 / unknown rating", Rating::code, r -> r.chinese);
  }
}
