package org.govsite.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.govsite.core.GovSiteException;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.Severity;

/** Screening of a draft's title and body at submission, resubmission and every stage decision. */
final class ContentCheck {
  private final Screener screener;

  ContentCheck(Screener screener) {
    this.screener = screener;
  }

  /** Returns the findings of the title, then the body. */
  List<Finding> findings(Draft d) {
    List<Finding> all = new ArrayList<>(screener.screen(d.title()).findings());
    all.addAll(screener.screen(d.body()).findings());
    return all;
  }

  /** Throws {@link ReviewErrorCode#CONTENT_BLOCKED} when a finding is {@code block}; returns the {@code review} findings. */
  List<Finding> requireNotBlocked(Draft d) {
    List<Finding> all = findings(d);
    List<Finding> blocked = all.stream().filter(f -> f.severity() == Severity.BLOCK).toList();
    if (!blocked.isEmpty()) {
      // displayText: personal data is masked in the message too.
      String list = blocked.stream().map(f -> f.category().id() + " '" + f.displayText() + "'").distinct()
          .collect(Collectors.joining(", "));
      throw new GovSiteException(ReviewErrorCode.CONTENT_BLOCKED, "内容含禁止发布的信息，不能送审或通过 / the content has findings that"
          + " must not be published, so it cannot be submitted or approved: " + list);
    }
    return all.stream().filter(f -> f.severity() == Severity.REVIEW).toList();
  }

  /** Returns the distinct rules of the {@code review} findings: what the secrecy review acknowledges. */
  static Set<String> rules(List<Finding> reviewFindings) {
    Set<String> rules = new LinkedHashSet<>();
    reviewFindings.forEach(f -> rules.add(f.rule()));
    return rules;
  }

  /**
   * Checks the secrecy review's acknowledgements: one non-blank reason for each rule, none for a rule
   * that was not found. Returns them with trimmed reasons.
   */
  static Map<String, String> acknowledged(Set<String> rules, Map<String, String> given) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Map.Entry<String, String> a : given.entrySet()) {
      if (a.getKey() == null || !rules.contains(a.getKey())) {
        throw new ReviewInputException(ReviewErrorCode.ACKNOWLEDGEMENT_MISSING, "acknowledgements",
            "没有这项待审查内容 / no review finding has the rule '" + a.getKey() + "'");
      }
      String reason = a.getValue() == null ? "" : a.getValue().strip();
      if (!reason.isEmpty()) {
        if (reason.length() > 1000) {
          throw new ReviewInputException(ReviewErrorCode.ACKNOWLEDGEMENT_MISSING, "acknowledgements",
              "理由不超过 1000 字符 / a reason is at most 1000 characters");
        }
        out.put(a.getKey(), reason);
      }
    }
    List<String> missing = rules.stream().filter(r -> !out.containsKey(r)).toList();
    if (!missing.isEmpty()) {
      throw new ReviewInputException(ReviewErrorCode.ACKNOWLEDGEMENT_MISSING, "acknowledgements",
          "保密审查须逐项说明理由 / the secrecy review must acknowledge each review finding with a reason: " + missing);
    }
    return out;
  }
}
