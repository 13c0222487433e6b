package org.govsite.core.screening;

import org.govsite.core.web.ScreeningFilter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Bean Validation constraint and the Servlet filter, driven without a container. */
class ScreeningJakartaTest {

  static final class Form {
    @Screened String review;
    @Screened(maxSeverity = Severity.INFO) String strict;
  }

  private static ScreenedValidator validator(String field) throws Exception {
    ScreenedValidator v = new ScreenedValidator();
    v.initialize(Form.class.getDeclaredField(field).getAnnotation(Screened.class));
    return v;
  }

  @Test
  void constraintAcceptsUpToMaxSeverity() throws Exception {
    ScreenedValidator review = validator("review");
    assertTrue(review.isValid(null, null));
    assertTrue(review.isValid("电话13812345678", null), "personal data is review");
    assertFalse(review.isValid("本攻府", null), "a serious wording error blocks");
    ScreenedValidator strict = validator("strict");
    assertFalse(strict.isValid("电话13812345678", null));
    assertTrue(strict.isValid("今天天气很好", null));
  }

  @Test
  void constraintUsesTheRegisteredProfile() throws Exception {
    ScreenerRegistry.register(ScreenerRegistry.DEFAULT, Screener.builder()
        .dictionary(Dictionary.builder().add("某敏感词", Category.POLITICAL, Severity.BLOCK).build()).build());
    try {
      assertFalse(validator("review").isValid("出现某敏感词", null));
    } finally {
      ScreenerRegistry.unregister(ScreenerRegistry.DEFAULT);
    }
    assertTrue(validator("review").isValid("出现某敏感词", null));
  }

  private record Exchange(HttpServletRequest request, HttpServletResponse response, Map<String, Object> attributes,
      int[] status, StringWriter body) {}

  private static Exchange exchange(String method, Map<String, String[]> params) {
    Map<String, Object> attributes = new HashMap<>();
    int[] status = {200};
    StringWriter body = new StringWriter();
    PrintWriter writer = new PrintWriter(body);
    HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(ScreeningJakartaTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
          case "getMethod" -> method;
          case "getParameterMap" -> params;
          case "setAttribute" -> attributes.put((String) a[0], a[1]);
          case "getAttribute" -> attributes.get((String) a[0]);
          default -> null;
        });
    HttpServletResponse res = (HttpServletResponse) Proxy.newProxyInstance(ScreeningJakartaTest.class.getClassLoader(),
        new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
          case "setStatus" -> {
            status[0] = (Integer) a[0];
            yield null;
          }
          case "getWriter" -> writer;
          default -> null;
        });
    return new Exchange(req, res, attributes, status, body);
  }

  @Test
  void filterAnswers422WithTheFindingsWhenBlocked() throws Exception {
    ScreeningFilter filter = new ScreeningFilter();
    filter.init(null);
    Map<String, String[]> params = new LinkedHashMap<>();
    params.put("title", new String[] {"关于攻府信息公开"});
    params.put("phone", new String[] {"13812345678"});
    Exchange x = exchange("POST", params);
    boolean[] passed = {false};
    filter.doFilter(x.request(), x.response(), (q, r) -> passed[0] = true);
    assertFalse(passed[0]);
    assertEquals(422, x.status()[0]);
    x.body().flush();
    JsonNode json = new ObjectMapper().readTree(x.body().toString());
    assertEquals("block", json.get("verdict").asText());
    assertEquals("title", json.get("findings").get(0).get("field").asText());
    assertEquals("政府", json.get("findings").get(0).get("suggestion").asText());
    assertEquals("138****5678", json.get("findings").get(1).get("text").asText(), "personal data masked");
    assertFalse(json.get("findings").get(1).has("suggestion"), "no suggestion, no field");
    // The one error body's fields around the screening's own.
    assertEquals("CONTENT_REJECTED", json.get("code").asText());
    assertTrue(json.get("message").asText().contains("content rejected by screening"));
    assertEquals(1, json.get("errors").size(), "one entry per blocking finding; the phone number is only review");
    assertEquals("title", json.get("errors").get(0).get("field").asText());
    assertTrue(json.get("errors").get(0).get("message").asText().contains("政府"));
    assertFalse(x.body().toString().contains("13812345678"), "personal data never appears unmasked");
  }

  @Test
  void filterPassesReviewAndGetRequestsOn() throws Exception {
    ScreeningFilter filter = new ScreeningFilter(Screener.standard());
    Exchange x = exchange("POST", Map.of("body", new String[] {"我的电话13812345678"}));
    boolean[] passed = {false};
    filter.doFilter(x.request(), x.response(), (q, r) -> passed[0] = true);
    assertTrue(passed[0]);
    @SuppressWarnings("unchecked")
    Map<String, ScreeningResult> results = (Map<String, ScreeningResult>) x.attributes().get(ScreeningFilter.RESULTS_ATTRIBUTE);
    assertNotNull(results);
    assertEquals(Verdict.REVIEW, results.get("body").verdict());
    Exchange get = exchange("GET", Map.of("q", new String[] {"攻府"}));
    passed[0] = false;
    filter.doFilter(get.request(), get.response(), (q, r) -> passed[0] = true);
    assertTrue(passed[0], "a GET with a blocked term still reaches the application");
    assertNull(get.attributes().get(ScreeningFilter.RESULTS_ATTRIBUTE));
    assertEquals(200, get.status()[0]);
  }
}
