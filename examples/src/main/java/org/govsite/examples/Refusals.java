package org.govsite.examples;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.govsite.core.ErrorCode;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.web.ErrorBody;

/** Answers a refused request the portal's way: the JSON error body under {@code /api}, a Chinese page elsewhere. */
final class Refusals {
  private Refusals() {}

  /** Writes the refusal; {@code retryAfter} (when not zero) becomes a {@code Retry-After} header in whole seconds. */
  static void send(PortalContext ctx, HttpServletRequest req, HttpServletResponse res, ErrorCode code, String title,
      String message, Duration retryAfter) throws IOException {
    res.setStatus(code.category().httpStatus());
    if (!retryAfter.isZero()) {
      res.setHeader("Retry-After", String.valueOf(seconds(retryAfter)));
    }
    boolean api = ApiErrorHandler.isApi(req);
    res.setContentType(api ? "application/json" : "text/html;charset=UTF-8");
    String body = api ? GovSiteJson.write(ErrorBody.of(code, message)) : Html.page(ctx, title, Html.errors(List.of(message)));
    res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Whole seconds, rounded up, at least 1. */
  static long seconds(Duration d) {
    return Math.max(1, (d.toMillis() + 999) / 1000);
  }
}
