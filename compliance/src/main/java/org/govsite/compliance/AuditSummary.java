package org.govsite.compliance;

/** The plain-text summary of an audit report, for terminals and assertion messages. */
final class AuditSummary {
  /** At most this many personal-data findings and dead links are listed in the text summary (all are in JSON and HTML). */
  private static final int SUMMARY_LINES = 20;

  private AuditSummary() {}

  /** The verdict, then each failed rule with its evidence. */
  public static String of(AuditReport r) {
    StringBuilder b = new StringBuilder();
    b.append(r.verdict()).append("  ").append(r.siteName()).append("  ").append(r.url()).append(" at ").append(r.at())
        .append("  score ").append(r.score()).append('\n');
    r.unreachable().ifPresent(u -> b.append("  unreachable: ").append(u).append('\n'));
    for (Veto v : r.failedVetoes()) {
      b.append("  FAIL ").append(v.code()).append(' ').append(v.code().chinese()).append("  ").append(v.count()).append('/')
          .append(v.threshold()).append("  [").append(v.rule()).append("]\n");
      v.evidence().forEach(e -> b.append("       - ").append(e).append('\n'));
    }
    for (AuditCheck c : r.failedChecks()) {
      boolean advice = c.weight().kind() == Weight.Kind.ADVICE;
      b.append(advice ? "  advice " : "  FAIL ").append(c.code()).append(' ').append(c.code().chinese()).append(" (").append(c.weight().describe())
          .append(")  ").append(c.count()).append('/').append(c.threshold()).append("  [").append(c.rule()).append("]\n");
      c.evidence().stream().limit(advice ? 3 : Long.MAX_VALUE).forEach(e -> b.append("       - ").append(e).append('\n'));
    }
    for (Deduction d : r.deductions()) {
      b.append("  -").append(d.points()).append(' ').append(d.id()).append("  [").append(d.rule()).append("]\n");
      d.evidence().forEach(e -> b.append("       - ").append(e).append('\n'));
    }
    int shown = 0;
    for (ContentFinding f : r.findings()) {
      if (f.category().equals("personal-data") && shown++ < SUMMARY_LINES) {
        b.append("  personal data ").append(f.rule()).append(" '").append(f.text()).append("' on ").append(f.url()).append('\n');
      }
    }
    r.deadLinks().stream().limit(SUMMARY_LINES).forEach(d -> b.append("  dead link ").append(d.url()).append(' ')
        .append(d.status() == 0 ? d.error() : String.valueOf(d.status())).append(" on ").append(d.foundOn()).append('\n'));
    b.append("  pages ").append(r.pages().size()).append(", dead links ").append(r.deadLinks().size()).append(", findings ")
        .append(r.findings().size()).append(", letters ").append(r.letters().size()).append('\n');
    return b.toString();
  }
}
