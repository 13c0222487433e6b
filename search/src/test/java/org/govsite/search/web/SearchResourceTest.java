package org.govsite.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govsite.core.InvalidInputException;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.web.ErrorBody;
import org.govsite.core.web.ErrorMapper;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchDocument;
import org.govsite.search.SiteSearch;
import org.govsite.search.render.SearchResultsJson;
import org.govsite.search.render.SuggestionsJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchResourceTest {
  private final SiteSearch search = SiteSearch.builder().build();
  private final SearchResource resource = new SearchResource(search);

  SearchResourceTest() {
    search.index(SearchDocument.builder("svc-1", ContentKind.SERVICE, "社保卡申领指南")
        .body("办理社会保障卡需要携带居民身份证原件。<script>alert(1)</script> 社保卡可在县人社局窗口申领。")
        .column("办事指南").organ("县人社局").topic("劳动、人事、监察").date(LocalDate.of(2026, 3, 1))
        .url("https://www.example.gov.cn/bs/1.html").extra("phone", "0731-1234567").build());
    search.index(SearchDocument.builder("svc-2", ContentKind.SERVICE, "户籍登记办理须知")
        .body("新生儿户籍登记应在出生后一个月内到户籍所在地派出所办理。")
        .column("办事指南").organ("县公安局").date(LocalDate.of(2026, 5, 2)).build());
  }

  @AfterEach
  void close() {
    search.close();
  }

  @Test
  void queryAnswersTheResultsRecord() {
    Response r = resource.query("社保卡", List.of("service"), List.of(), List.of(), List.of(), List.of("2026"), "relevance", "0", "10");
    assertEquals(200, r.getStatus());
    SearchResultsJson body = (SearchResultsJson) r.getEntity();
    assertEquals(1L, body.total());
    SearchResultsJson.Hit hit = body.hits().get(0);
    assertEquals("svc-1", hit.id());
    assertEquals("service", hit.kind());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), hit.date());
    assertTrue(hit.highlight().contains("<em>"));
    String json = GovSiteJson.write(body);
    assertTrue(json.contains("\"date\":\"2026-03-01\""), json);
    assertTrue(json.contains("\"extra\":{\"phone\":\"0731-1234567\"}"), json);
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
  void suggest() {
    Response r = resource.suggest("户籍", "5");
    assertEquals(new SuggestionsJson(List.of("户籍登记办理须知")), r.getEntity());
    assertEquals("{\"suggestions\":[\"户籍登记办理须知\"]}", GovSiteJson.write(r.getEntity()));
    assertEquals("limit", assertThrows(InvalidInputException.class, () -> resource.suggest("户籍", "0")).field());
  }
}
