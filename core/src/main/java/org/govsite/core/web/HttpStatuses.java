package org.govsite.core.web;

import java.util.Map;
import org.govsite.core.CoreErrorCode;

/**
 * The codes and messages of HTTP error statuses a container answers by itself. Apart from
 * {@link ErrorAnswers} because it needs no JAX-RS: a plain servlet host calls
 * {@link ErrorBody#forStatus} without the JAX-RS API on its class path.
 */
final class HttpStatuses {
  private HttpStatuses() {}

  /** The code for an HTTP error status the container chose. */
  static CoreErrorCode codeFor(int status) {
    return switch (status) {
      case 400 -> CoreErrorCode.INVALID_INPUT;
      case 401 -> CoreErrorCode.NOT_SIGNED_IN;
      case 403 -> CoreErrorCode.FORBIDDEN;
      case 404 -> CoreErrorCode.NOT_FOUND;
      case 405 -> CoreErrorCode.METHOD_NOT_ALLOWED;
      case 406 -> CoreErrorCode.NOT_ACCEPTABLE;
      case 413 -> CoreErrorCode.TOO_LARGE;
      case 415 -> CoreErrorCode.UNSUPPORTED_MEDIA_TYPE;
      case 422 -> CoreErrorCode.CONTENT_REJECTED;
      case 429 -> CoreErrorCode.TOO_MANY_REQUESTS;
      case 503 -> CoreErrorCode.UNAVAILABLE;
      default -> status >= 500 ? CoreErrorCode.INTERNAL : CoreErrorCode.REQUEST_REFUSED;
    };
  }

  private static final Map<CoreErrorCode, String> HTTP_MESSAGES = Map.of(
      CoreErrorCode.INVALID_INPUT, "请求有误 / bad request",
      CoreErrorCode.METHOD_NOT_ALLOWED, "该地址不支持此请求方法 / method not allowed for this address",
      CoreErrorCode.NOT_ACCEPTABLE, "无法以所要求的类型答复 / cannot answer in an accepted type (use application/json)",
      CoreErrorCode.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型，请发送 application/json / unsupported content type, send application/json",
      CoreErrorCode.REQUEST_REFUSED, "请求被拒绝 / request refused");

  /** A bilingual message for a container's error that reveals nothing. */
  static String describe(CoreErrorCode code) {
    return HTTP_MESSAGES.getOrDefault(code, code.category().description());
  }
}
