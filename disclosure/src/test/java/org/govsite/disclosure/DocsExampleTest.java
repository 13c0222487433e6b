package org.govsite.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.govsite.core.identifiers.DocumentNumber;
import org.govsite.disclosure.render.AnnualReportRenderer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API example of docs/disclosure.md, run as written. */
class DocsExampleTest {
  @TempDir Path dir;

  @Test
  void theGuideExampleHolds() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("docs").toAbsolutePath());
    DataSource dataSource = h2;

    // --- as in docs/disclosure.md ---
    DisclosureRequest r = new DisclosureRequest("R1", ApplicantType.NATURAL_PERSON, Channel.ONLINE,
        LocalDate.of(2025, 9, 30), "某某项目批复", List.of(
            RequestEvent.of(RequestEvent.Type.CORRECTION_REQUESTED, LocalDate.of(2025, 10, 10)),
            RequestEvent.of(RequestEvent.Type.CORRECTED, LocalDate.of(2025, 10, 15)),
            RequestEvent.answered(LocalDate.of(2025, 11, 20), Outcome.WITHHELD_THIRD_PARTY_RIGHTS)));

    RequestStatus s = RequestTracker.national().status(r, LocalDate.of(2025, 12, 31));
    assertEquals(Optional.of(LocalDate.of(2025, 11, 12)), s.deadline());
    assertTrue(s.late());
    assertEquals(List.of(new LateNotice(LateNotice.Kind.REPLY, LocalDate.of(2025, 11, 12), Optional.of(LocalDate.of(2025, 11, 20)), 6)),
        s.lateNotices());

    AnnualReport report = AnnualReport.builder(2025).requests(List.of(r)).build();
    assertEquals(1, report.requestTable().count("withheld.third-party-rights", "natural-person"));
    String html = AnnualReportRenderer.html(report);
    assertTrue(html.contains("三、收到和处理政府信息公开申请情况"));

    IndexNumberAllocator allocator = IndexNumberAllocator.builder(dataSource)
        .scheme(IndexNumberScheme.govCn()).build();
    String index = allocator.allocateText("000014349", "", 2025);
    assertEquals("000014349/2025-00001", index);

    Catalogue catalogue = Catalogue.builder().scheme(IndexNumberScheme.govCn())
        .add(CatalogueEntry.builder().indexNumber(index).title("关于印发某某办法的通知")
            .issuingOrgan("某某县人民政府办公室").documentNumber("县政办发〔2025〕3号")
            .writtenDate(LocalDate.of(2025, 3, 3)).publishedDate(LocalDate.of(2025, 3, 10))
            .classification(TopicTree.govCn().classify("0201")).genre("规范性文件")
            .category(ProactiveCategory.REGULATIONS).build())
        .build();
    assertEquals(14, catalogue.coverage(LocalDate.of(2025, 12, 31)).missing().size());

    assertEquals(Optional.of("国办发〔2014〕57号"), DocumentNumber.check("国办发[2014]第057号").corrected());
  }
}
