package org.govsite.examples;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsite.core.web.ScreeningFilter;
import org.govsite.core.screening.ScreeningResult;
import org.jspecify.annotations.Nullable;

/**
 * Runs every form submission through the screening module's {@link ScreeningFilter}; when it
 * blocks, the resident gets an HTML page explaining in Chinese what was wrong (instead of the
 * filter's JSON), and the request never reaches the page that would store it.
 */
final class FormScreeningFilter implements Filter {
  private final PortalContext ctx;
  private final ScreeningFilter inner;

  FormScreeningFilter(PortalContext ctx) {
    this.ctx = ctx;
    this.inner = new ScreeningFilter(ctx.screener);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    boolean[] passed = {false};
    HttpServletResponse http = (HttpServletResponse) response;
    WithoutToken screened = new WithoutToken((HttpServletRequest) request);
    inner.doFilter(screened, new Discarding(http), (req, res) -> {
      passed[0] = true;
      chain.doFilter(request, response);
    });
    if (passed[0]) {
      return;
    }
    // Blocked: the filter's answer was discarded; explain the same findings to the resident.
    Map<String, ScreeningResult> results = new LinkedHashMap<>();
    screened.getParameterMap().forEach((k, v) -> {
      for (int i = 0; i < v.length; i++) {
        results.put(v.length == 1 ? k : k + "[" + i + "]", ctx.screener.screen(v[i] == null ? "" : v[i]));
      }
    });
    List<String> messages = Screening.blockMessages(results);
    String back = ((HttpServletRequest) request).getRequestURI();
    http.setStatus(ScreeningFilter.UNPROCESSABLE);
    http.setContentType("text/html;charset=UTF-8");
    http.getWriter().write(Html.page(ctx, "内容未通过检查", Html.errors(messages)
        + "<p>您提交的内容含有不能发布的文字，系统没有保存任何内容。</p><p><a href=\"" + Html.esc(back)
        + "\">返回修改</a></p>"));
  }

  /**
   * The request as screening sees it: without the {@code _csrf} token, random characters the
   * {@link Guard} has checked already, which are no content and must never be mistaken for some.
   */
  private static final class WithoutToken extends HttpServletRequestWrapper {
    WithoutToken(HttpServletRequest r) {
      super(r);
    }

    @Override public @Nullable String getParameter(String name) {
      return StaffSession.CSRF.equals(name) ? null : super.getParameter(name);
    }
    @Override public Map<String, String[]> getParameterMap() {
      Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
      m.remove(StaffSession.CSRF);
      return m;
    }
    @Override public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
    @Override public String @Nullable [] getParameterValues(String name) {
      return StaffSession.CSRF.equals(name) ? null : super.getParameterValues(name);
    }
  }

  /** Swallows what the inner filter writes when it blocks. */
  private static final class Discarding extends HttpServletResponseWrapper {
    Discarding(HttpServletResponse r) {
      super(r);
    }

    @Override public void setStatus(int sc) {}
    @Override public void setContentType(String type) {}
    @Override public void setCharacterEncoding(String charset) {}
    @Override public PrintWriter getWriter() {
      return new PrintWriter(Writer.nullWriter());
    }
    @Override public ServletOutputStream getOutputStream() {
      return new ServletOutputStream() {
        @Override public boolean isReady() {
          return true;
        }
        @Override public void setWriteListener(WriteListener l) {}
        @Override public void write(int b) {}
      };
    }
  }
}
