package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.govsite.core.InvalidInputException;
import org.govsite.core.web.ErrorBody;
import org.govsite.core.web.ErrorMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchResourceTest {
  private final SiteSearch search = SiteSearch.builder().build();
  private final SearchResource resource = new SearchResource(search);

  SearchResourceTest() {
    search.index(SiteSearchTest.CARD);
    search.index(SiteSearchTest.HUKOU);
  }

  @AfterEach
  void close() {
    search.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void queryAnswersJsonReadyMaps() {
    Response r = resource.query("社保卡", List.of("service"), List.of(), List.of(), List.of(), List.of("2026"), "relevance", "0", "10");
    assertEquals(200, r.getStatus());
    Map<String, Object> body = (Map<String, Object>) r.getEntity();
    assertEquals(1L, body.get("total"));
    Map<String, Object> hit = ((List<Map<String, Object>>) body.get("hits")).get(0);
    assertEquals("svc-1", hit.get("id"));
    assertTrue(((String) hit.get("highlight")).contains("<em>"));
  }

  @Test
  void badParametersAre400sNamingTheParameter() {
    Response r = new ErrorMapper().toResponse(assertThrows(InvalidInputException.class,
        () -> resource.query("x", List.of(), List.of(), List.of(), List.of(), List.of(), "relevance", "0", "many")));
    assertEquals(400, r.getStatus());
    ErrorBody body = (ErrorBody) r.getEntity();
    assertEquals("INVALID_INPUT", body.code());
    assertEquals("limit", body.field());
    assertEquals("limit", body.errors().get(0).field());
    assertEquals("kind", assertThrows(InvalidInputException.class,
        () -> resource.query("x", List.of("nope"), List.of(), List.of(), List.of(), List.of(), "relevance", "0", "10")).field());
    assertEquals("sort", assertThrows(InvalidInputException.class,
        () -> resource.query("x", List.of(), List.of(), List.of(), List.of(), List.of(), "random", "0", "10")).field());
    assertThrows(InvalidInputException.class,
        () -> resource.query("社".repeat(5000), List.of(), List.of(), List.of(), List.of(), List.of(), "relevance", "0", "10"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void suggest() {
    Response r = resource.suggest("户籍", "5");
    assertEquals(List.of("户籍登记办理须知"), ((Map<String, Object>) r.getEntity()).get("suggestions"));
    assertEquals("limit", assertThrows(InvalidInputException.class, () -> resource.suggest("户籍", "0")).field());
  }
}
