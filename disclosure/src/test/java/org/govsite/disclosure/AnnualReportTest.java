package org.govsite.disclosure;

import static org.govsite.disclosure.RequestTrackerTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.disclosure.RequestEvent.Type;
import org.junit.jupiter.api.Test;

/** The section 三 table on a sample counted by hand. */
class AnnualReportTest {
  static DisclosureRequest r(String id, ApplicantType a, String received, RequestEvent... events) {
    return new DisclosureRequest(id, a, Channel.ONLINE, d(received), "", List.of(events));
  }

  /** Ten requests around 2025; the expected counts are in {@link #handCountedTable()}. */
  static List<DisclosureRequest> sample() {
    return List.of(
        r("A", ApplicantType.NATURAL_PERSON, "2025-03-03", RequestEvent.answered(d("2025-03-20"), Outcome.DISCLOSED)),
        r("B", ApplicantType.BUSINESS, "2024-12-20", RequestEvent.answered(d("2025-01-10"), Outcome.PARTIAL)),
        r("C", ApplicantType.RESEARCH, "2025-12-15"),
        r("D", ApplicantType.PUBLIC_INTEREST, "2024-06-03", RequestEvent.answered(d("2024-06-20"), Outcome.DISCLOSED)),
        r("E", ApplicantType.LEGAL_SERVICE, "2025-05-06", RequestEvent.answered(d("2025-05-20"), Outcome.WITHHELD_THIRD_PARTY_RIGHTS)),
        r("F", ApplicantType.OTHER_ORGANIZATION, "2025-07-01", RequestEvent.of(Type.WITHDRAWN, d("2025-07-04"))),
        r("G", ApplicantType.NATURAL_PERSON, "2025-12-22", RequestEvent.answered(d("2026-01-05"), Outcome.NOT_PROCESSED_REPEATED)),
        r("H", ApplicantType.NATURAL_PERSON, "2023-11-01"),
        r("I", ApplicantType.NATURAL_PERSON, "2026-01-05"),
        r("J", ApplicantType.NATURAL_PERSON, "2025-02-05", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-02-07")),
            RequestEvent.answered(d("2025-03-10"), Outcome.OTHER_NO_CORRECTION)));
  }

  @Test
  void handCountedTable() {
    AnnualReport report = AnnualReport.builder(2025).requests(sample()).build();
    RequestTable t = report.requestTable();
    // 本年新收: A, G, J (自然人), C (科研), E (法律服务), F (其他) = 6.
    assertRow(t, "new", Map.of("natural-person", 3, "research", 1, "legal-service", 1, "other-organization", 1, "total", 6));
    // 上年结转: B (商业企业, answered this year) and H (自然人, still open) = 2; D closed in 2024.
    assertRow(t, "carried-over", Map.of("natural-person", 1, "business", 1, "total", 2));
    assertRow(t, "disclosed", Map.of("natural-person", 1, "total", 1));
    assertRow(t, "partial", Map.of("business", 1, "total", 1));
    assertRow(t, "withheld.third-party-rights", Map.of("legal-service", 1, "total", 1));
    assertRow(t, "other.no-correction", Map.of("natural-person", 1, "total", 1));
    // F's withdrawal is counted under （六）3．其他.
    assertRow(t, "other.other", Map.of("other-organization", 1, "total", 1));
    assertRow(t, "not-processed.repeated", Map.of());
    assertRow(t, "total", Map.of("natural-person", 2, "business", 1, "legal-service", 1, "other-organization", 1, "total", 5));
    // 结转下年度: C, G (answered in 2026), H.
    assertRow(t, "carried-forward", Map.of("natural-person", 2, "research", 1, "total", 3));
    assertEquals(List.of("A", "B", "C", "E", "F", "G", "H", "J"), report.requestStatuses().stream().map(RequestStatus::requestId).toList());
  }

  private static void assertRow(RequestTable t, String row, Map<String, Integer> nonZero) {
    for (String c : RequestTable.columns()) {
      assertEquals(nonZero.getOrDefault(c, 0), t.count(row, c), row + " / " + c);
    }
  }

  @Test
  void tableHasTheNationalRowsInOrder() {
    List<String> codes = RequestTable.rows().stream().map(RequestTable.Row::code).toList();
    assertEquals(25, codes.size());
    assertEquals(List.of("new", "carried-over", "disclosed", "partial", "withheld.state-secret"), codes.subList(0, 5));
    assertEquals(List.of("other.other", "total", "carried-forward"), codes.subList(22, 25));
    assertEquals(List.of("natural-person", "business", "research", "public-interest", "legal-service", "other-organization", "total"),
        RequestTable.columns());
  }

  @Test
  void sectionTwoCountsRegulationsFromTheCatalogue() {
    Catalogue c = Catalogue.builder()
        .add(CatalogueTest.entry("000014349/2025-00001").category(ProactiveCategory.REGULATIONS).genre("规章").build())
        .add(CatalogueTest.entry("000014349/2025-00002").category(ProactiveCategory.REGULATIONS).genre("规范性文件").build())
        .add(CatalogueTest.entry("000014349/2020-00003").writtenDate(d("2020-01-02")).publishedDate(d("2020-01-03"))
            .category(ProactiveCategory.REGULATIONS).genre("规范性文件").validity(Validity.REPEALED, d("2025-06-01")).build())
        .build();
    AnnualReport r = AnnualReport.builder(2025).catalogue(c).build();
    assertEquals(List.of(new AnnualReport.RegulationRow("规章", 1, 0, 1), new AnnualReport.RegulationRow("行政规范性文件", 1, 1, 1)),
        r.regulations());
  }

  @Test
  void duplicateIdsAreRejected() {
    assertThrows(InvalidInputException.class, () -> AnnualReport.builder(2025).requests(List.of(
        r("X", ApplicantType.BUSINESS, "2025-01-06"), r("X", ApplicantType.BUSINESS, "2025-01-07"))));
  }

  @Test
  void readsTheRequestsFileAndNamesTheFieldAtFault() {
    String ok = "[{\"id\": \"R1\", \"applicant\": \"natural-person\", \"channel\": \"online\", \"received\": \"2025-09-30\",\n"
        + " \"events\": [{\"type\": \"correction-requested\", \"at\": \"2025-10-10\"},\n"
        + "   {\"type\": \"corrected\", \"at\": \"2025-10-15\"},\n"
        + "   {\"type\": \"answered\", \"at\": \"2025-11-20\", \"outcome\": \"withheld:third-party-rights\"}]}]";
    List<DisclosureRequest> rs = DisclosureRequest.listFromJson("r.json", new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, rs.get(0).events().size());
    String bad = "[\n{\"id\": \"R1\", \"applicant\": \"natural-person\", \"received\": \"2025-09-30\"},\n"
        + "{\"id\": \"R2\", \"applicant\": \"person\", \"received\": \"2025-09-30\"}]";
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> DisclosureRequest.listFromJson("r.json", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
    assertEquals("[1].applicant", e.field());
    assertEquals(3, e.line().orElseThrow());
    String badEvent = "[{\"id\": \"R1\", \"applicant\": \"business\", \"received\": \"2025-09-30\", \"events\": [{\"type\": \"answered\", \"at\": \"2025-10-01\", \"outcome\": \"withheld:secret\"}]}]";
    e = assertThrows(DataFormatException.class,
        () -> DisclosureRequest.listFromJson("r.json", new ByteArrayInputStream(badEvent.getBytes(StandardCharsets.UTF_8))));
    assertEquals("[0].events[0].outcome", e.field());
  }
}
