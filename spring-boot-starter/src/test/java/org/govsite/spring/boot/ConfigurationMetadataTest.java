package org.govsite.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsite.core.json.GovSiteJson;
import org.junit.jupiter.api.Test;

/**
 * The settings users discover: the generated configuration metadata (what IDEs complete from)
 * documents every {@code govsite.*} key, and docs/spring-boot.md's table lists exactly those keys.
 */
class ConfigurationMetadataTest {
  private static final Pattern TABLE_KEY = Pattern.compile("^\\| `(govsite\\.[a-z0-9.-]+)` \\|", Pattern.MULTILINE);

  static JsonNode metadata() throws Exception {
    try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor ran").isNotNull();
      return GovSiteJson.reader().readTree(in);
    }
  }

  static Set<String> keys() throws Exception {
    Set<String> keys = new TreeSet<>();
    metadata().path("properties").forEach(p -> keys.add(p.path("name").asText()));
    return keys;
  }

  @Test
  void everyKeyHasATypeAndADescription() throws Exception {
    List<String> undocumented = new ArrayList<>();
    metadata().path("properties").forEach(p -> {
      if (p.path("description").asText().isBlank() || p.path("type").asText().isBlank()) {
        undocumented.add(p.path("name").asText());
      }
    });
    assertThat(undocumented).isEmpty();
    assertThat(keys()).hasSizeGreaterThan(30).allMatch(k -> k.startsWith("govsite."))
        .contains("govsite.calendar.files", "govsite.screening.dictionaries", "govsite.screening.allow-lists",
            "govsite.mailbox.table-prefix", "govsite.search.opensearch.url", "govsite.health.calendar-warning-from",
            "govsite.metrics.due-soon-working-days");
  }

  @Test
  void theDocsTableListsExactlyTheKeys() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "spring-boot.md"), StandardCharsets.UTF_8);
    doc = doc.substring(doc.indexOf("\n## Settings")); // the meters' table above names meters, not settings
    Set<String> documented = new TreeSet<>();
    Matcher m = TABLE_KEY.matcher(doc);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(documented).isEqualTo(keys());
  }
}
