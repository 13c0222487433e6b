package org.govsite.disclosure;

import static org.govsite.disclosure.RequestTrackerTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  static CatalogueEntry.Builder entry(String index) {
    return CatalogueEntry.builder().indexNumber(index).title("关于印发某某办法的通知").issuingOrgan("某某县人民政府办公室")
        .writtenDate(d("2025-03-03")).publishedDate(d("2025-03-10"));
  }

  @Test
  void entryCarriesTheFieldsAndSeveralClassifications() {
    TopicTree gov = TopicTree.govCn();
    CatalogueEntry e = entry("000014349/2025-00001").documentNumber("县政办发〔2025〕3号").genre("通知").keywords("公开", "目录")
        .classification(gov.classify("0201")).classification(gov.classify("0204")).summary("概述")
        .attachment(new Attachment("附件1", "/files/a.pdf")).category(ProactiveCategory.OTHER).build();
    assertEquals(2, e.classifications().size());
    assertEquals("县政办发〔2025〕3号", e.documentNumber().orElseThrow().toString());
    assertEquals(Validity.VALID, e.validity());
    assertEquals("面向社会", e.scope());
    assertEquals(e, e.toBuilder().build());
  }

  @Test
  void domainChecksNameTheField() {
    assertEquals("publishedDate", assertThrows(InvalidInputException.class,
        () -> entry("X1").publishedDate(d("2025-03-01")).build()).field());
    assertEquals("documentNumber", assertThrows(InvalidInputException.class, () -> entry("X1").documentNumber("县政办发[2025]3号")).field());
    assertEquals("title", assertThrows(InvalidInputException.class, () -> entry("X1").title(" ")).field());
    assertEquals("title", assertThrows(InvalidInputException.class, () -> entry("X1").title("长".repeat(301))).field());
    assertEquals("validityChangedOn", assertThrows(InvalidInputException.class,
        () -> entry("X1").validity(Validity.VALID, d("2025-04-01")).build()).field());
    assertEquals("category", assertThrows(InvalidInputException.class,
        () -> entry("X1").mode(DisclosureMode.ON_REQUEST).category(ProactiveCategory.BUDGETS).build()).field());
    assertEquals("indexNumber", assertThrows(InvalidInputException.class, () -> CatalogueEntry.builder().title("t").build()).field());
  }

  @Test
  void beanValidationAnnotationsAgreeWithTheDomainLimits() throws Exception {
    Field title = CatalogueEntry.class.getDeclaredField("title");
    assertTrue(title.isAnnotationPresent(NotBlank.class));
    assertEquals(CatalogueEntry.MAX_TITLE, title.getAnnotation(Size.class).max());
    assertEquals(CatalogueEntry.MAX_SUMMARY, CatalogueEntry.class.getDeclaredField("summary").getAnnotation(Size.class).max());
    assertEquals(CatalogueEntry.MAX_INDEX_NUMBER, CatalogueEntry.class.getDeclaredField("indexNumber").getAnnotation(Size.class).max());
  }

  @Test
  void govCnTreeIsBundled() {
    TopicTree t = TopicTree.govCn();
    assertEquals(22, t.roots().size());
    assertEquals("综合政务 > 政务公开", t.path("0201"));
    assertTrue(t.isWithin("0201", "02"));
    assertFalse(t.isWithin("0201", "03"));
    assertThrows(InvalidInputException.class, () -> t.classify("9999"));
  }

  @Test
  void otherTreesLoadFromJsonAndBadOnesNameTheField() {
    String json = "{\"name\": \"县级主题\", \"categories\": [{\"code\": \"A\", \"name\": \"民生\", \"children\": [{\"code\": \"A1\", \"name\": \"教育\","
        + " \"children\": [{\"code\": \"A11\", \"name\": \"学前\"}]}]}]}";
    TopicTree t = TopicTree.fromJson("local.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertTrue(t.isWithin("A11", "A"));
    String dup = "{\"name\": \"x\", \"categories\": [{\"code\": \"A\", \"name\": \"a\"}, {\"code\": \"A\", \"name\": \"b\"}]}";
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> TopicTree.fromJson("dup.json", new ByteArrayInputStream(dup.getBytes(StandardCharsets.UTF_8))));
    assertEquals("categories[1].code", e.field());
    String noName = "{\"name\": \"x\", \"categories\": [{\"code\": \"A\"}]}";
    assertEquals("categories[0].name", assertThrows(DataFormatException.class,
        () -> TopicTree.fromJson("n.json", new ByteArrayInputStream(noName.getBytes(StandardCharsets.UTF_8)))).field());
  }

  private Catalogue sample(TopicTree local) {
    TopicTree gov = TopicTree.govCn();
    return Catalogue.builder().tree(local).scheme(IndexNumberScheme.govCn())
        .add(entry("000014349/2025-00001").classification(gov.classify("0201")).classification(local.classify("A1"))
            .genre("通知").category(ProactiveCategory.REGULATIONS).build())
        .add(entry("000014349/2024-00001").writtenDate(d("2024-05-06")).publishedDate(d("2024-05-07"))
            .classification(gov.classify("0301")).genre("公告").category(ProactiveCategory.STATISTICS).build())
        .add(entry("000014349/2025-00002").issuingOrgan("某某县财政局").mode(DisclosureMode.ON_REQUEST)
            .validity(Validity.REPEALED, d("2025-06-01")).build())
        .build();
  }

  private static TopicTree local() {
    String json = "{\"name\": \"县级主题\", \"categories\": [{\"code\": \"A\", \"name\": \"民生\", \"children\": [{\"code\": \"A1\", \"name\": \"教育\"}]}]}";
    return TopicTree.fromJson("local.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void queriesByEveryField() {
    Catalogue c = sample(local());
    assertEquals(1, c.query(CatalogueQuery.builder().topic(new Classification(TopicTree.GOV_CN, "02")).build()).size());
    assertEquals(1, c.query(CatalogueQuery.builder().topic(new Classification("县级主题", "A")).build()).size());
    assertEquals(1, c.query(CatalogueQuery.builder().organ("某某县财政局").build()).size());
    assertEquals(2, c.query(CatalogueQuery.builder().year(2025).build()).size());
    assertEquals(1, c.query(CatalogueQuery.builder().genre("公告").build()).size());
    assertEquals(1, c.query(CatalogueQuery.builder().validity(Validity.REPEALED).build()).size());
    assertEquals(2, c.query(CatalogueQuery.builder().mode(DisclosureMode.PROACTIVE).year(2024).build()).size() + 1);
    assertEquals(3, c.query(CatalogueQuery.builder().build()).size());
  }

  @Test
  void catalogueRejectsDuplicatesBadIndexNumbersAndUnknownTopics() {
    assertThrows(InvalidInputException.class, () -> Catalogue.builder().add(entry("A-1").build()).add(entry("A-1").build()));
    assertEquals("indexNumber", assertThrows(InvalidInputException.class,
        () -> Catalogue.builder().scheme(IndexNumberScheme.govCn()).add(entry("A-1").build())).field());
    assertThrows(InvalidInputException.class,
        () -> Catalogue.builder().add(entry("A-1").classification(new Classification("县级主题", "A")).build()));
  }

  @Test
  void coverageListsTheBlankCategories() {
    CoverageReport r = sample(local()).coverage(d("2025-12-31"));
    assertEquals(1, r.counts().get(ProactiveCategory.REGULATIONS));
    assertEquals(1, r.counts().get(ProactiveCategory.STATISTICS));
    assertEquals(13, r.missing().size());
    assertFalse(r.missing().contains(ProactiveCategory.REGULATIONS));
    assertFalse(r.complete());
    // Before the 2025 entry was published only statistics were covered.
    assertEquals(14, sample(local()).coverage(d("2025-01-01")).missing().size());
  }

  @Test
  void timelinessCountsFromWrittenOrChangedDate() {
    Catalogue c = Catalogue.builder()
        // Written 2025-09-30; 20 working days later is 2025-11-04 (National Day in between).
        .add(entry("X1").writtenDate(d("2025-09-30")).publishedDate(d("2025-11-04")).build())
        .add(entry("X2").writtenDate(d("2025-09-30")).publishedDate(d("2025-11-06")).build())
        .add(entry("X3").writtenDate(d("2025-01-02")).changedDate(d("2025-09-30")).publishedDate(d("2025-11-05")).build())
        .add(entry("X4").writtenDate(d("2025-01-02")).publishedDate(d("2025-12-01")).mode(DisclosureMode.ON_REQUEST).build())
        .build();
    TimelinessReport r = c.timeliness(WorkingDayCalendar.official(), DisclosureRules.national());
    assertEquals(3, r.results().size());
    assertEquals(d("2025-11-04"), r.results().get(0).due());
    assertFalse(r.results().get(0).late());
    assertEquals(List.of("X2", "X3"), r.late().stream().map(TimelinessReport.Result::indexNumber).toList());
    assertEquals(2, r.late().get(0).workingDaysLate());
    assertEquals(1, r.late().get(1).workingDaysLate());
  }
}
