package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.compliance.internal.ComplianceSources;
import org.govsite.core.site.HomePageFreshness;
import org.govsite.core.support.Checks;

/**
 * The scorecard of one audit (检查报告): the veto items with their evidence, the computable
 * deductions, and what was found (columns, dead links, content, letters).
 * {@code org.govsite.compliance.render.AuditReportRenderer} writes it as JSON, HTML and JUnit XML.
 *
 * @param url the audited address
 * @param at the audit date
 * @param siteName the site's name from the profile
 * @param unreachable why the start page could not be fetched; empty when it was
 * @param probe the availability probe of the home page
 * @param homePage the home page's freshness as the tracker decided
 * @param vetoes all seven veto items, failed or not
 * @param deductions the deductions computed
 * @param columns the profile's columns
 * @param deadLinks the dead links
 * @param findings the screening findings
 * @param letters the mailbox's letters
 * @param pages the pages crawled
 * @param checks the census checks beyond the veto items ({@link CheckCode}), each with its weight and evidence
 * @param accessibility the accessibility scores and findings per page
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AuditReport(String url, LocalDate at, String siteName, Optional<String> unreachable, Probe probe, HomePageFreshness homePage,
    List<Veto> vetoes, List<Deduction> deductions, List<ColumnResult> columns, List<DeadLink> deadLinks, List<ContentFinding> findings,
    List<Letter> letters, List<String> pages, List<AuditCheck> checks, AccessibilityReport accessibility) {
  /** Validates the components. */
  public AuditReport {
    Checks.notNull(url, "url");
    Checks.notNull(at, "at");
    Checks.notNull(siteName, "siteName");
    Checks.notNull(unreachable, "unreachable");
    Checks.notNull(probe, "probe");
    Checks.notNull(homePage, "homePage");
    vetoes = List.copyOf(Checks.notNull(vetoes, "vetoes"));
    deductions = List.copyOf(Checks.notNull(deductions, "deductions"));
    columns = List.copyOf(Checks.notNull(columns, "columns"));
    deadLinks = List.copyOf(Checks.notNull(deadLinks, "deadLinks"));
    findings = List.copyOf(Checks.notNull(findings, "findings"));
    letters = List.copyOf(Checks.notNull(letters, "letters"));
    pages = List.copyOf(Checks.notNull(pages, "pages"));
    checks = List.copyOf(Checks.notNull(checks, "checks"));
    Checks.notNull(accessibility, "accessibility");
  }

  /** Returns a report without the census checks beyond the veto items (the 0.1 shape). */
  public AuditReport(String url, LocalDate at, String siteName, Optional<String> unreachable, Probe probe, HomePageFreshness homePage,
      List<Veto> vetoes, List<Deduction> deductions, List<ColumnResult> columns, List<DeadLink> deadLinks, List<ContentFinding> findings,
      List<Letter> letters, List<String> pages) {
    this(url, at, siteName, unreachable, probe, homePage, vetoes, deductions, columns, deadLinks, findings, letters, pages, List.of(),
        AccessibilityReport.none());
  }

  /** Returns the score: 100 minus the computed deductions and the points of failed checks weighted as deductions. */
  public int score() {
    return ComplianceSources.CENSUS_FULL_SCORE - deductions.stream().mapToInt(Deduction::points).sum()
        - checks.stream().mapToInt(AuditCheck::pointsDeducted).sum();
  }

  /** Returns the check with a code. */
  public AuditCheck check(CheckCode code) {
    return checks.stream().filter(c -> c.code() == code).findFirst().orElseThrow();
  }

  /** Returns the checks that failed, whatever their weight. */
  public List<AuditCheck> failedChecks() {
    return checks.stream().filter(AuditCheck::failed).toList();
  }

  /** Returns the veto items that fail the site. */
  public List<Veto> failedVetoes() {
    return vetoes.stream().filter(Veto::failed).toList();
  }

  /** Returns the veto item with a code. */
  public Veto veto(VetoCode code) {
    return vetoes.stream().filter(v -> v.code() == code).findFirst().orElseThrow();
  }

  /** Returns whether the site passes: no veto item or veto-weighted check fails and the score is at least 60. */
  public boolean passed() {
    return failedVetoes().isEmpty() && checks.stream().noneMatch(AuditCheck::failsSite) && score() >= ComplianceSources.CENSUS_PASS_SCORE;
  }

  /** Returns {@code pass} or {@code fail}. */
  public String verdict() {
    return passed() ? "pass" : "fail";
  }

  /** Returns a readable summary: the verdict, then each failed rule with its evidence. */
  public String summary() {
    return AuditSummary.of(this);
  }
}
