package org.govsite.disclosure.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeCsv;
import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;
import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.LateNotice;
import org.govsite.disclosure.RequestStatus;
import org.govsite.disclosure.RequestTable;

/** Renders an annual report as JSON, HTML and CSV. */
@API(status = INTERNAL, since = "0.1")
public final class ReportRenderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** The note the national table carries in its corner cell. */
  static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  private ReportRenderer() {}

  /** Returns the report as a JSON tree. */
  public static ObjectNode tree(AnnualReport r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("year", r.year());
    ObjectNode t3 = o.putObject("table3");
    for (Map.Entry<String, Map<String, Integer>> row : r.requestTable().asMap().entrySet()) {
      ObjectNode cols = t3.putObject(row.getKey());
      row.getValue().forEach(cols::put);
    }
    ArrayNode s2 = o.putArray("section2");
    for (AnnualReport.RegulationRow g : r.regulations()) {
      s2.addObject().put("label", g.label()).put("issued", g.issued()).put("repealed", g.repealed()).put("current", g.current());
    }
    ArrayNode reqs = o.putArray("requests");
    for (RequestStatus s : r.requestStatuses()) {
      ObjectNode x = reqs.addObject();
      x.put("id", s.requestId());
      if (s.deadline().isPresent()) {
        x.put("deadline", s.deadline().get().toString());
      } else {
        x.putNull("deadline");
      }
      x.put("late", s.late());
      x.put("state", s.state().code());
      x.put("rule", s.legacy() ? "2007" : "2019");
      x.put("provisional", s.provisional());
      ArrayNode notices = x.putArray("lateNotices");
      for (LateNotice n : s.lateNotices()) {
        ObjectNode no = notices.addObject();
        no.put("kind", n.kind().code());
        no.put("due", n.due().toString());
        if (n.given().isPresent()) {
          no.put("given", n.given().get().toString());
        } else {
          no.putNull("given");
        }
        no.put("workingDaysLate", n.workingDaysLate());
      }
    }
    return o;
  }

  /** Returns the report as indented JSON. */
  public static String json(AnnualReport r) {
    try {
      return JSON.writeValueAsString(tree(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns section 三 as CSV with a header line. */
  public static String csv(AnnualReport r) {
    StringBuilder b = new StringBuilder();
    b.append("row,项目");
    for (String c : RequestTable.columns()) {
      b.append(',').append(escapeCsv(c));
    }
    b.append("\r\n");
    RequestTable t = r.requestTable();
    for (RequestTable.Row row : RequestTable.rows()) {
      b.append(escapeCsv(row.code())).append(',').append(escapeCsv((row.group().isEmpty() ? "" : row.group() + " ") + row.label()));
      for (String c : RequestTable.columns()) {
        b.append(',').append(t.count(row.code(), c));
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  /** Returns the report's tables as an HTML fragment in the national layout. */
  public static String html(AnnualReport r) {
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"govsite-annual-report\" data-year=\"").append(r.year()).append("\">\n");
    b.append("<h1>").append(esc(r.year() + "年政府信息公开工作年度报告")).append("</h1>\n");
    if (!r.regulations().isEmpty()) {
      b.append("<h2>").append(esc("二、主动公开政府信息情况")).append("</h2>\n<table class=\"section-2\">\n");
      b.append("<tr><th colspan=\"4\">").append(esc("第二十条第（一）项")).append("</th></tr>\n<tr>");
      for (String h : List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")) {
        th(b, h, 1, 1);
      }
      b.append("</tr>\n");
      for (AnnualReport.RegulationRow g : r.regulations()) {
        b.append("<tr>");
        td(b, g.label());
        td(b, Integer.toString(g.issued()));
        td(b, Integer.toString(g.repealed()));
        td(b, Integer.toString(g.current()));
        b.append("</tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("<h2>").append(esc("三、收到和处理政府信息公开申请情况")).append("</h2>\n<table class=\"section-3\">\n");
    b.append("<tr>");
    th(b, BALANCE_NOTE, 3, 3);
    th(b, "申请人情况", 1, RequestTable.columns().size());
    b.append("</tr>\n<tr>");
    th(b, ApplicantType.NATURAL_PERSON.label(), 2, 1);
    th(b, "法人或其他组织", 1, ApplicantType.values().length - 1);
    th(b, "总计", 2, 1);
    b.append("</tr>\n<tr>");
    for (ApplicantType a : ApplicantType.values()) {
      if (a != ApplicantType.NATURAL_PERSON) {
        th(b, a.label(), 1, 1);
      }
    }
    b.append("</tr>\n");
    RequestTable t = r.requestTable();
    List<RequestTable.Row> rows = RequestTable.rows();
    int resultRows = rows.size() - 3; // everything between 上年结转 and 结转下年度
    String group = null;
    for (int i = 0; i < rows.size(); i++) {
      RequestTable.Row row = rows.get(i);
      b.append("<tr data-row=\"").append(esc(row.code())).append("\">");
      boolean result = i >= 2 && i < rows.size() - 1;
      if (!result) {
        th(b, row.label(), 1, 3);
      } else {
        if (i == 2) {
          th(b, "三、本年度办理结果", resultRows, 1);
        }
        if (row.group().isEmpty()) {
          th(b, row.label(), 1, 2);
          group = null;
        } else {
          if (!row.group().equals(group)) {
            group = row.group();
            th(b, group, (int) rows.stream().filter(x -> x.group().equals(row.group())).count(), 1);
          }
          th(b, row.label(), 1, 1);
        }
      }
      for (String c : RequestTable.columns()) {
        td(b, Integer.toString(t.count(row.code(), c)));
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n</section>\n");
    return b.toString();
  }

  /** Returns a complete HTML page around the report's tables. */
  public static String page(AnnualReport r) {
    String title = esc(r.year() + "年政府信息公开工作年度报告");
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
        + "</title>\n<style>table{border-collapse:collapse}th,td{border:1px solid #333;padding:2px 6px}td{text-align:right}</style>\n"
        + "</head>\n<body>\n" + html(r) + "</body>\n</html>\n";
  }

  private static String esc(String s) {
    return escapeHtml4(s);
  }

  private static void th(StringBuilder b, String text, int rowspan, int colspan) {
    b.append("<th");
    if (rowspan > 1) {
      b.append(" rowspan=\"").append(rowspan).append('"');
    }
    if (colspan > 1) {
      b.append(" colspan=\"").append(colspan).append('"');
    }
    b.append('>').append(esc(text)).append("</th>");
  }

  private static void td(StringBuilder b, String text) {
    b.append("<td>").append(esc(text)).append("</td>");
  }
}
