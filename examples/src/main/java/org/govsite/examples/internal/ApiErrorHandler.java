package org.govsite.examples.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.govsite.core.web.ErrorBody;

/**
 * The container's error answers: for an {@code /api} path core's JSON error body, whatever the
 * caller accepts (a resident's browser must never get Jetty's HTML page, naming servlets and
 * exceptions, from the API); for the pages Jetty's own.
 */
final class ApiErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

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
    if (isApi(request)) {
      generateAcceptableResponse(baseRequest, request, response, code, message, "application/json");
    } else {
      super.generateAcceptableResponse(baseRequest, request, response, code, message);
    }
  }

  @Override
  protected void writeErrorJson(HttpServletRequest request, PrintWriter writer, int code, String message) {
    try {
      writer.write(JSON.writeValueAsString(ErrorBody.forStatus(code)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body is strings only", e);
    }
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path != null && (path.equals("/api") || path.startsWith("/api/"));
  }
}
