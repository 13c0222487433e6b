package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The error codes of core and of its web layer (核心错误代码). The HTTP-only codes answer failures
 * the container finds before a resource runs: an unknown path, a wrong method or content type.
 *
 * <p>Three of them are the one exception to "the category decides the status": the container has
 * already chosen 405, 406 or another 4xx of its own, and the answer keeps that status while the
 * category (bad input) tells a caller, and the CLI, what kind of failure it is.
 */
@API(status = MAINTAINED, since = "0.1")
public enum CoreErrorCode implements ErrorCode {
  /** A field or parameter is wrong ({@link InvalidInputException}). */
  INVALID_INPUT(ErrorCategory.BAD_INPUT),
  /** A file or stream is malformed ({@link DataFormatException}). */
  DATA_FORMAT(ErrorCategory.BAD_INPUT),
  /** No resource answers the path (an unknown address under the API). */
  NOT_FOUND(ErrorCategory.NOT_FOUND),
  /** The path exists but not for this HTTP method (answered with 405). */
  METHOD_NOT_ALLOWED(ErrorCategory.BAD_INPUT),
  /** The resource cannot answer in a type the caller accepts (answered with 406). */
  NOT_ACCEPTABLE(ErrorCategory.BAD_INPUT),
  /** The container refused the request for a reason of its own, e.g. 402 or 418; the status is kept. */
  REQUEST_REFUSED(ErrorCategory.BAD_INPUT),
  /** The action needs a signed-in user (answered with 401). */
  NOT_SIGNED_IN(ErrorCategory.UNAUTHENTICATED),
  /** The signed-in user's roles do not allow the action, or the request came from another site (403). */
  FORBIDDEN(ErrorCategory.FORBIDDEN),
  /** Too many attempts from one address or at one id; the answer says when to try again (429). */
  TOO_MANY_REQUESTS(ErrorCategory.TOO_MANY_REQUESTS),
  /** The request body is larger than accepted. */
  TOO_LARGE(ErrorCategory.TOO_LARGE),
  /** The request's content type is not read here (send {@code application/json}). */
  UNSUPPORTED_MEDIA_TYPE(ErrorCategory.UNSUPPORTED_MEDIA_TYPE),
  /** Content screening blocked the submission. */
  CONTENT_REJECTED(ErrorCategory.CONTENT_REJECTED),
  /** A service the request needs is down. */
  UNAVAILABLE(ErrorCategory.UNAVAILABLE),
  /** An unexpected fault. */
  INTERNAL(ErrorCategory.INTERNAL),
  /** A site is added to a freshness tracker that tracks its code already. */
  FRESHNESS_DUPLICATE_SITE(ErrorCategory.CONFLICT);

  private final ErrorCategory category;

  CoreErrorCode(ErrorCategory category) {
    this.category = category;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
