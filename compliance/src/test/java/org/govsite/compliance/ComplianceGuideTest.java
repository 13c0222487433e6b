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
  }

  @AfterAll
  static void stop() {
    staging.close();
  }

  // --- docs/compliance.md example begins
  @Test
  void theStagingSitePassesTheCensus() {
    URI site = staging.uri("/");   // e.g. URI.create(System.getenv("STAGING_URL"))
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
}
