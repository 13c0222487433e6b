package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A request to act on a letter (办理请求): the action, who, when and why, plus the action's data.
 * Made with the static factories, one per action.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Transition {
  private final LetterAction action;
  private final String actor;
  private final LocalDateTime at;
  private final String reason;
  private final @Nullable String department;
  private final @Nullable HandlingMode mode;
  private final @Nullable RejectionReason rejection;
  private final @Nullable Rating rating;
  private final @Nullable String text;
  private final @Nullable PublicCopy publicCopy;
  private final boolean publish;

  private Transition(LetterAction action, String actor, LocalDateTime at, String reason, @Nullable String department,
      @Nullable HandlingMode mode, @Nullable RejectionReason rejection, @Nullable Rating rating, @Nullable String text,
      @Nullable PublicCopy publicCopy, boolean publish) {
    Checks.notNull(actor, "actor");
    Checks.argument(!actor.isBlank(), "actor", "必须记录操作人", "every action records who did it");
    this.action = action;
    this.actor = actor.strip();
    this.at = Checks.notNull(at, "at");
    this.reason = Checks.notNull(reason, "reason").strip();
    this.department = department;
    this.mode = mode;
    this.rejection = rejection;
    this.rating = rating;
    this.text = text;
    this.publicCopy = publicCopy;
    this.publish = publish;
  }

  private static Transition of(LetterAction action, String actor, LocalDateTime at, String reason) {
    return new Transition(action, actor, at, reason, null, null, null, null, null, null, false);
  }

  private static String required(String value, String field, String zh) {
    Checks.notNull(value, field);
    Checks.argument(!value.isBlank(), field, zh, field + " is required");
    return value;
  }

  /** 受理: accepts a received letter. */
  public static Transition accept(String actor, LocalDateTime at) {
    return of(LetterAction.ACCEPT, actor, at, "");
  }

  /** 不予受理: rejects a received letter as invalid, spam or duplicate, with a reason. */
  public static Transition reject(String actor, LocalDateTime at, RejectionReason why, String reason) {
    Checks.notNull(why, "rejection");
    return new Transition(LetterAction.REJECT, actor, at, required(reason, "reason", "不予受理须说明理由"),
        null, null, why, null, null, null, false);
  }

  /** 分办: assigns (or reassigns) the letter to a department in a handling mode. */
  public static Transition assign(String actor, LocalDateTime at, String department, HandlingMode mode, String reason) {
    required(department, "department", "承办部门不能为空");
    Checks.notNull(mode, "mode");
    return new Transition(LetterAction.ASSIGN, actor, at, reason, department.strip(), mode, null, null, null, null, false);
  }

  /** 发布延期说明: posts an extension notice with its reason. */
  public static Transition postExtension(String actor, LocalDateTime at, String reason) {
    return of(LetterAction.POST_EXTENSION, actor, at, required(reason, "reason", "延期须说明理由"));
  }

  /** 答复: records the reply. */
  public static Transition reply(String actor, LocalDateTime at, String text) {
    return new Transition(LetterAction.REPLY, actor, at, "", null, null, null, null,
        required(text, "text", "答复内容不能为空"), null, false);
  }

  /** 公开: publishes a replied letter (the office must have decided to publish). */
  public static Transition publish(String actor, LocalDateTime at) {
    return of(LetterAction.PUBLISH, actor, at, "");
  }

  /** 评价: records the writer's rating. */
  public static Transition rate(String actor, LocalDateTime at, Rating rating) {
    Checks.notNull(rating, "rating");
    return new Transition(LetterAction.RATE, actor, at, "", null, null, null, rating, null, null, false);
  }

  /** 重新办理: reopens a letter rated 不满意, with a reason. */
  public static Transition reopen(String actor, LocalDateTime at, String reason) {
    return of(LetterAction.REOPEN, actor, at, required(reason, "reason", "重新办理须说明理由"));
  }

  /** 办结: closes the letter. */
  public static Transition close(String actor, LocalDateTime at) {
    return of(LetterAction.CLOSE, actor, at, "");
  }

  /** 公开决定: records the office's decision whether to publish. */
  public static Transition decidePublication(String actor, LocalDateTime at, boolean publish, String reason) {
    return new Transition(LetterAction.DECIDE_PUBLICATION, actor, at, reason, null, null, null, null, null, null, publish);
  }

  /** 编辑公开稿: stores the staff-edited, redacted public copy. */
  public static Transition editPublicCopy(String actor, LocalDateTime at, PublicCopy copy) {
    Checks.notNull(copy, "publicCopy");
    return new Transition(LetterAction.EDIT_PUBLIC_COPY, actor, at, "", null, null, null, null, null, copy, false);
  }

  /** Returns the action. */
  public LetterAction action() {
    return action;
  }

  /** Returns who acts. */
  public String actor() {
    return actor;
  }

  /** Returns when. */
  public LocalDateTime at() {
    return at;
  }

  /** Returns why ("" when not needed). */
  public String reason() {
    return reason;
  }

  /** Returns the department of an assignment. */
  public Optional<String> department() {
    return Optional.ofNullable(department);
  }

  /** Returns the handling mode of an assignment. */
  public Optional<HandlingMode> mode() {
    return Optional.ofNullable(mode);
  }

  /** Returns the reason code of a rejection. */
  public Optional<RejectionReason> rejection() {
    return Optional.ofNullable(rejection);
  }

  /** Returns the rating of a {@code RATE}. */
  public Optional<Rating> rating() {
    return Optional.ofNullable(rating);
  }

  /** Returns the reply text of a {@code REPLY}. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** Returns the public copy of an {@code EDIT_PUBLIC_COPY}. */
  public Optional<PublicCopy> publicCopy() {
    return Optional.ofNullable(publicCopy);
  }

  /** Returns the decision of a {@code DECIDE_PUBLICATION}. */
  public boolean publish() {
    return publish;
  }
}
