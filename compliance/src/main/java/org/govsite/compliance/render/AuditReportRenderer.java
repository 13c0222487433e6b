package org.govsite.compliance.render;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;
import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.compliance.AccessibilityFinding;
import org.govsite.compliance.AccessibilityReport;
import org.govsite.compliance.AuditCheck;
import org.govsite.compliance.AuditReport;
import org.govsite.compliance.CheckStatus;
import org.govsite.compliance.PageAccessibility;
import org.govsite.compliance.Weight;
import org.govsite.compliance.ColumnResult;
import org.govsite.compliance.ContentFinding;
import org.govsite.compliance.DeadLink;
import org.govsite.compliance.Deduction;
import org.govsite.compliance.Letter;
import org.govsite.compliance.Veto;
import org.govsite.core.json.GovSiteJson;

/**
 * Renders an audit report (检查报告) for people, tools and CI servers: JSON in the shape of
 * {@link AuditReportJson} (fields in docs/compliance.md), one self-contained HTML page and JUnit
 * XML. The plain-text summary is {@link AuditReport#summary()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AuditReportRenderer {
  private AuditReportRenderer() {}

  /** Returns the report as indented JSON, as {@code govsite audit --json} prints it (fields in docs/compliance.md). */
  public static String json(AuditReport r) {
    return GovSiteJson.writePretty(AuditReportJson.of(r));
  }

  /** Returns one self-contained HTML page: summary first, then evidence, every text escaped. */
  public static String html(AuditReport r) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网站检查报告 ").append(h(r.siteName()))
        .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;width:100%}"
            + "td,th{border:1px solid #ccc;padding:.3em;text-align:left;vertical-align:top}.fail{color:#b00;font-weight:bold}"
            + ".pass{color:#070;font-weight:bold}.bar{display:inline-block;height:.8em;background:#b00}.bar.ok{background:#070}"
            + "code{word-break:break-all}</style></head><body>\n");
    b.append("<h1>网站检查报告 Site audit: ").append(h(r.siteName())).append("</h1>\n<p><code>").append(h(r.url())).append("</code> · ")
        .append(r.at()).append("</p>\n<p class=\"").append(r.verdict()).append("\">").append(r.passed() ? "合格 pass" : "不合格 fail")
        .append(" · score ").append(r.score()).append("/100</p>\n");
    r.unreachable().ifPresent(u -> b.append("<p class=\"fail\">站点无法访问 unreachable: ").append(h(u)).append("</p>\n"));
    b.append("<h2>单项否决 Veto items</h2>\n<table><tr><th>item</th><th>result</th><th>count / threshold</th><th></th><th>rule</th></tr>\n");
    for (Veto v : r.vetoes()) {
      int width = v.threshold() == 0 ? 0 : Math.min(100, v.count() * 100 / v.threshold());
      b.append("<tr><td>").append(v.code()).append(' ').append(h(v.code().chinese())).append("</td><td class=\"")
          .append(v.failed() ? "fail\">fail" : "pass\">ok").append("</td><td>").append(v.count()).append(" / ").append(v.threshold())
          .append("</td><td><span class=\"bar").append(v.failed() ? "" : " ok").append("\" style=\"width:").append(width)
          .append("px\"></span></td><td>").append(h(v.rule())).append("</td></tr>\n");
    }
    b.append("</table>\n<h2>检查项 Checks</h2>\n<table><tr><th>check</th><th>result</th><th>weight</th><th>count / threshold</th><th>rule</th></tr>\n");
    for (AuditCheck c : r.checks()) {
      b.append("<tr><td>").append(c.code()).append(' ').append(h(c.code().chinese())).append("</td><td class=\"")
          .append(c.failed() ? "fail" : "pass").append("\">").append(c.status().jsonName()).append("</td><td>").append(h(c.weight().describe()))
          .append("</td><td>").append(c.count()).append(" / ").append(c.threshold()).append("</td><td>").append(h(c.rule())).append("</td></tr>\n");
    }
    b.append("</table>\n<h2>扣分 Deductions</h2>\n<ul>");
    r.deductions().forEach(d -> b.append("<li>−").append(d.points()).append(' ').append(h(d.id())).append(": ").append(h(d.rule()))
        .append("</li>"));
    b.append("</ul>\n<p>pages crawled ").append(r.pages().size()).append(" · dead links ").append(r.deadLinks().size())
        .append(" · content findings ").append(r.findings().size()).append(" · letters ").append(r.letters().size()).append("</p>\n");
    b.append("<h2>证据 Evidence</h2>\n");
    for (Veto v : r.vetoes()) {
      if (!v.evidence().isEmpty() && v.failed()) {
        b.append("<h3>").append(v.code()).append(' ').append(h(v.code().chinese())).append("</h3><ul>");
        v.evidence().forEach(e -> b.append("<li>").append(h(e)).append("</li>"));
        b.append("</ul>\n");
      }
    }
    for (AuditCheck c : r.checks()) {
      b.append("<h3>").append(c.code()).append(' ').append(h(c.code().chinese())).append(" · ").append(c.status().jsonName()).append("</h3><ul>");
      c.evidence().forEach(e -> b.append("<li>").append(h(e)).append("</li>"));
      b.append("</ul>\n");
    }
    for (Deduction d : r.deductions()) {
      b.append("<h3>").append(h(d.id())).append("</h3><ul>");
      d.evidence().forEach(e -> b.append("<li>").append(h(e)).append("</li>"));
      b.append("</ul>\n");
    }
    b.append("<h3>栏目 Columns</h3><table><tr><th>id</th><th>name</th><th>kind</th><th>status</th><th>last item</th><th>items</th></tr>");
    for (ColumnResult c : r.columns()) {
      b.append("<tr><td>").append(h(c.id())).append("</td><td>").append(h(c.freshness().column().name())).append("</td><td>")
          .append(c.freshness().column().kind().jsonName()).append("</td><td class=\"")
          .append(c.status().equals("stale") || c.status().equals("blank") ? "fail" : "pass").append("\">").append(c.status())
          .append("</td><td>").append(c.freshness().lastPublished().map(t -> t.toLocalDate().toString()).orElse("—")).append("</td><td>")
          .append(c.itemsFound()).append("</td></tr>");
    }
    b.append("</table>\n<h3>死链 Dead links</h3><table><tr><th>link</th><th>status</th><th>found on</th></tr>");
    for (DeadLink d : r.deadLinks()) {
      b.append("<tr><td><code>").append(h(d.url())).append("</code></td><td>").append(d.status() == 0 ? h(d.error()) : d.status())
          .append("</td><td><code>").append(h(d.foundOn())).append("</code></td></tr>");
    }
    b.append("</table>\n<h3>错敏信息 Content</h3><table><tr><th>page</th><th>category</th><th>text</th><th>excerpt</th></tr>");
    for (ContentFinding f : r.findings()) {
      b.append("<tr><td><code>").append(h(f.url())).append("</code></td><td>").append(h(f.category())).append("</td><td>")
          .append(h(f.text())).append(f.suggestion().isEmpty() ? "" : " → " + h(f.suggestion())).append("</td><td>").append(h(f.excerpt()))
          .append("</td></tr>");
    }
    b.append("</table>\n<h3>信件 Letters</h3><table><tr><th>title</th><th>received</th><th>replied</th><th>due</th><th>status</th></tr>");
    for (Letter l : r.letters()) {
      b.append("<tr><td>").append(h(l.title())).append("</td><td>").append(l.received()).append("</td><td>")
          .append(l.replied().map(Object::toString).orElse("—")).append("</td><td>").append(l.replyDue()).append("</td><td>")
          .append(l.status().jsonName()).append("</td></tr>");
    }
    b.append("</table>\n");
    accessibility(b, r.accessibility());
    b.append("</body></html>\n");
    return b.toString();
  }

  private static void accessibility(StringBuilder b, AccessibilityReport a) {
    b.append("<h3>无障碍 Accessibility</h3><p>site score ").append(a.score()).append("/100 over ").append(a.pages().size())
        .append(" pages</p><table><tr><th>page</th><th>score</th><th>rule</th><th>element</th><th>problem</th><th>fix</th></tr>");
    for (PageAccessibility p : a.pages()) {
      if (p.findings().isEmpty()) {
        b.append("<tr><td><code>").append(h(p.url())).append("</code></td><td>").append(p.score()).append("</td><td colspan=\"4\">—</td></tr>");
      }
      for (AccessibilityFinding f : p.findings()) {
        b.append("<tr><td><code>").append(h(p.url())).append("</code></td><td>").append(p.score()).append("</td><td>").append(f.rule().id())
            .append(' ').append(h(f.rule().chinese())).append("</td><td><code>").append(h(f.element())).append("</code></td><td>")
            .append(h(f.problem())).append("</td><td>").append(h(f.fix())).append("</td></tr>");
      }
    }
    b.append("</table>\n");
  }

  /**
   * Returns JUnit XML: one test case per veto item, per deduction and per census check, so CI servers
   * show each rule. A failed check is a failure when it is a veto or a deduction; failed advice is
   * reported in the case's {@code system-out}, and a check not made is skipped with the reason.
   */
  public static String junitXml(AuditReport r) {
    List<Veto> vs = r.vetoes();
    int failures = (int) vs.stream().filter(Veto::failed).count() + r.deductions().size()
        + (int) r.checks().stream().filter(c -> c.failed() && c.weight().kind() != Weight.Kind.ADVICE).count();
    int skipped = (int) r.checks().stream().filter(c -> c.status() == CheckStatus.NOT_CHECKED).count();
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuite name=\"").append(x("govsite audit " + r.url())).append("\" tests=\"")
        .append(vs.size() + r.deductions().size() + r.checks().size()).append("\" failures=\"").append(failures)
        .append("\" errors=\"0\" skipped=\"").append(skipped).append("\" timestamp=\"").append(r.at()).append("T00:00:00\">\n");
    for (Veto v : vs) {
      b.append("  <testcase classname=\"govsite.audit.veto\" name=\"").append(x(v.code() + " " + v.code().chinese())).append("\">");
      if (v.failed()) {
        b.append("\n    <failure message=\"").append(x(v.count() + "/" + v.threshold() + " " + v.rule())).append("\" type=\"")
            .append(v.code()).append("\">").append(x(String.join("\n", v.evidence()))).append("</failure>\n  ");
      }
      b.append("</testcase>\n");
    }
    for (Deduction d : r.deductions()) {
      b.append("  <testcase classname=\"govsite.audit.deduction\" name=\"").append(x(d.id())).append("\">\n    <failure message=\"")
          .append(x("-" + d.points() + " " + d.rule())).append("\" type=\"").append(x(d.id())).append("\">")
          .append(x(String.join("\n", d.evidence()))).append("</failure>\n  </testcase>\n");
    }
    for (AuditCheck c : r.checks()) {
      b.append("  <testcase classname=\"govsite.audit.check\" name=\"").append(x(c.code() + " " + c.code().chinese())).append("\">");
      String evidence = x(String.join("\n", c.evidence()));
      if (c.status() == CheckStatus.NOT_CHECKED) {
        b.append("\n    <skipped message=\"").append(evidence).append("\"/>\n  ");
      } else if (c.failed() && c.weight().kind() != Weight.Kind.ADVICE) {
        b.append("\n    <failure message=\"").append(x(c.count() + "/" + c.threshold() + " " + c.weight().describe() + " " + c.rule()))
            .append("\" type=\"").append(c.code()).append("\">").append(evidence).append("</failure>\n  ");
      } else if (c.failed()) {
        b.append("\n    <system-out>").append(x("advice (does not change the verdict): " + c.rule() + "\n")).append(evidence)
            .append("</system-out>\n  ");
      }
      b.append("</testcase>\n");
    }
    b.append("</testsuite>\n");
    return b.toString();
  }

  private static String h(String s) {
    return escapeHtml4(s);
  }

  private static String x(String s) {
    return escapeXml10(s);
  }
}
