package org.govsite.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govsite.compliance.internal.ComplianceSources;
import org.govsite.core.screening.Severity;
import org.govsite.core.site.ColumnFreshness;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.site.FreshnessVeto;
import org.govsite.core.site.SiteFreshnessVerdict;

/** The census scorecard: seven veto items with evidence, and the deductions we can compute. */
final class Scorecard {
  private final AuditOptions options;
  private final LocalDate at;

  Scorecard(AuditOptions options, LocalDate at) {
    this.options = options;
    this.at = at;
  }

  static List<Veto> unreachable(Probe probe, String why) {
    List<Veto> out = new ArrayList<>();
    out.add(new Veto(VetoCode.SITE_UNREACHABLE, true, 1, 1, ComplianceSources.RULE_UNREACHABLE,
        List.of("home page did not open: " + why + " (" + probe.elapsed().toMillis() + " ms)")));
    for (VetoCode c : VetoCode.values()) {
      if (c != VetoCode.SITE_UNREACHABLE) {
        out.add(new Veto(c, false, 0, 0, "not checked", List.of("not checked: the site is unreachable")));
      }
    }
    return out;
  }

  List<Veto> vetoes(Probe probe, SiteFreshnessVerdict v, List<ColumnResult> columns, List<ContentFinding> findings, List<Letter> letters,
      Optional<String> mailboxError) {
    List<Veto> out = new ArrayList<>();
    out.add(new Veto(VetoCode.SITE_UNREACHABLE, false, 0, 1, ComplianceSources.RULE_UNREACHABLE,
        List.of("home page answered HTTP " + probe.status() + " in " + probe.elapsed().toMillis() + " ms")));
    for (VetoCode code : List.of(VetoCode.HOME_NOT_UPDATED, VetoCode.COLUMNS_NOT_UPDATED, VetoCode.SHOULD_UPDATE_NOT_UPDATED,
        VetoCode.BLANK_COLUMNS)) {
      Optional<FreshnessVeto> fv = v.vetoes().stream().filter(x -> x.code().name().equals(code.name())).findFirst();
      String rule = ComplianceSources.RULE_FRESHNESS + v.policyName();
      if (fv.isEmpty()) {
        out.add(new Veto(code, false, 0, 0, rule, List.of("not checked by policy " + v.policyName())));
        continue;
      }
      List<String> evidence = new ArrayList<>();
      for (String id : fv.get().columns()) {
        if (id.equals("homepage")) {
          evidence.add("homepage: " + v.homePage().status().jsonName() + ", last dated item "
              + v.homePage().lastUpdated().map(t -> t.toLocalDate().toString()).orElse("none found")
              + v.homePage().limit().map(l -> ", limit " + l).orElse(""));
        } else {
          columns.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> evidence.add(columnEvidence(c)));
        }
      }
      out.add(new Veto(code, fv.get().failed(), fv.get().count(), fv.get().threshold(), rule, evidence));
    }
    List<String> late = new ArrayList<>();
    LocalDate yearAgo = at.minus(ComplianceSources.CENSUS_INTERACTION_WINDOW);
    for (Letter l : letters) {
      boolean counted = !l.received().isBefore(yearAgo) && (l.status() == Letter.Status.UNANSWERED_OVER_LIMIT
          || l.replied().map(r -> r.isAfter(l.received().plus(options.unansweredLimit()))).orElse(false));
      if (counted) {
        late.add(l.title() + " (" + l.url() + "): received " + l.received() + ", "
            + l.replied().map(r -> "answered " + r).orElse("unanswered at " + at) + ", limit " + options.unansweredLimit());
      }
    }
    mailboxError.ifPresent(e -> late.add("mailbox list could not be read: " + e));
    out.add(new Veto(VetoCode.POOR_INTERACTION, !late.isEmpty(), late.size(), 1, ComplianceSources.RULE_INTERACTION, late));
    List<String> serious = new ArrayList<>();
    for (ContentFinding f : findings) {
      if (f.severity() == Severity.BLOCK) {
        serious.add(f.url() + ": " + f.category() + " '" + f.text() + "'" + (f.suggestion().isEmpty() ? "" : " → " + f.suggestion())
            + " in " + f.excerpt());
      }
    }
    out.add(new Veto(VetoCode.SERIOUS_ERRORS, !serious.isEmpty(), serious.size(), 1, ComplianceSources.RULE_SERIOUS, serious));
    return out;
  }

  List<Deduction> deductions(List<ColumnResult> columns, List<Letter> letters, boolean hasMailbox) {
    List<Deduction> out = new ArrayList<>();
    List<String> policy = new ArrayList<>();
    for (ColumnResult c : columns) {
      ColumnFreshness f = c.freshness();
      if (f.column().kind() == ColumnKind.POLICY && f.column().level() == 1
          && f.lastPublished().map(t -> t.toLocalDate().plus(ComplianceSources.POLICY_COLUMN_STALE_AFTER).isBefore(at)).orElse(true)) {
        policy.add(columnEvidence(c));
      }
    }
    if (!policy.isEmpty()) {
      out.add(new Deduction("POLICY_COLUMN_NOT_UPDATED", ComplianceSources.DEDUCT_POLICY_COLUMN,
          "RULES §3 普查评分表 (国办发〔2015〕15号 附件): 政策文件类一级栏目6个月未更新 −5", policy));
    }
    if (hasMailbox) {
      Optional<LocalDate> lastReply = letters.stream().flatMap(l -> l.replied().stream()).max(LocalDate::compareTo);
      if (lastReply.map(d -> d.plus(ComplianceSources.REPLIES_STALE_AFTER).isBefore(at)).orElse(true)) {
        out.add(new Deduction("REPLIES_NOT_UPDATED", ComplianceSources.DEDUCT_REPLIES_STALE,
            "RULES §3 普查评分表 (国办发〔2015〕15号 附件): 留言答复2个月未更新 −3",
            List.of("last published reply: " + lastReply.map(LocalDate::toString).orElse("none") + " (audit date " + at + ")")));
      }
    }
    return out;
  }

  static String columnEvidence(ColumnResult c) {
    ColumnFreshness f = c.freshness();
    return f.column().id() + " " + f.column().name() + ": " + f.status().jsonName()
        + ", last item " + f.lastPublished().map(t -> t.toLocalDate().toString()).orElse("none") + ", " + f.itemCount() + " items"
        + f.limit().map(l -> ", limit " + l).orElse("")
        + (c.listPages().isEmpty() ? "" : ", list " + c.listPages().get(0))
        + c.error().map(e -> ", list page error: " + e).orElse("");
  }
}
