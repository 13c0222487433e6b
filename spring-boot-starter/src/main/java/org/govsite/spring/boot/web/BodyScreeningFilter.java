package org.govsite.spring.boot.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.InvalidInputException;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.ScreeningRejection;
import org.govsite.core.screening.ScreeningResult;
import org.govsite.core.screening.Verdict;
import org.govsite.core.web.BufferedBodyRequest;
import org.govsite.core.web.ErrorBody;
import org.govsite.core.web.ScreeningFilter;
import org.jspecify.annotations.Nullable;

/**
 * Screens what a request submits (提交内容检查) on POST, PUT, PATCH and DELETE, before any resource
 * sees it, answering a blocked submission with core's 422 {@link ScreeningRejection}:
 * <ul>
 *   <li>a JSON body: each string (decoded, so that escapes such as {@code \u653b\u5e9c} do not slip
 *       past), the bytes read in the declared charset (GBK too); a charset Java does not know is
 *       415 {@code UNSUPPORTED_MEDIA_TYPE}, a body that is not JSON or not valid in its charset 400
 *       {@code INVALID_INPUT}: never passed on unscreened;
 *   <li>a form body ({@code application/x-www-form-urlencoded}): read and parsed here on every
 *       method (containers parse it into parameters for POST only), with the query's parameters;
 *   <li>multipart: refused with 415 (its text parts reach the parameters only where the target
 *       servlet has a multipart configuration); other types: the query's parameters, as core's
 *       {@link ScreeningFilter}.
 * </ul>
 * What passes goes on with the screened body kept (JSON in a declared charset re-encoded as UTF-8
 * and declared so) and a form's parameters as screened. A body longer than the limit is refused with 413 {@code TOO_LARGE}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BodyScreeningFilter implements Filter {
  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
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
    String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/")) {
      // Multipart text parts reach getParameterMap only where the target servlet has a multipart
      // config (Jersey's has none): refused rather than passed on unscreened.
      error(out, 415, CoreErrorCode.UNSUPPORTED_MEDIA_TYPE, "此处不接受 multipart 提交，请用 JSON 或表单 / multipart bodies "
          + "are not accepted on screened paths (govsite.screening.url-patterns); send JSON or a form");
      return;
    }
    boolean json = type.contains("json");
    boolean form = type.startsWith("application/x-www-form-urlencoded");
    if (!json && !form) {
      forms.doFilter(request, new Counting(out), chain);
      return;
    }
    // JSON: the charset the Content-Type header names, as Spring's message converters read it
    // (a CharacterEncodingFilter may have forced the request's encoding to UTF-8 meanwhile); forms:
    // the request's encoding, which the container and FormContentFilter decode parameters with.
    String declared = json ? charsetParameter(http.getContentType()) : http.getCharacterEncoding();
    Charset charset;
    try {
      charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared.trim());
    } catch (IllegalArgumentException e) {
      error(out, 415, CoreErrorCode.UNSUPPORTED_MEDIA_TYPE, "不支持的字符集 / unsupported charset: " + declared);
      return;
    }
    byte[] raw = http.getInputStream().readNBytes(maxBodyBytes + 1);
    if (raw.length > maxBodyBytes) {
      out.setHeader("Connection", "close");
      error(out, 413, CoreErrorCode.TOO_LARGE, "请求内容超过上限 " + maxBodyBytes
          + " 字节 / request body larger than the limit of " + maxBodyBytes + " bytes (govsite.screening.max-body-bytes)");
      return;
    }
    Map<String, ScreeningResult> results = new LinkedHashMap<>();
    byte[] onward = raw;
    Map<String, String[]> parameters = Map.of();
    if (json) {
      JsonNode tree;
      try {
        if (declared == null) {
          tree = GovSiteJson.reader().readTree(raw); // UTF-8/16/32, detected as the converters do
        } else {
          String text = decode(raw, charset);
          tree = GovSiteJson.reader().readTree(text);
          onward = text.getBytes(StandardCharsets.UTF_8); // downstream reads exactly the text screened
        }
      } catch (CharacterCodingException e) {
        invalidBody(out, "请求内容不是有效的 " + charset.name() + " 文本 / is not valid " + charset.name() + " text");
        return;
      } catch (IOException e) {
        // Never passed on unscreened: a converter that reads it differently could bind what was not screened.
        invalidBody(out, "请求内容不是有效的 JSON / is not valid JSON");
        return;
      }
      collect("", tree, results);
    } else {
      String text; // raw (unescaped) characters too, as some clients send them
      try {
        text = decode(raw, charset);
      } catch (CharacterCodingException e) {
        invalidBody(out, "请求内容不是有效的 " + charset.name() + " 文本 / is not valid " + charset.name() + " text");
        return;
      }
      parameters = FormBodies.merge(FormBodies.parse(http.getQueryString(), StandardCharsets.UTF_8), FormBodies.parse(text, charset));
      for (Map.Entry<String, String[]> p : parameters.entrySet()) {
        String[] values = p.getValue();
        for (int i = 0; i < values.length; i++) {
          results.put(values.length == 1 ? p.getKey() : p.getKey() + "[" + i + "]", screener.screen(values[i]));
        }
      }
    }
    if (results.values().stream().anyMatch(r -> r.verdict() == Verdict.BLOCK)) {
      onBlock.run();
      ScreeningFilter.reject(out, ScreeningRejection.of(results));
      return;
    }
    request.setAttribute(ScreeningFilter.RESULTS_ATTRIBUTE, Map.copyOf(results));
    // Downstream reads exactly what was screened: a form's bytes and encoding as sent, with the
    // parameters as parsed here; JSON in a declared charset re-encoded as UTF-8 and declared so.
    chain.doFilter(new Cached(http, onward, onward != raw, form ? parameters : null), response);
  }

  /** The {@code charset} parameter of a content type, when there is one. */
  static @Nullable String charsetParameter(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String v = p.substring(8).trim();
        return v.length() > 1 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }

  private static String decode(byte[] raw, Charset charset) throws CharacterCodingException {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(raw)).toString();
  }

  /** 400 {@code INVALID_INPUT} naming field {@code body}, as the resources answer a body they cannot read. */
  private static void invalidBody(HttpServletResponse out, String reason) throws IOException {
    InvalidInputException e = new InvalidInputException("body", reason);
    out.setStatus(400);
    out.setContentType("application/json");
    out.setCharacterEncoding(StandardCharsets.UTF_8.name());
    out.getWriter().write(GovSiteJson.write(new ErrorBody(e.code().name(), String.valueOf(e.getMessage()), e.field(), e.errors())));
  }

  private static void error(HttpServletResponse out, int status, CoreErrorCode code, String message) throws IOException {
    out.setStatus(status);
    out.setContentType("application/json");
    out.setCharacterEncoding(StandardCharsets.UTF_8.name());
    out.getWriter().write(GovSiteJson.write(ErrorBody.of(code, message)));
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

  /**
   * The request with its body read once and kept ({@link BufferedBodyRequest}); a body recoded to
   * UTF-8 says so in its encoding and content type, and a form's parameters are the screened ones
   * (query and body).
   */
  private static final class Cached extends BufferedBodyRequest {
    private final boolean recoded;
    private final @Nullable Map<String, String[]> parameters;

    Cached(HttpServletRequest r, byte[] body, boolean recoded, @Nullable Map<String, String[]> parameters) {
      super(r, body);
      this.recoded = recoded;
      this.parameters = parameters;
    }

    @Override
    public @Nullable String getCharacterEncoding() {
      return recoded ? StandardCharsets.UTF_8.name() : super.getCharacterEncoding();
    }

    @Override
    public @Nullable String getContentType() {
      String t = super.getContentType();
      return t == null || !recoded ? t : t.replaceAll("(?i);\\s*charset=[^;]*", "") + ";charset=UTF-8";
    }

    @Override
    public @Nullable String getHeader(String name) {
      return recoded && "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (recoded && "content-type".equalsIgnoreCase(name)) {
        String t = getContentType();
        return Collections.enumeration(t == null ? java.util.List.of() : java.util.List.of(t));
      }
      return super.getHeaders(name);
    }

    @Override
    public @Nullable String getParameter(String name) {
      if (parameters == null) {
        return super.getParameter(name);
      }
      String[] v = parameters.get(name);
      return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters == null ? super.getParameterMap() : parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
      if (parameters == null) {
        return super.getParameterValues(name);
      }
      String[] v = parameters.get(name);
      return v == null ? null : v.clone();
    }
  }
}
