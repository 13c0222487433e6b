package org.govsite.disclosure;

import static org.govsite.disclosure.RequestTrackerTest.d;

import java.util.ArrayList;
import java.util.List;
import org.govsite.core.Golden;
import org.junit.jupiter.api.Test;

/**
 * Pins the annual report's JSON (docs/disclosure.md, docs/cli.md: {@code year}, {@code table3},
 * {@code section2}, {@code requests} with dates as yyyy-mm-dd and nulls), its HTML fragment and
 * page, and its CSV, character for character.
 */
class AnnualReportGoldenTest {
  static AnnualReport report() {
    Catalogue c = Catalogue.builder()
        .add(CatalogueTest.entry("000014349/2025-00001").category(ProactiveCategory.REGULATIONS).genre("规章").build())
        .add(CatalogueTest.entry("000014349/2025-00002").category(ProactiveCategory.REGULATIONS).genre("规范性文件").build())
        .build();
    List<DisclosureRequest> requests = new ArrayList<>(AnnualReportTest.sample());
    requests.add(AnnualReportTest.r("K", ApplicantType.BUSINESS, "2025-09-30",
        RequestEvent.answered(d("2025-11-20"), Outcome.WITHHELD_THIRD_PARTY_RIGHTS)));
    return AnnualReport.builder(2025).requests(requests).catalogue(c).build();
  }

  @Test
  void jsonIsUnchanged() {
    Golden.assertMatches("annual-report.json", report().toJson());
  }

  @Test
  void htmlFragmentAndPageAreUnchanged() {
    Golden.assertMatches("annual-report-fragment.html", report().toHtml());
    Golden.assertMatches("annual-report-page.html", report().toHtmlPage());
  }

  @Test
  void csvIsUnchanged() {
    Golden.assertMatches("annual-report.csv", report().toCsv());
  }
}
