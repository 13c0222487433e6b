package org.govsite.disclosure;

import static org.govsite.disclosure.RequestTrackerTest.d;

import java.util.ArrayList;
import java.util.List;

/** The annual reports the renderer tests render (in {@code org.govsite.disclosure.render}). */
public final class AnnualReportFixtures {
  private AnnualReportFixtures() {}

  /** The ten hand-counted requests of {@link AnnualReportTest} for 2025, without a catalogue. */
  public static AnnualReport sample2025() {
    return AnnualReport.builder(2025).requests(AnnualReportTest.sample()).build();
  }

  /** The sample plus a late withholding, with section 二 from a two-entry catalogue. */
  public static AnnualReport full2025() {
    Catalogue c = Catalogue.builder()
        .add(CatalogueTest.entry("000014349/2025-00001").category(ProactiveCategory.REGULATIONS).genre("规章").build())
        .add(CatalogueTest.entry("000014349/2025-00002").category(ProactiveCategory.REGULATIONS).genre("规范性文件").build())
        .build();
    List<DisclosureRequest> requests = new ArrayList<>(AnnualReportTest.sample());
    requests.add(AnnualReportTest.r("K", ApplicantType.BUSINESS, "2025-09-30",
        RequestEvent.answered(d("2025-11-20"), Outcome.WITHHELD_THIRD_PARTY_RIGHTS)));
    return AnnualReport.builder(2025).requests(requests).catalogue(c).build();
  }
}
