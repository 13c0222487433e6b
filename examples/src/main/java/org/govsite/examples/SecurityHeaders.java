package org.govsite.examples;

import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer carries (安全响应头), pages, API, static files and error answers alike:
 * a policy allowing only this site's own resources (the pages use no script and no inline style)
 * and no framing, no content-type sniffing, and no address of ours in a link's {@code Referer} to
 * another site. No {@code Server} header is sent at all ({@link Server}).
 */
final class SecurityHeaders extends Handler.Wrapper {
  static final String CSP = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

  /** Puts the headers on a response before the rest of the server answers it. */
  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    apply(response.getHeaders());
    return super.handle(request, response, callback);
  }

  /** Sets the headers (again: an error answer may have reset them). */
  static void apply(HttpFields.Mutable h) {
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "same-origin");
  }

  /** Sets the headers on a servlet response. */
  static void apply(HttpServletResponse r) {
    r.setHeader("Content-Security-Policy", CSP);
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Referrer-Policy", "same-origin");
  }
}
