package org.govsite.examples;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.ScreeningResult;
import org.govsite.core.screening.Severity;
import org.govsite.core.screening.Verdict;

/** What the portal does with screening results: Chinese explanations and the review queue. */
final class Screening {
  private Screening() {}

  /** The Chinese name of a form field, for messages. */
  static String fieldName(String field) {
    return switch (field.replaceAll("\\[\\d+]$", "")) {
      case "subject" -> "标题";
      case "body" -> "内容";
      case "content" -> "申请内容";
      case "name" -> "姓名";
      case "phone" -> "电话";
      case "email" -> "电子邮箱";
      case "address" -> "地址";
      case "reply" -> "答复内容";
      case "page" -> "页面地址";
      case "description" -> "问题描述";
      case "q" -> "搜索词";
      default -> field;
    };
  }

  /** The Chinese name of a screening category. */
  static String categoryName(String id) {
    return switch (id) {
      case "wording-error" -> "严重表述错误";
      case "secrecy" -> "涉密标识";
      case "political" -> "政治敏感内容";
      case "obscene" -> "低俗内容";
      case "violence" -> "暴力内容";
      case "personal-data" -> "个人信息";
      case "custom" -> "本站禁用词";
      default -> id;
    };
  }

  /** One Chinese sentence for a finding, personal data masked. */
  static String explain(String field, Finding f) {
    StringBuilder s = new StringBuilder("“").append(fieldName(field)).append("”中的“").append(f.displayText())
        .append("”：").append(categoryName(f.category().id()));
    f.suggestion().ifPresent(x -> s.append("，应为“").append(x).append("”"));
    return s.toString();
  }

  /** Explains every blocking finding of the results. */
  static List<String> blockMessages(Map<String, ScreeningResult> results) {
    List<String> out = new ArrayList<>();
    results.forEach((field, r) -> r.findings().stream().filter(f -> f.severity() == Severity.BLOCK)
        .forEach(f -> out.add(explain(field, f))));
    return out;
  }

  /**
   * Screens the text fields of stored content and, when anything needs review, puts the content
   * into the review queue shown on the editor dashboard (待审核).
   */
  static boolean holdIfReview(PortalContext ctx, String kind, String reference, String summary,
      Map<String, String> fields, LocalDateTime at) {
    List<String> notes = new ArrayList<>();
    fields.forEach((field, value) -> {
      ScreeningResult r = ctx.screener.screen(value);
      if (r.verdict() == Verdict.REVIEW) {
        r.findings().stream().filter(f -> f.severity() == Severity.REVIEW).forEach(f -> notes.add(explain(field, f)));
      }
    });
    if (notes.isEmpty()) {
      return false;
    }
    ctx.tables.hold(kind, reference, summary, String.join("；", notes), at);
    return true;
  }
}
