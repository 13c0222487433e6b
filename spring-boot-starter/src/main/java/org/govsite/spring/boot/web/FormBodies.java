package org.govsite.spring.boot.web;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Parses {@code application/x-www-form-urlencoded} text (表单内容) as a container would, for screening. */
final class FormBodies {
  private FormBodies() {}

  /** The parameters of {@code text} ({@code a=1&b=2}), in order; a malformed escape keeps its text as is. */
  static Map<String, String[]> parse(@Nullable String text, Charset charset) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (text != null && !text.isEmpty()) {
      for (String pair : text.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    Map<String, String[]> result = new LinkedHashMap<>();
    out.forEach((k, v) -> result.put(k, v.toArray(String[]::new)));
    return result;
  }

  /** Both parameter maps: the query's first, then the body's, as the Servlet specification orders them. */
  static Map<String, String[]> merge(Map<String, String[]> query, Map<String, String[]> body) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    query.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(List.of(v)));
    body.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(List.of(v)));
    Map<String, String[]> result = new LinkedHashMap<>();
    out.forEach((k, v) -> result.put(k, v.toArray(String[]::new)));
    return java.util.Collections.unmodifiableMap(result);
  }

  private static String decode(String s, Charset charset) {
    try {
      return URLDecoder.decode(s, charset);
    } catch (IllegalArgumentException e) {
      return s; // screened as sent; the resource decides whether it is acceptable
    }
  }
}
