package org.govsite.core.site.render;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.text.StringEscapeUtils;
import org.govsite.core.site.ColumnFreshness;
import org.govsite.core.site.FreshnessReport;
import org.govsite.core.site.FreshnessSnapshot;
import org.govsite.core.site.FreshnessStatus;
import org.govsite.core.site.FreshnessTotals;
import org.govsite.core.site.FreshnessVeto;
import org.govsite.core.site.SiteFreshnessVerdict;

/**
 * Renders a {@link FreshnessReport} as one self-contained HTML page (inline CSS, no script, no
 * external resource): totals, the sites by risk, a cluster heat map (stale and blank columns per
 * site and week), and per site its veto items, a heat map of days since the last item (one row per
 * column, one cell per weekly snapshot, coloured by status) and the column table. Every piece of text from the data goes through {@code escapeHtml4}.
 */
final class FreshnessHtml {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final String CSS = """
      body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:24px;color:#222}
      h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:2px solid #ccc;padding-bottom:4px}
      table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:left}
      th{background:#f3f3f3}.num{text-align:right}
      .pass{color:#1a7f37;font-weight:bold}.fail{color:#c0392b;font-weight:bold}
      .cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #ccc;border-radius:6px;padding:8px 14px}
      .card b{display:block;font-size:22px}
      .s-fresh{background:#c8e6c9}.s-due-soon{background:#ffe082}.s-stale{background:#ef9a9a}.s-blank{background:#757575;color:#fff}
      .s-exempt{background:#eeeeee;color:#777}
      table.heat td{width:34px;height:20px;padding:0;text-align:center;font-size:11px}
      table.heat th{font-size:11px;padding:1px 3px}
      .legend span{display:inline-block;padding:2px 8px;margin-right:6px;font-size:12px}
      .h0{background:#c8e6c9}.h1{background:#fff59d}.h2{background:#ffcc80}.h3{background:#ef9a9a}.h4{background:#c62828;color:#fff}
      """;

  private FreshnessHtml() {}

  /** Returns the page. */
  static String render(FreshnessReport r) {
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
    b.append("<title>栏目更新监测报告 ").append(e(r.at().format(DAY))).append("</title><style>").append(CSS).append("</style></head><body>\n");
    b.append("<h1>栏目更新监测报告 · Column freshness report</h1>\n");
    b.append("<p>检查时间 ").append(e(r.at().format(MINUTE))).append(" · 规则 ").append(e(r.policyName()))
        .append(" · 结论 ").append(verdict(r.passed())).append("</p>\n");
    totals(b, r.totals());
    legend(b);
    b.append("<h2>站点风险排序 · Sites by risk</h2>\n<table><tr><th>#</th><th>网站</th><th>网站标识码</th><th>结论</th><th>风险</th>"
        + "<th>超期</th><th>空白</th><th>即将超期</th><th>否决项</th></tr>\n");
    int rank = 0;
    for (SiteFreshnessVerdict v : r.sites()) {
      rank++;
      b.append("<tr><td class=\"num\">").append(rank).append("</td><td><a href=\"#site-").append(e(v.site().code().value())).append("\">")
          .append(e(v.site().name())).append("</a></td><td>").append(e(v.site().code().value())).append("</td><td>")
          .append(verdict(v.passed())).append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", v.risk()))
          .append("</td><td class=\"num\">").append(v.count(FreshnessStatus.STALE)).append("</td><td class=\"num\">")
          .append(v.count(FreshnessStatus.BLANK)).append("</td><td class=\"num\">").append(v.count(FreshnessStatus.DUE_SOON))
          .append("</td><td>");
      List<FreshnessVeto> failed = v.failedVetoes();
      for (int i = 0; i < failed.size(); i++) {
        b.append(i == 0 ? "" : "、").append(e(failed.get(i).code().chinese()));
      }
      b.append("</td></tr>\n");
    }
    b.append("</table>\n");
    clusterHeatMap(b, r);
    for (SiteFreshnessVerdict v : r.sites()) {
      site(b, v);
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  private static void totals(StringBuilder b, FreshnessTotals t) {
    b.append("<div class=\"cards\">");
    card(b, "网站", t.sites());
    card(b, "合格", t.passed());
    card(b, "不合格", t.failed());
    card(b, "栏目", t.columns());
    for (FreshnessStatus s : FreshnessStatus.values()) {
      card(b, s.chinese(), t.byStatus().getOrDefault(s, 0));
    }
    b.append("</div>\n");
  }

  private static void card(StringBuilder b, String label, int n) {
    b.append("<div class=\"card\"><b>").append(n).append("</b>").append(e(label)).append("</div>");
  }

  private static void legend(StringBuilder b) {
    b.append("<p class=\"legend\">");
    for (FreshnessStatus s : FreshnessStatus.values()) {
      b.append("<span class=\"s-").append(s.jsonName()).append("\">").append(e(s.chinese())).append(" ").append(s.jsonName()).append("</span>");
    }
    b.append(" 热力图格内数字：距最近一条信息的天数 / days since the last item</p>\n");
  }

  private static void site(StringBuilder b, SiteFreshnessVerdict v) {
    b.append("<h2 id=\"site-").append(e(v.site().code().value())).append("\">").append(e(v.site().name())).append(" · ")
        .append(e(v.site().code().value())).append(" · ").append(verdict(v.passed())).append("</h2>\n");
    v.site().homePage().ifPresent(h -> b.append("<p>首页 ").append(e(h)).append("</p>"));
    b.append("<p>首页更新：<span class=\"s-").append(v.homePage().status().jsonName()).append("\">")
        .append(e(v.homePage().status().chinese())).append("</span> 最近更新 ").append(e(time(v.homePage().lastUpdated())))
        .append(" · 规则 ").append(e(v.policyName())).append("</p>\n");
    b.append("<table><tr><th>否决项</th><th>代码</th><th>数量</th><th>阈值</th><th>结论</th><th>栏目</th></tr>\n");
    for (FreshnessVeto x : v.vetoes()) {
      b.append("<tr><td>").append(e(x.code().chinese())).append("</td><td>").append(e(x.code().name())).append("</td><td class=\"num\">")
          .append(x.count()).append("</td><td class=\"num\">").append(x.threshold()).append("</td><td>").append(verdict(!x.failed()))
          .append("</td><td>").append(e(String.join("、", x.columns()))).append("</td></tr>\n");
    }
    b.append("</table>\n");
    heatMap(b, v);
    b.append("<table><tr><th>栏目</th><th>标识</th><th>级别</th><th>类型</th><th>状态</th><th>最近发布</th><th>天数</th><th>条数</th>"
        + "<th>时限</th><th>超期时间</th></tr>\n");
    for (ColumnFreshness c : v.columns()) {
      b.append("<tr><td>").append(e(indent(c))).append("</td><td>").append(e(c.column().id())).append("</td><td class=\"num\">")
          .append(c.column().level()).append("</td><td>").append(e(c.column().kind().chinese())).append("</td><td class=\"s-")
          .append(c.status().jsonName()).append("\">").append(e(c.status().chinese())).append("</td><td>").append(e(time(c.lastPublished())))
          .append("</td><td class=\"num\">").append(days(c.daysSinceLast(v.at()))).append("</td><td class=\"num\">").append(c.itemCount())
          .append("</td><td>").append(e(c.limit().map(Object::toString).orElse("—"))).append("</td><td>").append(e(time(c.staleAfter())))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  /**
   * One row per site, one cell per weekly snapshot: the number of its stale and blank columns
   * then. The shades are visual bins only; the verdict is in the tables.
   */
  private static void clusterHeatMap(StringBuilder b, FreshnessReport r) {
    List<FreshnessSnapshot> weeks = r.sites().stream().flatMap(v -> v.columns().stream()).findFirst()
        .map(ColumnFreshness::history).orElse(List.of());
    if (weeks.isEmpty()) {
      return;
    }
    b.append("<h2>站群热力图 · Stale and blank columns per site and week</h2>\n<table class=\"heat\"><tr><th>网站 \\ 日期</th>");
    for (FreshnessSnapshot s : weeks) {
      b.append("<th>").append(e(s.at().format(DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT)))).append("</th>");
    }
    b.append("</tr>\n");
    for (SiteFreshnessVerdict v : r.sites()) {
      int[] counts = new int[weeks.size()];
      for (ColumnFreshness c : v.columns()) {
        List<FreshnessSnapshot> h = c.history();
        for (int k = 0; k < h.size() && k < counts.length; k++) {
          FreshnessStatus st = h.get(k).status();
          counts[k] += st == FreshnessStatus.STALE || st == FreshnessStatus.BLANK ? 1 : 0;
        }
      }
      b.append("<tr><th><a href=\"#site-").append(e(v.site().code().value())).append("\">").append(e(v.site().name())).append("</a></th>");
      for (int k = 0; k < counts.length; k++) {
        b.append("<td class=\"h").append(bin(counts[k])).append("\" title=\"").append(e(v.site().name() + " " + weeks.get(k).at().format(DAY)))
            .append("\">").append(counts[k]).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static int bin(int n) {
    return n == 0 ? 0 : n <= 2 ? 1 : n <= 4 ? 2 : n <= 9 ? 3 : 4;
  }

  private static void heatMap(StringBuilder b, SiteFreshnessVerdict v) {
    b.append("<table class=\"heat\"><tr><th>栏目 \\ 日期</th>");
    List<ColumnFreshness> cols = v.columns();
    List<FreshnessSnapshot> first = cols.isEmpty() ? List.of() : cols.get(0).history();
    if (first.isEmpty()) {
      b.append("<th>").append(e(v.at().format(DAY))).append("</th>");
    } else {
      for (FreshnessSnapshot s : first) {
        b.append("<th>").append(e(s.at().format(DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT)))).append("</th>");
      }
    }
    b.append("</tr>\n");
    for (ColumnFreshness c : cols) {
      b.append("<tr><th>").append(e(c.column().name())).append("</th>");
      List<FreshnessSnapshot> h = c.history().isEmpty()
          ? List.of(new FreshnessSnapshot(v.at(), c.status(), c.daysSinceLast(v.at()))) : c.history();
      for (FreshnessSnapshot s : h) {
        b.append("<td class=\"s-").append(s.status().jsonName()).append("\" title=\"").append(e(c.column().name() + " " + s.at().format(DAY)
            + " " + s.status().chinese())).append("\">").append(days(s.daysSinceLast())).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static String indent(ColumnFreshness c) {
    return "　".repeat(c.column().level() - 1) + c.column().name();
  }

  private static String verdict(boolean passed) {
    return passed ? "<span class=\"pass\">合格 pass</span>" : "<span class=\"fail\">不合格 fail</span>";
  }

  private static String time(Optional<LocalDateTime> t) {
    return t.map(x -> x.format(MINUTE)).orElse("—");
  }

  private static String days(OptionalLong d) {
    return d.isPresent() ? Long.toString(d.getAsLong()) : "—";
  }

  private static String e(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
