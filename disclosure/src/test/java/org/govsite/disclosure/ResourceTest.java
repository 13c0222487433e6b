package org.govsite.disclosure;

import static org.govsite.disclosure.RequestTrackerTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.NotFoundException;
import org.govsite.core.web.ErrorBody;
import org.govsite.core.web.ErrorMapper;
import org.govsite.core.identifiers.QueryCodes;
import org.junit.jupiter.api.Test;

/** The JAX-RS resources called directly (the container's part — routing, Bean Validation — is declared by annotations). */
class ResourceTest {
  private final Clock clock = Clock.fixed(d("2025-11-07").atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
  private final RequestStore store = RequestStore.inMemory();
  private final RequestResource requests = new RequestResource(store, RequestTracker.national(), clock);

  @Test
  void submitThenSeeTheStatus() {
    Response r = requests.submit(new RequestResource.Submission("business", "online", "请公开某某项目批复", "2025-09-30"));
    assertEquals(201, r.getStatus());
    RequestResource.Receipt v = (RequestResource.Receipt) r.getEntity();
    assertEquals("YSQ-2025-000001", v.id());
    assertTrue(QueryCodes.isWellFormed(v.queryCode()), v.queryCode());
    assertEquals("disclosure/requests/YSQ-2025-000001", r.getLocation().toString());
    assertEquals("2025-11-04", v.deadline());
    assertTrue(v.late());
    assertEquals("reply", v.lateNotices().get(0).kind());
    store.append(v.id(), RequestEvent.answered(d("2025-11-06"), Outcome.DISCLOSED));
    RequestResource.StatusView after = requests.status(v.id(), v.queryCode(), "");
    assertEquals("answered", after.state());
    assertEquals("disclosed", after.outcome());
    assertEquals(after, requests.status(v.id(), "", v.queryCode().toLowerCase(java.util.Locale.ROOT)), "the header, case ignored");
  }

  @Test
  void aLookupWithoutTheRightCodeIsTheSame404AsAnUnknownId() {
    RequestResource.Receipt v = (RequestResource.Receipt) requests.submit(
        new RequestResource.Submission("business", "online", "请公开某某项目批复", "2025-09-30")).getEntity();
    String other = v.queryCode().equals("23456789AB") ? "23456789AC" : "23456789AB";
    NotFoundException unknown = assertThrows(NotFoundException.class, () -> requests.status("YSQ-2025-000002", v.queryCode(), ""));
    for (String code : new String[] {"", other, v.queryCode() + "2", "000000"}) {
      NotFoundException e = assertThrows(NotFoundException.class, () -> requests.status(v.id(), code, ""));
      assertEquals(DisclosureErrorCode.REQUEST_NOT_FOUND, e.code());
      assertEquals(unknown.getMessage(), e.getMessage(), "nothing tells a wrong code from an unknown id");
    }
  }

  @Test
  void aDayTheCalendarCannotCountFromIsRefusedAndNothingIsStored() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> requests.submit(new RequestResource.Submission("business", "online", "请公开", "1990-01-01")));
    assertEquals("received", e.field());
    assertEquals(400, new ErrorMapper().toResponse(e).getStatus());
    assertEquals(List.of(), store.all(), "a refused submission leaves no request behind");
    RequestResource.Receipt v = (RequestResource.Receipt) requests.submit(
        new RequestResource.Submission("business", "online", "请公开", "2025-09-30")).getEntity();
    assertEquals("YSQ-2025-000001", v.id());
  }

  @Test
  void submissionWithoutADayIsReceivedToday() {
    RequestResource.Receipt v = (RequestResource.Receipt) requests.submit(
        new RequestResource.Submission("natural-person", "in-person", "内容", null)).getEntity();
    assertEquals("2025-11-07", v.received());
    assertFalse(v.late());
  }

  @Test
  void badInputIsA400NamingTheField() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> requests.submit(new RequestResource.Submission("person", "online", "x", null)));
    assertEquals("applicant", e.field());
    Response r = new ErrorMapper().toResponse(e);
    assertEquals(400, r.getStatus());
    assertEquals("applicant", ((ErrorBody) r.getEntity()).field());
    assertEquals("INVALID_INPUT", ((ErrorBody) r.getEntity()).code());
    assertEquals("received", assertThrows(InvalidInputException.class,
        () -> requests.submit(new RequestResource.Submission("business", "online", "x", "2025-12-01"))).field());
  }

  @Test
  void unknownIdsAre404TakenIdsAre409AndStorageFailuresHideTheirDetail() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> requests.status("nope", "", ""));
    assertEquals(DisclosureErrorCode.REQUEST_NOT_FOUND, e.code());
    Response r = new ErrorMapper().toResponse(e);
    assertEquals(404, r.getStatus());
    assertEquals("REQUEST_NOT_FOUND", ((ErrorBody) r.getEntity()).code());
    DisclosureRequest taken = DisclosureRequest.received("YSQ-1", ApplicantType.BUSINESS, Channel.ONLINE, d("2025-11-03"), "x");
    store.add(taken);
    GovSiteException again = assertThrows(GovSiteException.class, () -> store.add(taken));
    assertEquals(DisclosureErrorCode.REQUEST_EXISTS, again.code());
    assertEquals(409, new ErrorMapper().toResponse(again).getStatus());
    Response down = new ErrorMapper().toResponse(new org.govsite.core.UnavailableException(DisclosureErrorCode.INDEX_STORAGE,
        "index-number storage failed: connection to db7.internal refused", new java.sql.SQLException("db7")));
    assertEquals(503, down.getStatus());
    assertEquals("INDEX_STORAGE", ((ErrorBody) down.getEntity()).code());
    assertFalse(((ErrorBody) down.getEntity()).message().contains("db7"), "a server fault never shows its detail");
  }

  @Test
  void inputsCarryBeanValidation() throws Exception {
    Method submit = RequestResource.class.getMethod("submit", RequestResource.Submission.class);
    assertTrue(submit.getParameters()[0].isAnnotationPresent(Valid.class));
    // Constraints on record components land on the fields and accessors, where validators look.
    Class<?> s = RequestResource.Submission.class;
    assertTrue(s.getDeclaredField("applicant").isAnnotationPresent(NotBlank.class));
    // The codes have one definition, their enum, looked up by Codes.byName: no pattern restates them.
    assertFalse(s.getDeclaredField("applicant").isAnnotationPresent(Pattern.class));
    assertFalse(s.getDeclaredField("channel").isAnnotationPresent(Pattern.class));
  }

  @Test
  void codesInRequestsAndQueriesAreTrimmedAndCaseIgnoredAndUnknownOnesListed() {
    assertEquals(201, requests.submit(new RequestResource.Submission(" Natural-Person ", "ONLINE", "公开预算", "")).getStatus());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> requests.submit(new RequestResource.Submission("natural-person", "telegram", "公开预算", "")));
    assertEquals("channel", e.field());
    assertTrue(e.getMessage().contains("[in-person, post, letter, online, fax, other]"), e.getMessage());

    Catalogue c = Catalogue.builder().add(CatalogueTest.entry("000014349/2025-00002").mode(DisclosureMode.ON_REQUEST).build()).build();
    CatalogueResource res = new CatalogueResource(c);
    assertEquals(1, res.search(null, null, null, null, null, " VALID ", "On-Request").size());
    assertEquals(1, res.search(null, null, null, null, null, "有效", "依申请公开").size(), "the Chinese labels too");
    InvalidInputException v = assertThrows(InvalidInputException.class, () -> res.search(null, null, null, null, null, "in-force", null));
    assertEquals("validity", v.field());
    assertTrue(v.getMessage().contains("[valid, expired, repealed]"), v.getMessage());
  }

  @Test
  void catalogueSearchEntryAndCoverage() {
    TopicTree gov = TopicTree.govCn();
    Catalogue c = Catalogue.builder()
        .add(CatalogueTest.entry("000014349/2025-00001").classification(gov.classify("0201")).genre("通知")
            .documentNumber("县政办发〔2025〕3号").category(ProactiveCategory.REGULATIONS).build())
        .add(CatalogueTest.entry("000014349/2025-00002").mode(DisclosureMode.ON_REQUEST).build())
        .build();
    CatalogueResource res = new CatalogueResource(c);
    List<CatalogueResource.EntryView> hits = res.search("02", null, null, 2025, null, "valid", "proactive");
    assertEquals(1, hits.size());
    assertEquals("县政办发〔2025〕3号", hits.get(0).documentNumber());
    assertEquals(2, res.search(null, null, null, null, null, null, null).size());
    assertEquals("on-request", res.entry("000014349/2025-00002").mode());
    NotFoundException missing = assertThrows(NotFoundException.class, () -> res.entry("x"));
    assertEquals(DisclosureErrorCode.ENTRY_NOT_FOUND, missing.code());
    assertEquals(404, new ErrorMapper().toResponse(missing).getStatus());
    CatalogueResource.CoverageView cov = res.coverage("2025-12-31");
    assertEquals(14, cov.missing().size());
    assertEquals(1, cov.categories().get(0).entries());
    assertEquals("mode", assertThrows(InvalidInputException.class, () -> res.search(null, null, null, null, null, null, "x")).field());
  }
}
