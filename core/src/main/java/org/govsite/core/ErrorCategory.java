package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The kind of a failure (错误类别): what went wrong in terms a caller can act on, and the HTTP status
 * and CLI exit code that follow from it.
 *
 * <p>Every {@link ErrorCode} belongs to one category, so a web layer answers with
 * {@link #httpStatus()} and the command line picks its exit code from the category alone, never
 * from the spelling of a code.
 */
@API(status = MAINTAINED, since = "0.1")
public enum ErrorCategory {
  /** The caller's input is wrong: a field, a parameter, a file (输入有误). */
  BAD_INPUT(400, "输入有误 / bad input"),
  /** The caller has not signed in, or the sign-in has expired (未登录). */
  UNAUTHENTICATED(401, "请先登录 / sign in first"),
  /** The caller is signed in but its roles do not allow the action (无权操作). */
  FORBIDDEN(403, "无权执行此操作 / not allowed"),
  /** What the caller named does not exist (不存在). */
  NOT_FOUND(404, "请求的内容不存在 / not found"),
  /** The request conflicts with the current state: a taken id, a stale version, a closed letter (冲突). */
  CONFLICT(409, "与当前状态冲突 / conflicts with the current state"),
  /** The request is larger than accepted (内容过大). */
  TOO_LARGE(413, "请求内容过大 / request too large"),
  /** The request's content type is not one the service reads (不支持的内容类型). */
  UNSUPPORTED_MEDIA_TYPE(415, "不支持的内容类型 / unsupported content type"),
  /** The caller tried too often; it may try again after a while (请求过于频繁). */
  TOO_MANY_REQUESTS(429, "请求过于频繁，请稍后再试 / too many requests, try again later"),
  /** Content screening blocked the submission (内容未通过检查). */
  CONTENT_REJECTED(422, "内容未通过检查 / content rejected by screening"),
  /** Something the service depends on is down: a database, an index (服务暂不可用). */
  UNAVAILABLE(503, "服务暂不可用，请稍后再试 / service unavailable, try again later"),
  /** A fault in the service itself (内部错误). */
  INTERNAL(500, "内部错误 / internal error");

  private final int httpStatus;
  private final String description;

  ErrorCategory(int httpStatus, String description) {
    this.httpStatus = httpStatus;
    this.description = description;
  }

  /** Returns the HTTP status a web layer answers with, e.g. 404 for {@link #NOT_FOUND}. */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Returns a bilingual description that reveals nothing about the failure, for answers that must
   * not carry the exception's own message (a server fault's message may name hosts or tables).
   */
  public String description() {
    return description;
  }
}
