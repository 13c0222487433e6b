package org.govsite.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared mapper as docs/json.md describes it (the page's own blocks run in the docs module). */
class JsonGuideTest {
  @Test
  void theDocumentedExampleRuns() throws Exception {
    JsonMapper mapper = GovSiteJson.mapper();   // shared and ready: use it as it is
    String json = mapper.writeValueAsString(Map.of("due", LocalDate.of(2025, 10, 14)));   // {"due":"2025-10-14"}
    String empty = GovSiteJson.write(Optional.empty());                                  // null
    JsonMapper mine = GovSiteJson.builder()     // a fresh builder with the same settings, for a host's own changes
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .build();
    assertEquals("{\"due\":\"2025-10-14\"}", json);
    assertEquals("null", empty);
    assertEquals("{\"due_date\":\"2025-10-14\"}", mine.writeValueAsString(new Due(LocalDate.of(2025, 10, 14))));
  }

  record Due(LocalDate dueDate) {}

}
