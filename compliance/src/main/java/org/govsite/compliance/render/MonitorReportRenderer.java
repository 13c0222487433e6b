package org.govsite.compliance.render;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.compliance.monitor.MonitorReport;
import org.govsite.compliance.monitor.MonitorReport.ColumnPoint;
import org.govsite.compliance.monitor.MonitorReport.ColumnTrend;
import org.govsite.compliance.monitor.MonitorReport.Day;
import org.govsite.compliance.monitor.MonitorReport.Window;
import org.govsite.core.json.GovSiteJson;

/**
 * Renders a monitor report (监测报告): JSON in the shape of {@link MonitorReport} (fields in
 * docs/compliance.md) and one self-contained HTML page whose trend charts are inline SVG — no
 * script, no style sheet or font from elsewhere — with every text escaped.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MonitorReportRenderer {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 160;
  private static final int PAD = 30;

  private MonitorReportRenderer() {}

  /** Returns the report as indented JSON, as {@code govsite monitor report --json} prints it. */
  public static String json(MonitorReport r) {
    return GovSiteJson.writePretty(r);
  }

  /** Returns one self-contained HTML page: verdict, charts of failures and probes per day, windows, column ages. */
  public static String html(MonitorReport r) {
    StringBuilder b = new StringBuilder(16384);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网站监测报告 ").append(h(r.site()))
        .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}.fail{color:#b00;font-weight:bold}"
            + ".pass{color:#070;font-weight:bold}.insufficient{color:#a60;font-weight:bold}svg{display:block;margin:.5em 0}"
            + "</style></head><body>\n");
    b.append("<h1>网站监测报告 Site monitor</h1>\n<p><code>").append(h(r.site())).append("</code></p>\n<p class=\"").append(h(r.verdict()))
        .append("\">").append(switch (r.verdict()) {
          case MonitorReport.FAIL -> "不合格 fail: 站点无法访问";
          case MonitorReport.PASS -> "合格 pass";
          default -> "数据不足 insufficient: no complete window yet";
        }).append("</p>\n");
    b.append(String.format(Locale.ROOT, "<p>rule: ≥ %d probes a day over %d days; fails at %.1f %% failed probes (RULES §3 站点无法访问, "
        + "国办秘函〔2019〕19号) · home probes %d · days %d</p>%n", r.rules().probesPerDay(), r.rules().windowDays(),
        r.rules().maxFailureRatio() * 100, r.homeProbes(), r.days().size()));
    List<Day> days = r.days();
    if (!days.isEmpty()) {
      b.append("<h2>每日失败比例 Failed probes per day</h2>\n");
      double maxRatio = Math.max(r.rules().maxFailureRatio() * 2, days.stream().mapToDouble(MonitorReportRenderer::ratio).max().orElse(0));
      b.append(bars(days, d -> ratio(d), maxRatio, r.rules().maxFailureRatio(),
          d -> ratio(d) >= r.rules().maxFailureRatio(), d -> String.format(Locale.ROOT, "%s: %d/%d failed", d.day(), d.failures(), d.probes()),
          String.format(Locale.ROOT, "%.1f%%", r.rules().maxFailureRatio() * 100)));
      b.append("<h2>每日探测次数 Probes per day</h2>\n");
      double maxProbes = Math.max(r.rules().probesPerDay() * 1.5, days.stream().mapToInt(Day::probes).max().orElse(0));
      b.append(bars(days, d -> d.probes(), maxProbes, r.rules().probesPerDay(), d -> !d.enough(),
          d -> String.format(Locale.ROOT, "%s: %d probes", d.day(), d.probes()), "≥" + r.rules().probesPerDay()));
    }
    b.append("<h2>判定窗口 Windows</h2>\n<table><tr><th>from</th><th>to</th><th>probes</th><th>failed</th><th>ratio</th><th>status</th></tr>\n");
    for (Window w : r.windows()) {
      b.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%.2f %%</td><td class=\"%s\">%s</td></tr>%n",
          w.from(), w.to(), w.probes(), w.failures(), w.failureRatio() * 100, h(w.status()), h(w.status())));
    }
    b.append("</table>\n");
    if (!r.columns().isEmpty()) {
      b.append("<h2>栏目更新 Column freshness (days since the newest item)</h2>\n");
      for (ColumnTrend c : r.columns()) {
        ColumnPoint last = c.points().get(c.points().size() - 1);
        b.append("<h3>").append(h(c.columnId())).append("</h3>\n<p>newest ").append(last.newest().map(LocalDate::toString).orElse("none"))
            .append(" · items ").append(last.items()).append(last.error().isEmpty() ? "" : " · error " + h(last.error())).append("</p>\n");
        b.append(line(c.points()));
      }
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  private static double ratio(Day d) {
    return d.probes() == 0 ? 0 : (double) d.failures() / d.probes();
  }

  private static String bars(List<Day> days, java.util.function.ToDoubleFunction<Day> value, double max, double limit,
      java.util.function.Predicate<Day> bad, java.util.function.Function<Day, String> title, String limitLabel) {
    StringBuilder s = svgStart();
    double slot = (double) (WIDTH - 2 * PAD) / days.size();
    for (int i = 0; i < days.size(); i++) {
      Day d = days.get(i);
      double hgt = max <= 0 ? 0 : value.applyAsDouble(d) / max * (HEIGHT - 2 * PAD);
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
          PAD + i * slot + slot * 0.1, HEIGHT - PAD - hgt, slot * 0.8, hgt, bad.test(d) ? "#b00" : "#070", h(title.apply(d))));
    }
    double y = HEIGHT - PAD - (max <= 0 ? 0 : limit / max * (HEIGHT - 2 * PAD));
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#a60\" stroke-dasharray=\"4 3\"/>", PAD, y,
        WIDTH - PAD, y));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"#a60\">%s</text>", WIDTH - PAD + 2, y + 3, h(limitLabel)));
    axisLabels(s, days.get(0).day().toString(), days.get(days.size() - 1).day().toString());
    return s.append("</svg>\n").toString();
  }

  private static String line(List<ColumnPoint> points) {
    StringBuilder s = svgStart();
    long max = Math.max(14, points.stream().mapToLong(p -> p.ageDays().orElse(0L)).max().orElse(0));
    double step = points.size() <= 1 ? 0 : (double) (WIDTH - 2 * PAD) / (points.size() - 1);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      ColumnPoint p = points.get(i);
      double x = PAD + i * step;
      if (p.ageDays().isEmpty()) {
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"3\" fill=\"#b00\"><title>%s: blank</title></circle>", x,
            HEIGHT - PAD, h(p.at().toString())));
        continue;
      }
      double y = HEIGHT - PAD - (double) p.ageDays().get() / max * (HEIGHT - 2 * PAD);
      path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"#036\"><title>%s: %d days</title></circle>", x, y,
          h(p.at().toString()), p.ageDays().get()));
    }
    if (path.length() > 0) {
      s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#036\"/>");
    }
    s.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" font-size=\"10\">%d d</text>", PAD, max));
    axisLabels(s, points.get(0).at().toString(), points.get(points.size() - 1).at().toString());
    return s.append("</svg>\n").toString();
  }

  private static StringBuilder svgStart() {
    return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
        + "role=\"img\"><rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#fafafa\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
        WIDTH, HEIGHT, WIDTH, HEIGHT, WIDTH, HEIGHT, PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD));
  }

  private static void axisLabels(StringBuilder s, String from, String to) {
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", PAD, HEIGHT - 8, h(from)));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>", WIDTH - PAD, HEIGHT - 8, h(to)));
  }

  private static String h(String s) {
    return escapeHtml4(s);
  }
}
