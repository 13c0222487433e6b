package org.govsite.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.docs.DocExamples;
import org.junit.jupiter.api.Test;

/** Runs the first example of docs/json.md and checks the page shows exactly this code. */
class JsonGuideTest {
  @Test
  void theDocumentedExampleRuns() throws Exception {
    // tag::example[]
    JsonMapper mapper = GovSiteJson.mapper();   // shared and ready: use it as it is
    String json = mapper.writeValueAsString(Map.of("due", LocalDate.of(2025, 10, 14)));   // {"due":"2025-10-14"}
    String empty = GovSiteJson.write(Optional.empty());                                  // null
    JsonMapper mine = GovSiteJson.builder()     // a fresh builder with the same settings, for a host's own changes
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .build();
    // end::example[]
    assertEquals("{\"due\":\"2025-10-14\"}", json);
    assertEquals("null", empty);
    assertEquals("{\"due_date\":\"2025-10-14\"}", mine.writeValueAsString(new Due(LocalDate.of(2025, 10, 14))));
  }

  record Due(LocalDate dueDate) {}

  @Test
  void guideShowsTheTestedCode() throws IOException {
    DocExamples.assertGuideShows("json.md", JsonGuideTest.class);
  }
}
