package org.govsite.examples;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.web.ErrorBody;

/**
 * Refuses a request body over {@code limits.body.bytes} before anything reads it (请求内容上限):
 * 413 with the one JSON error body ({@code TOO_LARGE}) under {@code /api}, the portal's own error
 * page for the pages, the limit named in both. A body sent without a length is held to the same
 * limit where it is read: by {@link JsonBodyScreeningFilter} for JSON, by the container's form
 * limit for forms, whose failure is answered here the same way.
 */
final class BodyLimitFilter implements Filter {
  /**
   * A refused body up to this size is read and discarded before the answer, as Tomcat's
   * {@code maxSwallowSize} (2 MiB by default) does: closing a connection with unread bytes makes the
   * kernel reset it, and a client still sending then loses the 413 it was answered. A larger body
   * is not worth reading; its sender may see the reset instead.
   */
  static final long SWALLOW_AT_MOST_BYTES = 2L * 1024 * 1024;
  private final PortalContext ctx;

  BodyLimitFilter(PortalContext ctx) {
    this.ctx = ctx;
  }

  /** The message of a refusal, naming the limit and the setting that changes it. */
  static String message(long limit) {
    return "请求内容超过上限 " + limit + " 字节 / request body larger than the limit of " + limit
        + " bytes (limits.body.bytes)";
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = ctx.config.bodyLimitBytes();
    long length = request.getContentLengthLong();
    if (length > limit) {
      if (length <= SWALLOW_AT_MOST_BYTES) {
        swallow(request);
      }
      tooLarge(ctx, (HttpServletRequest) request, (HttpServletResponse) response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException e) {
      // A form sent without a length meets the container's form limit (set to the same value) when
      // a filter reads its parameters: Jetty fails with "form too large", which would answer its own 400 page.
      if (!formTooLarge(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      tooLarge(ctx, (HttpServletRequest) request, (HttpServletResponse) response);
    }
  }

  private static void swallow(ServletRequest request) {
    try {
      request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      // The sender stopped early: the answer goes out all the same.
    }
  }

  static boolean formTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).startsWith("form too large")) {
        return true;
      }
    }
    return false;
  }

  /** Answers 413: JSON under {@code /api}, the portal's page elsewhere. */
  static void tooLarge(PortalContext ctx, HttpServletRequest request, HttpServletResponse out) throws IOException {
    String message = message(ctx.config.bodyLimitBytes());
    out.setStatus(413);
    SecurityHeaders.apply(out); // after a reset, the headers are gone
    out.setHeader("Connection", "close");
    boolean api = ApiErrorHandler.isApi(request);
    out.setContentType(api ? "application/json" : "text/html;charset=UTF-8");
    String body = api ? GovSiteJson.write(ErrorBody.of(CoreErrorCode.TOO_LARGE, message))
        : Html.page(ctx, "内容过长", Html.errors(List.of(message)));
    out.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
