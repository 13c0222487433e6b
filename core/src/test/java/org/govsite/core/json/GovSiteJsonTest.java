package org.govsite.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GovSiteJsonTest {
  /** A record of the kinds GovSite's values hold. */
  record Notice(String title, LocalDate deadline, LocalDateTime received, Optional<String> reply, Optional<LocalDate> replied,
      Duration waited, List<LocalDate> days) {}

  private static final Notice NOTICE = new Notice("通知", LocalDate.of(2025, 10, 14), LocalDateTime.of(2025, 9, 30, 10, 0, 5),
      Optional.of("已答复"), Optional.empty(), Duration.ofSeconds(15), List.of(LocalDate.of(2025, 10, 1)));

  private static final String NOTICE_JSON = "{\"title\":\"通知\",\"deadline\":\"2025-10-14\",\"received\":\"2025-09-30T10:00:05\","
      + "\"reply\":\"已答复\",\"replied\":null,\"waited\":\"PT15S\",\"days\":[\"2025-10-01\"]}";

  @Test
  void datesAreIsoStringsAndOptionalIsItsValue() throws Exception {
    assertEquals(NOTICE_JSON, GovSiteJson.mapper().writeValueAsString(NOTICE));
    assertEquals(NOTICE_JSON, GovSiteJson.write(NOTICE));
    assertEquals(NOTICE_JSON, GovSiteJson.builder().build().writeValueAsString(NOTICE));
  }

  @Test
  void recordsReadBack() throws Exception {
    assertEquals(NOTICE, GovSiteJson.mapper().readValue(NOTICE_JSON, Notice.class));
    assertEquals(NOTICE, GovSiteJson.reader().forType(Notice.class).readValue(NOTICE_JSON));
  }

  @Test
  void unknownPropertiesFailWhenReading() {
    assertThrows(UnrecognizedPropertyException.class,
        () -> GovSiteJson.reader().forType(Notice.class).readValue("{\"title\":\"x\",\"extra\":1}"));
  }

  @Test
  void prettyOutputIsJacksonsDefaultIndentation() {
    assertEquals("{\n  \"title\" : \"通知\",\n  \"days\" : [ \"2025-10-01\" ]\n}",
        GovSiteJson.writePretty(new Titled("通知", List.of(LocalDate.of(2025, 10, 1)))).replace("\r\n", "\n"));
  }

  record Titled(String title, List<LocalDate> days) {}

  @Test
  void theMapperIsSharedAndABuilderIsFresh() {
    assertSame(GovSiteJson.mapper(), GovSiteJson.mapper());
    JsonMapper own = GovSiteJson.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT).build();
    assertNotSame(GovSiteJson.mapper(), own);
    assertEquals(NOTICE_JSON, GovSiteJson.write(NOTICE), "a host's builder changes nothing shared");
  }

  @Test
  void reconfiguringTheSharedMapperCannotChangeGovSitesOwnOutput() throws Exception {
    JsonMapper copy = GovSiteJson.mapper().copy();
    copy.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    assertEquals(NOTICE_JSON, GovSiteJson.write(NOTICE));
    assertEquals("{\"title\":\"通知\",\"days\":[]}", copy.writeValueAsString(new Titled("通知", List.of())));
  }

  @Test
  void aValueThatCannotBeWrittenIsAnIllegalState() {
    assertThrows(IllegalStateException.class, () -> GovSiteJson.write(new Object()));
  }

  @Property
  void everyDateRoundTripsAsItsIsoText(@ForAll @IntRange(min = -100_000, max = 2_900_000) int epochDay) throws Exception {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    assertEquals("\"" + d + "\"", GovSiteJson.write(d));
    assertEquals(d, GovSiteJson.reader().forType(LocalDate.class).readValue(GovSiteJson.write(d)));
  }
}
