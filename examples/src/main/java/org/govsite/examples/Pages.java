package org.govsite.examples;

import static org.govsite.examples.Html.esc;
import static org.govsite.examples.Html.url;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.govsite.core.site.Column;
import org.govsite.disclosure.CatalogueEntry;
import org.govsite.disclosure.CatalogueQuery;
import org.govsite.disclosure.DisclosureRules;
import org.govsite.disclosure.Topic;
import org.govsite.examples.PageServlet.Answer;
import org.govsite.interaction.PublicLetter;
import org.govsite.search.ContentKind;
import org.govsite.search.FacetCount;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchRequest;
import org.govsite.search.SearchResults;

/** The reading pages: home, column items, the disclosure catalogue and guide, search. */
final class Pages {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private final PortalContext ctx;

  Pages(PortalContext ctx) {
    this.ctx = ctx;
  }

  Answer home() {
    List<Tables.Article> articles = ctx.tables.articles();
    StringBuilder b = new StringBuilder("<div class=\"columns\">");
    for (Column c : ctx.site.columns()) {
      b.append("<section aria-labelledby=\"col-").append(esc(c.id())).append("\"><h2 id=\"col-").append(esc(c.id()))
          .append("\">").append(esc(c.name())).append("</h2><ul>");
      articles.stream().filter(a -> a.columnId().equals(c.id())).limit(5).forEach(a -> b.append("<li><a href=\"/article?id=")
          .append(url(a.id())).append("\">").append(esc(a.title())).append("</a> <time datetime=\"")
          .append(a.published().format(DAY)).append("\">").append(a.published().format(DAY)).append("</time></li>"));
      b.append("</ul><p><a href=\"/column?id=").append(url(c.id())).append("\">更多").append(esc(c.name()))
          .append("</a></p></section>");
    }
    b.append("<section aria-labelledby=\"col-xxgk\"><h2 id=\"col-xxgk\">信息公开</h2><ul>");
    ctx.catalogue.entries().stream().sorted((x, y) -> y.publishedDate().compareTo(x.publishedDate())).limit(5)
        .forEach(e -> b.append("<li><a href=\"/xxgk/entry?id=").append(url(e.indexNumber())).append("\">")
            .append(esc(e.title())).append("</a> ").append(e.publishedDate()).append("</li>"));
    b.append("</ul></section><section aria-labelledby=\"col-hd\"><h2 id=\"col-hd\">县长信箱 · 最新答复</h2><ul>");
    for (PublicLetter l : ctx.mailbox.published(1, 5).letters()) {
      b.append("<li><a href=\"/xinxiang/letter?id=").append(url(l.id())).append("\">").append(esc(l.subject()))
          .append("</a> ").append(l.replied()).append("</li>");
    }
    b.append("</ul></section></div>");
    return Answer.ok(Html.page(ctx, "首页", b.toString()));
  }

  /** A column's list page: every item with its date (what inspectors and the compliance kit read). */
  Answer column(String id) {
    return ctx.site.column(id).map(c -> {
      StringBuilder b = new StringBuilder("<ul class=\"list\">");
      ctx.tables.articles().stream().filter(a -> a.columnId().equals(id)).forEach(a -> b.append("<li><a href=\"/article?id=")
          .append(url(a.id())).append("\">").append(esc(a.title())).append("</a> <span class=\"date\">")
          .append(a.published().format(DAY)).append("</span></li>"));
      return Answer.ok(Html.page(ctx, c.name(), b.append("</ul>").toString()));
    }).orElse(new Answer(404, Html.page(ctx, "栏目不存在", "<p>没有这个栏目。</p>")));
  }

  Answer article(String id) {
    return ctx.tables.article(id).map(a -> Answer.ok(Html.page(ctx, a.title(), "<p>发布时间：" + esc(a.published().format(DAY))
        + "　栏目：" + esc(ctx.site.column(a.columnId()).map(Column::name).orElse(a.columnId())) + "</p><p>"
        + esc(a.body()) + "</p>"))).orElse(new Answer(404, Html.page(ctx, "信息不存在", "<p>没有这条信息。</p>")));
  }

  Answer catalogue(String topic, String organ, String year) {
    CatalogueQuery.Builder q = CatalogueQuery.builder();
    if (!topic.isEmpty()) {
      q.topic(ctx.topics.classify(topic));
    }
    if (!organ.isEmpty()) {
      q.organ(organ);
    }
    if (!year.isEmpty()) {
      try {
        q.year(Integer.parseInt(year));
      } catch (NumberFormatException e) {
        throw new org.govsite.core.InvalidInputException("year", "年份须为数字 / year must be a number");
      }
    }
    List<CatalogueEntry> found = ctx.catalogue.query(q.build());
    List<String[]> topics = new ArrayList<>();
    topics.add(new String[] {"", "全部主题"});
    for (Topic t : ctx.topics.roots()) {
      topics.add(new String[] {t.code(), t.name()});
      t.children().forEach(c -> topics.add(new String[] {c.code(), "　" + c.name()}));
    }
    List<String[]> organs = new ArrayList<>();
    organs.add(new String[] {"", "全部机关"});
    new TreeSet<>(ctx.catalogue.entries().stream().map(CatalogueEntry::issuingOrgan).toList())
        .forEach(o -> organs.add(new String[] {o, o}));
    List<String[]> years = new ArrayList<>();
    years.add(new String[] {"", "全部年份"});
    new TreeSet<>(ctx.catalogue.entries().stream().map(e -> e.publishedDate().getYear()).toList()).descendingSet()
        .forEach(y -> years.add(new String[] {y.toString(), y + "年"}));
    StringBuilder b = new StringBuilder("<p><a href=\"/xxgk/guide\">政府信息公开指南</a>　<a href=\"/ysqgk\">依申请公开</a></p>"
        + "<form method=\"get\" action=\"/xxgk\"><fieldset><legend>按主题、机关、年份浏览</legend>"
        + Html.field("topic", "主题分类", Html.select("topic", topics, topic))
        + Html.field("organ", "发文机关", Html.select("organ", organs, organ))
        + Html.field("year", "发布年份", Html.select("year", years, year))
        + "<p><button type=\"submit\">浏览</button></p></fieldset></form>");
    b.append("<p>共 <span id=\"count\">").append(found.size()).append("</span> 条</p><table><caption>政府信息公开目录</caption><thead><tr>")
        .append("<th scope=\"col\">索引号</th><th scope=\"col\">标题</th><th scope=\"col\">发文字号</th>")
        .append("<th scope=\"col\">发文机关</th><th scope=\"col\">主题分类</th><th scope=\"col\">发布日期</th></tr></thead><tbody>");
    for (CatalogueEntry e : found) {
      b.append("<tr><td>").append(esc(e.indexNumber())).append("</td><td><a href=\"/xxgk/entry?id=").append(url(e.indexNumber()))
          .append("\">").append(esc(e.title())).append("</a></td><td>")
          .append(esc(e.documentNumber().map(Object::toString).orElse(""))).append("</td><td>").append(esc(e.issuingOrgan()))
          .append("</td><td>").append(esc(topicNames(e))).append("</td><td>").append(e.publishedDate()).append("</td></tr>");
    }
    b.append("</tbody></table>");
    return Answer.ok(Html.page(ctx, "政府信息公开目录", b.toString()));
  }

  private String topicNames(CatalogueEntry e) {
    return String.join("、", e.classifications().stream().map(c -> ctx.topics.path(c.code())).toList());
  }

  Answer entry(String id) {
    return ctx.catalogue.entry(id).map(e -> Answer.ok(Html.page(ctx, e.title(), "<table><tbody>"
        + row("索引号", e.indexNumber()) + row("发文机关", e.issuingOrgan())
        + row("发文字号", e.documentNumber().map(Object::toString).orElse("")) + row("主题分类", topicNames(e))
        + row("体裁分类", e.genre().orElse("")) + row("成文日期", e.writtenDate()) + row("发布日期", e.publishedDate())
        + row("有效性", e.validity().label()) + "</tbody></table><h2>内容概述</h2><p>" + esc(e.summary()) + "</p>")))
        .orElse(new Answer(404, Html.page(ctx, "信息不存在", "<p>没有索引号为 " + esc(id) + " 的信息。</p>")));
  }

  private static String row(String label, Object value) {
    return "<tr><th scope=\"row\">" + esc(label) + "</th><td>" + esc(value) + "</td></tr>";
  }

  Answer guide() {
    String body = "<p>为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（国务院令第711号），"
        + "编制本指南。</p><h2>一、主动公开</h2><p>本机关主动公开的政府信息见<a href=\"/xxgk\">政府信息公开目录</a>，"
        + "自该信息形成或者变更之日起 " + DisclosureRules.ART_26_PROACTIVE_WORKING_DAYS + " 个工作日内予以公开（条例第二十六条）。</p>"
        + "<h2>二、依申请公开</h2><p>可通过<a href=\"/ysqgk\">网上申请</a>提出。申请内容不明确的，本机关自收到申请之日起 "
        + DisclosureRules.ART_30_CORRECTION_NOTICE_WORKING_DAYS + " 个工作日内一次性告知补正（第三十条）。"
        + "本机关自收到申请之日起 " + DisclosureRules.ART_33_REPLY_WORKING_DAYS + " 个工作日内予以答复；需要延长的，"
        + "延长期限最长不超过 " + DisclosureRules.ART_33_EXTENSION_MAX_WORKING_DAYS + " 个工作日（第三十三条）。"
        + "征求第三方和其他机关意见所需时间不计算在内。</p><h2>三、监督和救济</h2>"
        + "<p>认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，"
        + "也可以依法申请行政复议或者提起行政诉讼（第五十一条）。</p>";
    return Answer.ok(Html.page(ctx, "政府信息公开指南", body));
  }

  Answer search(String q, String kind, String column, String year) {
    StringBuilder b = new StringBuilder("<form method=\"get\" action=\"/search\">" + Html.field("q", "搜索词",
        "<input id=\"q\" name=\"q\" type=\"search\" value=\"" + esc(q) + "\" list=\"suggestions\">")
        + " <button type=\"submit\">搜索</button></form>");
    List<String> suggestions = ctx.search.suggest(q.isEmpty() ? "政府" : q, 5);
    if (q.isEmpty()) {
      appendSuggestions(b, suggestions);
      return Answer.ok(Html.page(ctx, "站内搜索", b.toString()));
    }
    SearchRequest.Builder r = SearchRequest.builder(q).limit(20);
    if (!kind.isEmpty()) {
      r.kind(ContentKind.ofCode(kind, "kind"));
    }
    if (!column.isEmpty()) {
      r.column(column);
    }
    if (!year.isEmpty()) {
      try {
        r.year(Integer.parseInt(year));
      } catch (NumberFormatException e) {
        throw new org.govsite.core.InvalidInputException("year", "年份须为数字 / year must be a number");
      }
    }
    SearchResults res = ctx.search.search(r.build());
    res.correction().ifPresent(c -> b.append("<p class=\"correction\">").append(c.applied() ? "已为您显示“" : "您是不是要找：“")
        .append("<a href=\"/search?q=").append(url(c.corrected())).append("\">").append(esc(c.corrected())).append("</a>”")
        .append(c.applied() ? "的结果" : "").append("</p>"));
    // An estimated total (above 10,000 matches) reads 约 N 条: it is rounded, not counted.
    b.append("<p>找到 ").append(res.totalIsExact() ? "" : "约 ").append("<span id=\"total\">").append(res.total()).append("</span> 条结果</p>");
    b.append("<div class=\"facets\">");
    for (String facet : List.of("kind", "column", "year")) {
      List<FacetCount> counts = res.facets().getOrDefault(facet, List.of());
      if (counts.isEmpty()) {
        continue;
      }
      b.append("<nav aria-label=\"").append(facetName(facet)).append("\"><h2>").append(facetName(facet)).append("</h2><ul>");
      for (FacetCount c : counts) {
        b.append("<li><a href=\"/search?q=").append(url(q)).append("&amp;").append(facet).append('=').append(url(c.value()))
            .append("\">").append(esc(facet.equals("kind") ? kindLabel(c.value()) : c.value())).append("</a> (")
            .append(c.count()).append(")</li>");
      }
      b.append("</ul></nav>");
    }
    b.append("</div><ol class=\"hits\">");
    for (SearchHit h : res.hits()) {
      b.append("<li><h3><a href=\"").append(esc(h.url().orElse("/"))).append("\">").append(esc(h.title())).append("</a></h3>")
          .append("<p>").append(h.highlight()).append("</p><p>").append(esc(h.kind().label()))
          .append(h.documentNumber().map(d -> " · " + esc(d)).orElse(""))
          .append(h.date().map(d -> " · " + d).orElse("")).append("</p></li>");
    }
    b.append("</ol>");
    appendSuggestions(b, suggestions);
    return Answer.ok(Html.page(ctx, "搜索：" + q, b.toString()));
  }

  private static void appendSuggestions(StringBuilder b, List<String> suggestions) {
    b.append("<section aria-labelledby=\"sugg\"><h2 id=\"sugg\">搜索建议</h2><ul class=\"suggestions\">");
    suggestions.forEach(s -> b.append("<li><a href=\"/search?q=").append(url(s)).append("\">").append(esc(s)).append("</a></li>"));
    b.append("</ul><datalist id=\"suggestions\">");
    suggestions.forEach(s -> b.append("<option value=\"").append(esc(s)).append("\">"));
    b.append("</datalist></section>");
  }

  private static String facetName(String facet) {
    return Map.of("kind", "按类别", "column", "按栏目", "year", "按年份").getOrDefault(facet, facet);
  }

  private static String kindLabel(String code) {
    try {
      return ContentKind.ofCode(code, "kind").label();
    } catch (RuntimeException e) {
      return code;
    }
  }
}
