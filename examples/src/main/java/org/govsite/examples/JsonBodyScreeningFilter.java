package org.govsite.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.web.BufferedBodyRequest;
import org.govsite.core.web.ScreeningFilter;
import org.govsite.core.screening.ScreeningRejection;
import org.govsite.core.screening.ScreeningResult;
import org.govsite.core.screening.Verdict;

/**
 * Screens JSON request bodies of the REST API, which the screening module's servlet filter leaves
 * to Bean Validation: a blocked body gets the filter's 422 answer ({@link ScreeningRejection}), each
 * finding explained in Chinese with the field's Chinese name. A body sent without a length is held to
 * {@code limits.body.bytes} here: 413 {@code TOO_LARGE} ({@link BodyLimitFilter}).
 */
final class JsonBodyScreeningFilter implements Filter {
  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
  private static final ObjectReader JSON = GovSiteJson.reader();
  private final PortalContext ctx;

  JsonBodyScreeningFilter(PortalContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String type = http.getContentType();
    if (!METHODS.contains(http.getMethod()) || type == null || !type.contains("json")) {
      chain.doFilter(request, response);
      return;
    }
    int limit = (int) ctx.config.bodyLimitBytes();
    byte[] body = http.getInputStream().readNBytes(limit + 1);
    HttpServletResponse out = (HttpServletResponse) response;
    if (body.length > limit) {
      BodyLimitFilter.tooLarge(ctx, http, out);
      return;
    }
    // Screen each string value, decoded: escapes such as \u653b\u5e9c must not slip past.
    Map<String, ScreeningResult> results = new LinkedHashMap<>();
    try {
      collect("", JSON.readTree(body), results);
    } catch (IOException e) {
      chain.doFilter(new BufferedBodyRequest(http, body), response); // not JSON: the resource answers 400
      return;
    }
    if (results.values().stream().noneMatch(r -> r.verdict() == Verdict.BLOCK)) {
      chain.doFilter(new BufferedBodyRequest(http, body), response);
      return;
    }
    ScreeningFilter.reject(out, ScreeningRejection.of(results, Screening::explain));
  }

  private void collect(String path, JsonNode node, Map<String, ScreeningResult> results) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      results.put(path.isEmpty() ? "body" : path, ctx.screener.screen(node.asText()));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), results));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), results);
      }
    }
  }
}
