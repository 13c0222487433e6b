package org.govsite.compliance;

import static org.govsite.compliance.ComplianceAssertions.assertNoDeadLinks;
import static org.govsite.compliance.ComplianceAssertions.assertNoVeto;
import static org.govsite.compliance.ComplianceAssertions.assertPasses;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JUnit 5 example of docs/compliance.md, run by the build against the clean fixture site. */
class ComplianceGuideTest {
  private static FixtureServer staging;

  @BeforeAll
  static void serve() throws Exception {
    staging = Fixtures.clean(); // in your project: the staging site is already running
    System.setProperty("staging.url", staging.uri("/").toString());
  }

  @AfterAll
  static void stop() {
    staging.close();
  }

  // --- docs/compliance.md example begins
  /** The staging site, e.g. {@code mvn verify -Dstaging.url=http://staging.example.gov.cn/} in CI. */
  private static final String STAGING = "staging.url";

  @Test
  void theStagingSitePassesTheCensus() {
    URI site = URI.create(System.getProperty(STAGING, "http://127.0.0.1:8080/"));
    SiteProfile profile = SiteProfile.load(Path.of("src/test/resources/staging-profile.json"));
    AuditOptions options = AuditOptions.builder()
        .maxPages(100)
        .concurrency(2)
        .delay(Duration.ofMillis(50))
        .build();

    AuditReport report = Auditor.create(options).audit(site, profile, LocalDate.of(2026, 11, 20));

    assertNoVeto(report, VetoCode.BLANK_COLUMNS);   // one rule …
    assertNoDeadLinks(report);
    assertPasses(report);                           // … or all of them, listing each violated rule and its evidence
  }
  // --- docs/compliance.md example ends

  @Test
  void theGuideShowsThisExampleVerbatim() throws Exception {
    String test = java.nio.file.Files.readString(Path.of("src/test/java/org/govsite/compliance/ComplianceGuideTest.java"));
    String example = test.substring(test.indexOf("example begins\n") + 15, test.indexOf("  // --- docs/compliance.md example ends"));
    org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.readString(Path.of("../docs/compliance.md")).contains(example));
  }
}
