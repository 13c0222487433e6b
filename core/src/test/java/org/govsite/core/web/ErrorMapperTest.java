package org.govsite.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.govsite.core.ConflictException;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.FieldError;
import org.govsite.core.InvalidInputException;
import org.govsite.core.NotFoundException;
import org.govsite.core.UnavailableException;
import org.junit.jupiter.api.Test;

/** The one mapper, fed real exceptions: GovSite's own, Jackson's from real parsing, JAX-RS's. */
class ErrorMapperTest {
  // The mapper logs every server fault it answers; here they are expected, so keep the output quiet.
  private static final java.util.logging.Logger QUIET = quiet();

  static java.util.logging.Logger quiet() {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger(ErrorMapper.class.getName());
    l.setLevel(java.util.logging.Level.OFF);
    return l;
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ErrorMapper mapper = new ErrorMapper();

  enum Kind { ARTICLE, LETTER }

  record Form(String subject, int year, Kind kind, List<String> tags) {}

  record Checked(String code) {
    Checked {
      if (code.length() != 6) {
        throw new InvalidInputException("code", "应为 6 位 / must have 6 characters");
      }
    }
  }

  private Response map(Throwable e) {
    return mapper.toResponse(e);
  }

  private static ErrorBody body(Response r) {
    assertEquals(MediaType.APPLICATION_JSON_TYPE, r.getMediaType());
    return (ErrorBody) r.getEntity();
  }

  private Response parse(String json, Class<?> type) {
    return map(assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, type)));
  }

  @Test
  void badInputIs400WithTheFieldAndEveryFieldError() {
    Response r = map(new InvalidInputException("year", "应为整数 / must be a whole number"));
    assertEquals(400, r.getStatus());
    ErrorBody b = body(r);
    assertEquals("INVALID_INPUT", b.code());
    assertEquals("year", b.field());
    assertEquals(List.of(new FieldError("year", "应为整数 / must be a whole number")), b.errors());
    assertEquals("year: 应为整数 / must be a whole number", b.message());
  }

  @Test
  void categoriesDecideTheStatusNotTheSpellingOfTheCode() {
    assertEquals(404, map(new NotFoundException(CoreErrorCode.NOT_FOUND, "没有 / none")).getStatus());
    Response conflict = map(new ConflictException(CoreErrorCode.FRESHNESS_DUPLICATE_SITE, "网站已存在 / tracked already"));
    assertEquals(409, conflict.getStatus());
    assertEquals("FRESHNESS_DUPLICATE_SITE", body(conflict).code());
    assertEquals("网站已存在 / tracked already", body(conflict).message());
  }

  @Test
  void serverFaultsShowNeitherTheirMessageNorAClassName() {
    Response down = map(new UnavailableException(CoreErrorCode.UNAVAILABLE, "jdbc:postgresql://db7/gov refused",
        new java.sql.SQLException("db7")));
    assertEquals(503, down.getStatus());
    assertFalse(body(down).message().contains("db7"));
    Response bug = map(new IllegalStateException("secret state in org.govsite.core.Foo"));
    assertEquals(500, bug.getStatus());
    assertEquals("INTERNAL", body(bug).code());
    assertEquals("内部错误 / internal error", body(bug).message());
  }

  @Test
  void malformedJsonIsA400NamingTheBodyAndWhere() {
    ErrorBody b = body(parse("{\"subject\": ", Form.class));
    assertEquals("INVALID_INPUT", b.code());
    assertEquals("body", b.field());
    assertTrue(b.message().contains("not valid JSON (line 1"), b.message());
    assertEquals(400, parse("{\"subject\" 1}", Form.class).getStatus());
  }

  @Test
  void wrongTypesUnknownFieldsAndValuesNameTheJsonPath() {
    ErrorBody type = body(parse("{\"year\": {\"a\": 1}}", Form.class));
    assertEquals("year", type.field());
    assertTrue(type.message().contains("expected a number"), type.message());
    ErrorBody list = body(parse("{\"tags\": [\"a\", {}]}", Form.class));
    assertEquals("tags[1]", list.field());
    assertTrue(list.message().contains("expected text"), list.message());
    ErrorBody unknown = body(parse("{\"subjetc\": \"x\"}", Form.class));
    assertEquals("subjetc", unknown.field());
    assertTrue(unknown.message().contains("unknown field"));
    ErrorBody value = body(parse("{\"kind\": \"poster\"}", Form.class));
    assertEquals("kind", value.field());
    assertTrue(value.message().contains("not an accepted value: 'poster'"), value.message());
    ErrorBody number = body(parse("{\"year\": \"abc\"}", Form.class));
    assertEquals("year", number.field());
  }

  @Test
  void whatARecordsConstructorRefusesKeepsItsOwnFieldAndCode() {
    ErrorBody b = body(parse("{\"code\": \"123\"}", Checked.class));
    assertEquals("INVALID_INPUT", b.code());
    assertEquals("code", b.field());
    assertTrue(b.message().contains("6"));
  }

  @Test
  void failingToWriteAnAnswerIsOurFault() {
    Object unwritable = new Object() {
      public Object getSelf() {
        throw new IllegalStateException("boom");
      }
    };
    Response r = map(assertThrows(JsonProcessingException.class, () -> JSON.writeValueAsString(unwritable)));
    assertEquals(500, r.getStatus());
  }

  @Test
  void theContainersOwnErrorsKeepTheirStatusAndHeaders() {
    Response notFound = map(new jakarta.ws.rs.NotFoundException());
    assertEquals(404, notFound.getStatus());
    assertEquals("NOT_FOUND", body(notFound).code());
    Response media = map(new NotSupportedException());
    assertEquals(415, media.getStatus());
    assertEquals("UNSUPPORTED_MEDIA_TYPE", body(media).code());
    Response method = map(new NotAllowedException("GET", new String[] {"POST"}));
    assertEquals(405, method.getStatus());
    assertEquals("METHOD_NOT_ALLOWED", body(method).code());
    assertTrue(method.getHeaderString("Allow").contains("POST"), "the Allow header is kept");
    Response refused = map(new WebApplicationException(403));
    assertEquals(403, refused.getStatus());
    assertEquals("FORBIDDEN", body(refused).code());
    Response teapot = map(new WebApplicationException(418));
    assertEquals(418, teapot.getStatus());
    assertEquals("REQUEST_REFUSED", body(teapot).code());
    Response tooMany = map(new org.govsite.core.TooManyRequestsException(org.govsite.core.CoreErrorCode.TOO_MANY_REQUESTS,
        "太频繁 / too often", java.time.Duration.ofSeconds(30)));
    assertEquals(429, tooMany.getStatus());
    assertEquals("30", tooMany.getHeaderString("Retry-After"));
    assertEquals("TOO_MANY_REQUESTS", body(tooMany).code());
    assertEquals(413, map(new WebApplicationException(413)).getStatus());
  }

  @Test
  void theBodyHasOneShapeAndLeavesOutWhatIsEmpty() throws Exception {
    JsonNode plain = JSON.valueToTree(ErrorBody.forStatus(404));
    assertEquals(List.of("code", "message"), fieldNames(plain));
    JsonNode full = JSON.valueToTree(body(map(new InvalidInputException("year", "须为四位数 / four digits"))));
    assertEquals(List.of("code", "message", "field", "errors"), fieldNames(full));
    assertEquals("year", full.get("errors").get(0).get("field").asText());
    assertEquals("须为四位数 / four digits", full.get("errors").get(0).get("message").asText());
  }

  @Test
  void containerStatusesHaveCodes() {
    assertEquals("NOT_FOUND", ErrorBody.forStatus(404).code());
    assertEquals("TOO_LARGE", ErrorBody.forStatus(413).code());
    assertEquals("UNSUPPORTED_MEDIA_TYPE", ErrorBody.forStatus(415).code());
    assertEquals("INVALID_INPUT", ErrorBody.forStatus(400).code());
    assertEquals("UNAVAILABLE", ErrorBody.forStatus(503).code());
    assertEquals("INTERNAL", ErrorBody.forStatus(502).code());
    assertEquals("NOT_SIGNED_IN", ErrorBody.forStatus(401).code());
    assertEquals("FORBIDDEN", ErrorBody.forStatus(403).code());
    assertEquals("TOO_MANY_REQUESTS", ErrorBody.forStatus(429).code());
    assertEquals("REQUEST_REFUSED", ErrorBody.forStatus(418).code());
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
