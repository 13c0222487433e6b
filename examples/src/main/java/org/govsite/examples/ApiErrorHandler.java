package org.govsite.examples;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.web.ErrorBody;

/**
 * The container's error answers: for an {@code /api} path core's JSON error body, whatever the
 * caller accepts (a resident's browser must never get Jetty's HTML page, naming servlets and
 * exceptions, from the API); for the pages the portal's own Chinese page, UTF-8, naming no class,
 * cause or server (a form Jetty cannot parse, a {@code sendError}, an exception outside the pages). This one serves the servlet context
 * (sendError, an exception outside Jersey); {@link #forServer()} the server, which refuses a bad
 * URI such as {@code /api/%zz} before any context sees it.
 */
final class ApiErrorHandler extends ErrorHandler {

  private final PortalContext ctx;

  ApiErrorHandler(PortalContext ctx) {
    this.ctx = ctx;
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  // Jetty writes error bodies for GET, POST and HEAD only; an API call by PUT or DELETE deserves one too.
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    SecurityHeaders.apply(response); // an error answer starts from a reset response
    if (isApi(request)) {
      generateAcceptableResponse(baseRequest, request, response, code, message, "application/json");
    } else {
      // Jetty's message may name its exception (BadMessageException: …): the page says the status's words only.
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(page(ctx, code).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The portal's page for a status the container answers. */
  static String page(PortalContext ctx, int code) {
    // 501 is HttpServlet's answer to a method it does not know (PATCH): for a resident, the same as 405.
    ErrorBody body = ErrorBody.forStatus(code == 501 ? 405 : code);
    String title = switch (code) {
      case 400 -> "请求有误";
      case 404 -> "页面不存在";
      case 405, 501 -> "不支持的请求方式";
      case 413 -> "内容过长";
      default -> code >= 500 ? "暂时无法办理" : "请求未完成";
    };
    return Html.page(ctx, title, Html.errors(List.of(body.message())) + "<p><a href=\"/\">返回首页</a></p>");
  }

  @Override
  protected void writeErrorJson(HttpServletRequest request, PrintWriter writer, int code, String message) {
    writer.write(json(code));
  }

  /**
   * The server's error handler, for what Jetty refuses before any context sees it (a bad URI such
   * as {@code /api/%zz}, an ambiguous path). Jetty hands it a stand-in request ({@code /badMessage})
   * without the path that was sent, so it cannot tell the API from the pages: it answers the JSON
   * body to both, since Jetty's page for a malformed request tells a resident nothing either.
   */
  static org.eclipse.jetty.server.handler.ErrorHandler forServer() {
    return new org.eclipse.jetty.server.handler.ErrorHandler() {
      @Override
      public boolean errorPageForMethod(String method) {
        return true;
      }

      @Override
      protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
          Callback callback) throws IOException {
        SecurityHeaders.apply(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(json(code).getBytes(StandardCharsets.UTF_8)), callback);
      }
    };
  }

  private static String json(int code) {
    return GovSiteJson.write(ErrorBody.forStatus(code));
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path != null && (path.equals("/api") || path.startsWith("/api/"));
  }
}
