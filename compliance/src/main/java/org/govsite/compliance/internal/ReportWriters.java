package org.govsite.compliance.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;
import static org.apache.commons.text.StringEscapeUtils.escapeXml10;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.compliance.AuditReport;
import org.govsite.compliance.ColumnResult;
import org.govsite.compliance.ContentFinding;
import org.govsite.compliance.DeadLink;
import org.govsite.compliance.Deduction;
import org.govsite.compliance.Letter;
import org.govsite.compliance.Veto;
import org.govsite.core.GovSiteException;

/** Writes an audit report as text, JSON, HTML and JUnit XML. */
@API(status = INTERNAL, since = "0.1")
public final class ReportWriters {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** At most this many personal-data findings and dead links are listed in the text summary (all are in JSON and HTML). */
  private static final int SUMMARY_LINES = 20;

  private ReportWriters() {}

  /** The verdict, then each failed rule with its evidence. */
  public static String summary(AuditReport r) {
    StringBuilder b = new StringBuilder();
    b.append(r.verdict()).append("  ").append(r.siteName()).append("  ").append(r.url()).append(" at ").append(r.at())
        .append("  score ").append(r.score()).append('\n');
    r.unreachable().ifPresent(u -> b.append("  unreachable: ").append(u).append('\n'));
    for (Veto v : r.failedVetoes()) {
      b.append("  FAIL ").append(v.code()).append(' ').append(v.code().chinese()).append("  ").append(v.count()).append('/')
          .append(v.threshold()).append("  [").append(v.rule()).append("]\n");
      v.evidence().forEach(e -> b.append("       - ").append(e).append('\n'));
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

  /** The JSON report (fields in docs/compliance.md). */
  public static String json(AuditReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("url", r.url()).put("at", r.at().toString()).put("site", r.siteName()).put("verdict", r.verdict()).put("score", r.score());
    r.unreachable().ifPresent(u -> root.put("unreachable", u));
    root.putObject("availability").put("status", r.probe().status()).put("millis", r.probe().elapsed().toMillis())
        .put("ok", r.probe().ok()).put("error", r.probe().error());
    ArrayNode vetoes = root.putArray("vetoes");
    ArrayNode checks = root.putArray("checks");
    for (Veto v : r.vetoes()) {
      ObjectNode n = (v.failed() ? vetoes : checks).addObject();
      if (v.failed()) {
        checks.add(n);
      }
      n.put("code", v.code().name()).put("name", v.code().chinese()).put("failed", v.failed()).put("count", v.count())
          .put("threshold", v.threshold()).put("rule", v.rule());
      v.evidence().forEach(n.putArray("evidence")::add);
    }
    ArrayNode deds = root.putArray("deductions");
    for (Deduction d : r.deductions()) {
      ObjectNode n = deds.addObject().put("id", d.id()).put("points", d.points()).put("rule", d.rule());
      d.evidence().forEach(n.putArray("evidence")::add);
    }
    ObjectNode home = root.putObject("homePage").put("status", r.homePage().status().jsonName());
    r.homePage().lastUpdated().ifPresent(t -> home.put("lastUpdated", t.toString()));
    ArrayNode cols = root.putArray("columns");
    for (ColumnResult c : r.columns()) {
      ObjectNode n = cols.addObject().put("id", c.id()).put("name", c.freshness().column().name())
          .put("kind", c.freshness().column().kind().jsonName()).put("status", c.status()).put("items", c.itemsFound());
      c.freshness().lastPublished().ifPresent(t -> n.put("lastPublished", t.toLocalDate().toString()));
      c.freshness().staleAfter().ifPresent(t -> n.put("staleAfter", t.toString()));
      c.error().ifPresent(e -> n.put("error", e));
      c.listPages().forEach(n.putArray("listPages")::add);
    }
    ArrayNode dead = root.putArray("deadLinks");
    for (DeadLink d : r.deadLinks()) {
      ObjectNode n = dead.addObject().put("url", d.url()).put("status", d.status()).put("foundOn", d.foundOn());
      if (!d.error().isEmpty()) {
        n.put("error", d.error());
      }
    }
    ArrayNode fs = root.putArray("findings");
    for (ContentFinding f : r.findings()) {
      fs.addObject().put("url", f.url()).put("category", f.category()).put("rule", f.rule()).put("severity", f.severity().id())
          .put("text", f.text()).put("suggestion", f.suggestion()).put("excerpt", f.excerpt());
    }
    ArrayNode ls = root.putArray("letters");
    for (Letter l : r.letters()) {
      ObjectNode n = ls.addObject().put("title", l.title()).put("url", l.url()).put("received", l.received().toString())
          .put("replyDue", l.replyDue().toString()).put("status", l.status().jsonName());
      l.replied().ifPresent(d -> n.put("replied", d.toString()));
    }
    root.put("pagesCrawled", r.pages().size());
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new GovSiteException("REPORT_FAILED", "无法生成JSON / cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** One self-contained page: summary first, then evidence, every text escaped. */
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
    b.append("</table>\n</body></html>\n");
    return b.toString();
  }

  /** JUnit XML: one test case per veto item and one per deduction. */
  public static String junit(AuditReport r) {
    List<Veto> vs = r.vetoes();
    int failures = (int) vs.stream().filter(Veto::failed).count() + r.deductions().size();
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuite name=\"").append(x("govsite audit " + r.url())).append("\" tests=\"").append(vs.size() + r.deductions().size())
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" timestamp=\"").append(r.at()).append("T00:00:00\">\n");
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
