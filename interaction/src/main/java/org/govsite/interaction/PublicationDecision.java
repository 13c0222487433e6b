package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** The office's decision whether to publish a letter (公开决定), separate from the writer's wish. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PublicationDecision {
  /** 未决定. */
  UNDECIDED,
  /** 公开. */
  PUBLISH,
  /** 不公开. */
  WITHHOLD;

  /** Returns the lower-case code used in JSON and storage. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a decision code such as {@code publish}; {@code field} names it in errors. */
  public static PublicationDecision parse(String value, String field) {
    return Codes.byName(values(), value, field, "未知的公开决定 / unknown publication decision", PublicationDecision::code);
  }
}
