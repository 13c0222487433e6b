package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsUseH2UnderTheDataDirectory() {
    PortalConfig c = PortalConfig.defaults();
    assertEquals(8080, c.port());
    assertEquals("jdbc:h2:file:" + Path.of("portal-data").toAbsolutePath().resolve("portal"), c.effectiveJdbcUrl());
    assertEquals("4311230001", c.websiteCode().value());
  }

  @Test
  void theEnvironmentOverridesTheFile() throws Exception {
    Path f = Files.writeString(dir.resolve("portal.properties"), "port=9000\ndata.dir=/srv/portal\n"
        + "jdbc.url=jdbc:postgresql://localhost/portal\njdbc.user=portal\nscreening.dictionaries=a.tsv, b.json\n"
        + "site.name=某某县人民政府\n");
    PortalConfig c = PortalConfig.load(Optional.of(f), Map.of("GOVSITE_PORTAL_PORT", "9100",
        "GOVSITE_PORTAL_JDBC_PASSWORD", "secret"));
    assertEquals(9100, c.port());
    assertEquals(Path.of("/srv/portal"), c.dataDir());
    assertEquals("jdbc:postgresql://localhost/portal", c.effectiveJdbcUrl(), "PostgreSQL by changing only the URL");
    assertEquals("secret", c.jdbcPassword());
    assertEquals(List.of(Path.of("a.tsv"), Path.of("b.json")), c.dictionaries());
    assertEquals("某某县人民政府", c.siteName());
  }

  @Test
  void badSettingsNameTheirKey() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.properties"), "site.code=12345\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PortalConfig.load(Optional.of(f), Map.of()));
    assertEquals("site.code", e.field());
    assertThrows(InvalidInputException.class, () -> PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_PORT", "70000")));
    Path unknown = Files.writeString(dir.resolve("unknown.properties"), "colour=red\n");
    assertTrue(assertThrows(InvalidInputException.class, () -> PortalConfig.load(Optional.of(unknown), Map.of()))
        .getMessage().contains("colour"));
  }

  @Test
  void searchSettingsAreCheckedAtStartEachNamingItsKey() throws Exception {
    assertEquals(PortalConfig.SearchBackendKind.EMBEDDED, PortalConfig.defaults().search().backend());
    PortalConfig os = PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_SEARCH_BACKEND", "opensearch",
        "GOVSITE_PORTAL_SEARCH_URL", "http://127.0.0.1:9200", "GOVSITE_PORTAL_SEARCH_INDEX_NAME", "county-portal"));
    assertEquals(PortalConfig.SearchBackendKind.OPENSEARCH, os.search().backend());
    assertEquals("http://127.0.0.1:9200", os.search().url().orElseThrow().toString());
    assertEquals("county-portal", os.search().indexName());
    assertEquals(PortalConfig.Search.DEFAULT_INDEX_NAME, PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_SEARCH_BACKEND",
        "OpenSearch", "GOVSITE_PORTAL_SEARCH_URL", "https://search.example.gov.cn")).search().indexName());
    Map<String, Map<String, String>> bad = Map.of(
        "search.backend", Map.of("search.backend", "elastic"),
        "search.url", Map.of("search.backend", "opensearch"),
        "search.url ", Map.of("search.url", "http://127.0.0.1:9200"),
        "search.url  ", Map.of("search.backend", "opensearch", "search.url", "ftp://127.0.0.1:9200"),
        "search.url   ", Map.of("search.backend", "opensearch", "search.url", "http://127.0.0.1:9200/some/path"),
        "search.index.name", Map.of("search.index.name", "Upper_Case"),
        "search.index.name ", Map.of("search.index.name", "_hidden"));
    for (Map.Entry<String, Map<String, String>> e : bad.entrySet()) {
      StringBuilder text = new StringBuilder();
      e.getValue().forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
      Path f = Files.writeString(dir.resolve("search.properties"), text.toString());
      InvalidInputException x = assertThrows(InvalidInputException.class, () -> PortalConfig.load(Optional.of(f), Map.of()),
          e.getValue().toString());
      assertEquals(e.getKey().strip(), x.field(), e.getValue().toString());
      assertTrue(!x.getMessage().contains("\n"), "one line: " + x.getMessage());
    }
  }

  @Test
  void anOpenSearchNodeThatDoesNotAnswerFailsTheStartNamingSearchUrl() {
    PortalConfig c = PortalConfig.defaults().withPort(0).withDataDir(dir)
        .withSearch(new PortalConfig.Search(PortalConfig.SearchBackendKind.OPENSEARCH,
            Optional.of(java.net.URI.create("http://127.0.0.1:9")), "govsite-portal"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Portal.start(c));
    assertEquals("search.url", e.field());
    assertTrue(e.getMessage().contains("http://127.0.0.1:9"), e.getMessage());
  }
}
