package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** The state of a letter in its lifecycle (办理状态). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum LetterState {
  /** 已收到: waiting to be accepted or rejected. */
  RECEIVED("已收到"),
  /** 不予受理: invalid, spam or duplicate; final. */
  REJECTED("不予受理"),
  /** 已受理. */
  ACCEPTED("已受理"),
  /** 已分办: with a handling department. */
  ASSIGNED("已分办"),
  /** 已延期: an extension notice was posted. */
  EXTENDED("已发延期说明"),
  /** 已答复. */
  REPLIED("已答复"),
  /** 已公开. */
  PUBLISHED("已公开"),
  /** 已评价. */
  RATED("已评价"),
  /** 已办结; final. */
  CLOSED("已办结");

  private final String chinese;

  LetterState(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, e.g. 已受理. */
  public String chinese() {
    return chinese;
  }

  /** Returns the lower-case code used in JSON and storage. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a state code such as {@code accepted} (or its Chinese name); {@code field} names it in errors. */
  public static LetterState parse(String value, String field) {
    return Codes.byName(values(), value, field, "未知的办理状态 / unknown letter state", LetterState::code, s -> s.chinese);
  }

  /** Returns whether a reply is still owed in this state. */
  public boolean awaitingReply() {
    return this == RECEIVED || this == ACCEPTED || this == ASSIGNED || this == EXTENDED;
  }
}
