package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** The colour a supervisor sees for an open letter (预警等级), from the policy's alarm ladder. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AlarmLevel {
  /** 正常 (green): nothing to do yet, or already replied. */
  NONE("正常", "green"),
  /** 预警 (blue): the deadline approaches. */
  WARNING("预警", "blue"),
  /** 黄牌 (yellow): the deadline is close. */
  YELLOW_CARD("黄牌", "yellow"),
  /** 红牌 (red): the deadline has passed by the ladder's margin. */
  RED_CARD("红牌", "red");

  private final String chinese;
  private final String colour;

  AlarmLevel(String chinese, String colour) {
    this.chinese = chinese;
    this.colour = colour;
  }

  /** Returns the Chinese name, e.g. 黄牌. */
  public String chinese() {
    return chinese;
  }

  /** Returns the colour to show: green, blue, yellow or red. */
  public String colour() {
    return colour;
  }

  /** Returns the kebab-case code used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a code ({@code warning}, {@code yellow-card}, {@code red-card}); {@code field} names it in errors. */
  public static AlarmLevel parse(String value, String field) {
    return Codes.byName(values(), value, field, "未知的预警等级 / unknown alarm level", AlarmLevel::code, l -> l.chinese);
  }
}
