package org.govsite.spring.boot.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.ScreeningRejection;
import org.govsite.core.screening.ScreeningResult;
import org.govsite.core.screening.Verdict;
import org.govsite.core.web.ErrorBody;
import org.govsite.core.web.ScreeningFilter;

/**
 * Screens what a request submits (提交内容检查), form or JSON, before any resource sees it: form
 * parameters through core's {@link ScreeningFilter}, and each string of a JSON body (decoded, so
 * that escapes such as {@code \u653b\u5e9c} do not slip past), both answering a blocked submission
 * with the same 422 {@link ScreeningRejection}. A JSON body is read up to a limit; a longer one is
 * refused with 413 {@code TOO_LARGE} in core's error body.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BodyScreeningFilter implements Filter {
  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
  private final Screener screener;
  private final int maxBodyBytes;
  private final ScreeningFilter forms;
  private final Runnable onBlock;

  /**
   * Creates the filter.
   *
   * @param screener the screener
   * @param maxBodyBytes the largest JSON body read
   * @param onBlock run for every blocked submission (the metrics count them)
   */
  public BodyScreeningFilter(Screener screener, int maxBodyBytes, Runnable onBlock) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes 须为正数 / must be positive: " + maxBodyBytes);
    }
    this.screener = screener;
    this.maxBodyBytes = maxBodyBytes;
    this.forms = new ScreeningFilter(screener);
    this.onBlock = onBlock;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)
        || !METHODS.contains(http.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String type = http.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
      forms.doFilter(request, new Counting(out), chain);
      return;
    }
    byte[] body = http.getInputStream().readNBytes(maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      out.setStatus(413);
      out.setHeader("Connection", "close");
      out.setContentType("application/json");
      out.setCharacterEncoding(StandardCharsets.UTF_8.name());
      out.getWriter().write(GovSiteJson.write(ErrorBody.of(CoreErrorCode.TOO_LARGE, "请求内容超过上限 " + maxBodyBytes
          + " 字节 / request body larger than the limit of " + maxBodyBytes + " bytes (govsite.screening.max-body-bytes)")));
      return;
    }
    Map<String, ScreeningResult> results = new LinkedHashMap<>();
    try {
      collect("", GovSiteJson.reader().readTree(body), results);
    } catch (IOException e) {
      chain.doFilter(new Cached(http, body), response); // not JSON: the resource answers 400
      return;
    }
    if (results.values().stream().noneMatch(r -> r.verdict() == Verdict.BLOCK)) {
      chain.doFilter(new Cached(http, body), response);
      return;
    }
    ScreeningRejection rejection = ScreeningRejection.of(results);
    onBlock.run();
    ScreeningFilter.reject(out, rejection);
  }

  private void collect(String path, JsonNode node, Map<String, ScreeningResult> results) {
    if (node.isTextual()) {
      results.put(path.isEmpty() ? "body" : path, screener.screen(node.asText()));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), results));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), results);
      }
    }
  }

  /** Tells {@code onBlock} when core's form filter answers 422. */
  private final class Counting extends jakarta.servlet.http.HttpServletResponseWrapper {
    Counting(HttpServletResponse r) {
      super(r);
    }

    @Override
    public void setStatus(int sc) {
      if (sc == ScreeningFilter.UNPROCESSABLE) {
        onBlock.run();
      }
      super.setStatus(sc);
    }
  }

  /** The request with its body read once and kept, as a container gives it: one stream for the request's life. */
  private static final class Cached extends HttpServletRequestWrapper {
    private final ServletInputStream stream;

    Cached(HttpServletRequest r, byte[] body) {
      super(r);
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      this.stream = new ServletInputStream() {
        @Override public boolean isFinished() {
          return in.available() == 0;
        }
        @Override public boolean isReady() {
          return true;
        }
        @Override public void setReadListener(ReadListener l) {}
        @Override public int read() {
          return in.read();
        }
        @Override public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public ServletInputStream getInputStream() {
      return stream;
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }
  }
}
