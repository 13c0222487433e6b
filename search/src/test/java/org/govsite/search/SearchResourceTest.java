package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
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
  @SuppressWarnings("unchecked")
  void badParametersAnswer400WithTheField() {
    Response r = resource.query("x", List.of(), List.of(), List.of(), List.of(), List.of(), "relevance", "0", "many");
    assertEquals(400, r.getStatus());
    assertEquals("limit", ((Map<String, Object>) r.getEntity()).get("field"));
    assertEquals(400, resource.query("x", List.of("nope"), List.of(), List.of(), List.of(), List.of(), "relevance", "0", "10").getStatus());
    assertEquals(400, resource.query("x", List.of(), List.of(), List.of(), List.of(), List.of(), "random", "0", "10").getStatus());
    assertEquals(400, resource.query("社".repeat(5000), List.of(), List.of(), List.of(), List.of(), List.of(), "relevance", "0", "10").getStatus());
  }

  @Test
  @SuppressWarnings("unchecked")
  void suggest() {
    Response r = resource.suggest("户籍", "5");
    assertEquals(List.of("户籍登记办理须知"), ((Map<String, Object>) r.getEntity()).get("suggestions"));
    assertEquals(400, resource.suggest("户籍", "0").getStatus());
  }
}
