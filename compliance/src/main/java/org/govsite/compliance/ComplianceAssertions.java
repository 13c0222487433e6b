package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.opentest4j.AssertionFailedError;

/**
 * JUnit 5 assertions on an audit (合规断言): they fail with a message listing each violated rule
 * and its evidence.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ComplianceAssertions {
  private ComplianceAssertions() {}

  /** Asserts that the site passes: no veto item fails and the score is at least 60. */
  public static void assertPasses(AuditReport report) {
    Checks.notNull(report, "report");
    if (!report.passed()) {
      throw new AssertionFailedError("网站检查不合格 / the site fails its audit:\n" + report.summary());
    }
  }

  /** Asserts that one veto item does not fail. */
  public static void assertNoVeto(AuditReport report, VetoCode code) {
    Checks.notNull(report, "report");
    Veto v = report.veto(Checks.notNull(code, "code"));
    if (v.failed()) {
      throw new AssertionFailedError(code + " " + code.chinese() + " fails (" + v.count() + "/" + v.threshold() + ", " + v.rule() + "):\n  - "
          + String.join("\n  - ", v.evidence()));
    }
  }

  /** Asserts that a census check did not fail, whatever its weight (advice included); a check not made passes, with its reason in the report. */
  public static void assertCheckNotFailed(AuditReport report, CheckCode code) {
    Checks.notNull(report, "report");
    AuditCheck c = report.check(Checks.notNull(code, "code"));
    if (c.failed()) {
      throw new AssertionFailedError(code + " " + code.chinese() + " fails (" + c.count() + "/" + c.threshold() + ", " + c.weight().describe() + ", "
          + c.rule() + "):\n  - " + String.join("\n  - ", c.evidence()));
    }
  }

  /** Asserts that no crawled page has a dead link. */
  public static void assertNoDeadLinks(AuditReport report) {
    Checks.notNull(report, "report");
    if (!report.deadLinks().isEmpty()) {
      StringBuilder b = new StringBuilder("死链 / dead links: " + report.deadLinks().size());
      report.deadLinks().forEach(d -> b.append("\n  - ").append(d.url()).append(' ')
          .append(d.status() == 0 ? d.error() : String.valueOf(d.status())).append(" on ").append(d.foundOn()));
      throw new AssertionFailedError(b.toString());
    }
  }

  /** Asserts that no crawled page shows unmasked personal data (RULES §4). */
  public static void assertNoPersonalData(AuditReport report) {
    Checks.notNull(report, "report");
    StringBuilder b = new StringBuilder();
    report.findings().stream().filter(f -> f.category().equals("personal-data"))
        .forEach(f -> b.append("\n  - ").append(f.rule()).append(" '").append(f.text()).append("' on ").append(f.url()));
    if (b.length() > 0) {
      throw new AssertionFailedError("未遮蔽的个人信息 / unmasked personal data:" + b);
    }
  }
}
