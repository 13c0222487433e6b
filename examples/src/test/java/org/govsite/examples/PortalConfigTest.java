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
}
