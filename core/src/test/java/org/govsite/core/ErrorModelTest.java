package org.govsite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The typed error codes, their categories and the exception types that carry them. */
class ErrorModelTest {

  @Test
  void eachCategoryHasItsHttpStatus() {
    Map<ErrorCategory, Integer> expected = Map.ofEntries(Map.entry(ErrorCategory.BAD_INPUT, 400),
        Map.entry(ErrorCategory.UNAUTHENTICATED, 401), Map.entry(ErrorCategory.FORBIDDEN, 403), Map.entry(ErrorCategory.NOT_FOUND, 404),
        Map.entry(ErrorCategory.CONFLICT, 409), Map.entry(ErrorCategory.TOO_LARGE, 413), Map.entry(ErrorCategory.UNSUPPORTED_MEDIA_TYPE, 415),
        Map.entry(ErrorCategory.CONTENT_REJECTED, 422), Map.entry(ErrorCategory.TOO_MANY_REQUESTS, 429),
        Map.entry(ErrorCategory.UNAVAILABLE, 503), Map.entry(ErrorCategory.INTERNAL, 500));
    assertEquals(expected, Arrays.stream(ErrorCategory.values()).collect(Collectors.toMap(c -> c, ErrorCategory::httpStatus)));
    for (ErrorCategory c : ErrorCategory.values()) {
      assertTrue(c.description().contains(" / "), "bilingual: " + c.description());
    }
  }

  @Test
  void accessAndRateLimitExceptionsKeepTheirCategoryAndWait() {
    assertEquals(ErrorCategory.UNAUTHENTICATED, new AccessDeniedException(CoreErrorCode.NOT_SIGNED_IN, "请先登录 / sign in").category());
    assertEquals(ErrorCategory.FORBIDDEN, new AccessDeniedException(CoreErrorCode.FORBIDDEN, "无权 / not allowed").category());
    assertThrows(IllegalArgumentException.class, () -> new AccessDeniedException(CoreErrorCode.INVALID_INPUT, "x"));
    TooManyRequestsException t = new TooManyRequestsException(CoreErrorCode.TOO_MANY_REQUESTS, "太频繁 / too often",
        java.time.Duration.ofMillis(1_200));
    assertEquals(2, t.retryAfterSeconds(), "rounded up to whole seconds");
    assertThrows(IllegalArgumentException.class,
        () -> new TooManyRequestsException(CoreErrorCode.TOO_MANY_REQUESTS, "x", java.time.Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new TooManyRequestsException(CoreErrorCode.FORBIDDEN, "x", java.time.Duration.ofSeconds(1)));
  }

  @Test
  void exceptionsCarryTheirCodeAndCategory() {
    InvalidInputException bad = new InvalidInputException("year", "应为整数 / must be a whole number");
    assertEquals(CoreErrorCode.INVALID_INPUT, bad.code());
    assertEquals("INVALID_INPUT", bad.code().name());
    assertEquals(ErrorCategory.BAD_INPUT, bad.category());
    assertEquals(List.of(new FieldError("year", "应为整数 / must be a whole number")), bad.errors());
    assertEquals("year: 应为整数 / must be a whole number", bad.getMessage());

    DataFormatException format = new DataFormatException("sites.json", 3, "site.id", "缺少 / missing");
    assertEquals(CoreErrorCode.DATA_FORMAT, format.code());
    assertEquals("sites.json line 3 field site.id: 缺少 / missing", format.getMessage());
    assertEquals(List.of(), new DataFormatException("x.json", 0, "", "不是 JSON / not JSON").errors(),
        "no field, no field errors");

    assertEquals(ErrorCategory.NOT_FOUND, new NotFoundException(CoreErrorCode.NOT_FOUND, "none").category());
    assertEquals(ErrorCategory.CONFLICT, new ConflictException(CoreErrorCode.FRESHNESS_DUPLICATE_SITE, "twice").category());
    assertEquals(ErrorCategory.UNAVAILABLE,
        new UnavailableException(CoreErrorCode.UNAVAILABLE, "db down", new IllegalStateException()).category());
  }

  @Test
  void aTypeRefusesACodeOfAnotherCategory() {
    assertThrows(IllegalArgumentException.class, () -> new NotFoundException(CoreErrorCode.INVALID_INPUT, "x"));
    assertThrows(IllegalArgumentException.class, () -> new ConflictException(CoreErrorCode.NOT_FOUND, "x"));
    assertThrows(IllegalArgumentException.class, () -> new UnavailableException(CoreErrorCode.INTERNAL, "x", null));
    assertThrows(NullPointerException.class, () -> new GovSiteException(null, "x"));
  }

  @Test
  void codeNamesAreStableUpperCaseWords() {
    for (CoreErrorCode c : CoreErrorCode.values()) {
      assertTrue(c.name().matches("[A-Z][A-Z0-9_]*"), c.name());
    }
  }
}
