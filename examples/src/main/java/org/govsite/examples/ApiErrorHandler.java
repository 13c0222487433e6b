package org.govsite.examples;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * exceptions, from the API); for the pages Jetty's own. This one serves the servlet context
 * (sendError, an exception outside Jersey); {@link #forServer()} the server, which refuses a bad
 * URI such as {@code /api/%zz} before any context sees it.
 */
final class ApiErrorHandler extends ErrorHandler {

  ApiErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
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
      super.generateAcceptableResponse(baseRequest, request, response, code, message);
    }
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
