package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class VersionTest {
  @Test
  void versionComesFromTheBundledVersionProperties() {
    StringWriter out = new StringWriter();
    assertEquals(0, GovSiteCommand.run(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
    String version = out.toString().strip();
    assertTrue(version.matches("govsite \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
  }
}
