package org.govsite.core.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
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
import org.apiguardian.api.API;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.ScreenerRegistry;
import org.govsite.core.screening.ScreeningRejection;
import org.govsite.core.screening.ScreeningResult;
import org.govsite.core.screening.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Servlet filter that screens form submissions (提交内容检查): every parameter of a POST, PUT or
 * PATCH request is screened; when any is blocked the request stops with 422 and the JSON body of
 * {@link ScreeningRejection} ({@code {"code":"CONTENT_REJECTED","message","errors","verdict":"block",
 * "findings":[{"field",…}]}}, personal data masked); otherwise the results are left in the request
 * attribute {@link #RESULTS_ATTRIBUTE} for the application.
 *
 * <p>In {@code web.xml} the init parameter {@code profile} names a screener of
 * {@link ScreenerRegistry}; in code, pass a screener to the constructor.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ScreeningFilter implements Filter {
  /** The request attribute holding a {@code Map<String, ScreeningResult>} by parameter name. */
  public static final String RESULTS_ATTRIBUTE = "org.govsite.core.screening.results";
  /** HTTP 422 Unprocessable Content (RFC 9110 §15.5.21). */
  public static final int UNPROCESSABLE = 422;

  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");

  /** Null until {@link #init} when the container creates the filter without a screener. */
  private volatile @Nullable Screener screener;

  /** Creates a filter that takes its screener from the {@code profile} init parameter. */
  public ScreeningFilter() {}

  /** Creates a filter with a screener. */
  public ScreeningFilter(Screener screener) {
    this.screener = org.govsite.core.support.Checks.notNull(screener, "screener");
  }

  @Override
  public void init(FilterConfig config) {
    if (screener == null) {
      String profile = config == null ? null : config.getInitParameter("profile");
      screener = ScreenerRegistry.get(profile == null || profile.isBlank() ? ScreenerRegistry.DEFAULT : profile);
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http) || !METHODS.contains(http.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Screener s = screener != null ? screener : ScreenerRegistry.get(ScreenerRegistry.DEFAULT);
    Map<String, ScreeningResult> results = new LinkedHashMap<>();
    boolean blocked = false;
    for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
      String[] values = p.getValue();
      for (int i = 0; i < values.length; i++) {
        ScreeningResult r = s.screen(values[i] == null ? "" : values[i]);
        results.put(values.length == 1 ? p.getKey() : p.getKey() + "[" + i + "]", r);
        blocked |= r.verdict() == Verdict.BLOCK;
      }
    }
    if (!blocked) {
      request.setAttribute(RESULTS_ATTRIBUTE, Map.copyOf(results));
      chain.doFilter(request, response);
      return;
    }
    reject((HttpServletResponse) response, ScreeningRejection.of(results));
  }

  /**
   * Answers a blocked submission: 422 with the rejection as JSON. Other filters that screen (e.g. a
   * JSON body's values) answer through here too, so every 422 looks the same.
   */
  public static void reject(HttpServletResponse response, ScreeningRejection rejection) throws IOException {
    response.setStatus(UNPROCESSABLE);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(GovSiteJson.write(rejection));
  }
}
