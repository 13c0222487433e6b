package org.govsite.examples;

import static org.govsite.examples.Html.esc;
import static org.govsite.examples.Html.url;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.examples.PageServlet.Answer;

/**
 * The 办事指南 pages (办事服务): a list and one page per guide with the key elements the census
 * asks for (RULES §3 服务不实用: 事项名称, 设定依据, 申请条件, 办理材料, 办理地点, 办理时间, 联系电话, 办理流程).
 * Demo content, fixed in code: the portal's columns and search index are unchanged.
 */
final class ServiceGuides {
  /** A guide: its id, the date it was last revised, and its elements in order. */
  private record Guide(String id, String updated, List<Map.Entry<String, String>> elements) {
    String name() {
      return elements.get(0).getValue();
    }
  }

  private static final List<Guide> GUIDES = List.of(
      new Guide("sfz", "2026-01-05", List.of(Map.entry("事项名称", "居民身份证申领"),
          Map.entry("设定依据", "《中华人民共和国居民身份证法》第八条"), Map.entry("申请条件", "本县常住户口居民年满十六周岁"),
          Map.entry("办理材料", "居民户口簿；近期免冠照片（可现场采集）"), Map.entry("办理地点", "县政务服务中心一楼公安窗口"),
          Map.entry("办理时间", "法定工作日 上午9:00-12:00，下午14:00-17:00"), Map.entry("联系电话", "0746-0000000"),
          Map.entry("办理流程", "申请、受理、采集信息、审核、制证、领取"))),
      new Guide("dbsq", "2026-03-02", List.of(Map.entry("事项名称", "最低生活保障申请"),
          Map.entry("设定依据", "《社会救助暂行办法》第十一条"), Map.entry("申请条件", "家庭人均收入低于当地最低生活保障标准"),
          Map.entry("办理材料", "申请书；家庭成员身份证件；收入和财产状况说明"), Map.entry("办理地点", "户籍所在地乡镇人民政府（街道办事处）"),
          Map.entry("办理时间", "法定工作日 上午9:00-12:00，下午14:00-17:00"), Map.entry("联系电话", "0746-0000001"),
          Map.entry("办理流程", "申请、受理、家庭经济状况调查、审核确认、公示、发放"))));

  private final PortalContext ctx;

  ServiceGuides(PortalContext ctx) {
    this.ctx = ctx;
  }

  Answer list() {
    StringBuilder b = new StringBuilder("<ul class=\"list\">");
    for (Guide g : GUIDES) {
      b.append("<li><a href=\"/bszn/guide?id=").append(url(g.id())).append("\">").append(esc(g.name())).append("</a> <span class=\"date\">")
          .append(g.updated()).append("</span></li>");
    }
    return Answer.ok(Html.page(ctx, "办事指南", b.append("</ul>").toString()));
  }

  Answer guide(String id) {
    Optional<Guide> g = GUIDES.stream().filter(x -> x.id().equals(id)).findFirst();
    if (g.isEmpty()) {
      return new Answer(404, Html.page(ctx, "办事指南不存在", "<p>没有这个办事指南。</p>"));
    }
    StringBuilder b = new StringBuilder("<p>更新日期：").append(g.get().updated()).append("</p><table><tbody>");
    for (Map.Entry<String, String> e : g.get().elements()) {
      b.append("<tr><th scope=\"row\">").append(esc(e.getKey())).append("</th><td>").append(esc(e.getValue())).append("</td></tr>");
    }
    return Answer.ok(Html.page(ctx, g.get().name(), b.append("</tbody></table>").toString()));
  }
}
