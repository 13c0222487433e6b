package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** An action on a letter (办理动作); each one is recorded in the history. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum LetterAction {
  /** 受理. */
  ACCEPT("accepted", "受理", true),
  /** 不予受理 (invalid, spam, duplicate), with a reason. */
  REJECT("rejected", "不予受理", true),
  /** 分办 / 转办 / 交办 / 呈办 to a department; repeatable (reassignment). */
  ASSIGN("assigned", "分办", true),
  /** 发布延期说明, with a reason. */
  POST_EXTENSION("extension-notice", "延期说明", true),
  /** 答复. */
  REPLY("replied", "答复", true),
  /** 公开. */
  PUBLISH("published", "公开", true),
  /** 评价 (满意 / 基本满意 / 不满意). */
  RATE("rated", "评价", true),
  /** 重新办理 after a dissatisfied rating. */
  REOPEN("reopened", "重新办理", true),
  /** 办结. */
  CLOSE("closed", "办结", true),
  /** 公开决定: the office decides whether to publish; the state does not change. */
  DECIDE_PUBLICATION("publication-decided", "公开决定", false),
  /** 编辑公开稿: staff edit the redacted public copy; the state does not change. */
  EDIT_PUBLIC_COPY("public-copy-edited", "编辑公开稿", false);

  private final String code;
  private final String chinese;
  private final boolean changesState;

  LetterAction(String code, String chinese, boolean changesState) {
    this.code = code;
    this.chinese = chinese;
    this.changesState = changesState;
  }

  /** Returns the event code used in JSON and storage, e.g. {@code extension-notice}. */
  public String code() {
    return code;
  }

  /** Returns the Chinese name, e.g. 受理. */
  public String chinese() {
    return chinese;
  }

  /** Returns whether this action is a lifecycle transition (false for decisions and edits). */
  public boolean changesState() {
    return changesState;
  }

  /** Parses an event code such as {@code replied}; {@code field} names it in errors. */
  public static LetterAction parse(String code, String field) {
    return Codes.byName(values(), code, field, "未知的事件类型 / unknown event type", LetterAction::code);
  }
}
