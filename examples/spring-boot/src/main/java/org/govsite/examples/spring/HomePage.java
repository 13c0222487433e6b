package org.govsite.examples.spring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.disclosure.Catalogue;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchResults;
import org.govsite.search.SiteSearch;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The one page (首页): a search box over the site search, its hits, and the catalogue. Everything
 * else the site offers is the REST API under {@code /api}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@RestController
public class HomePage {
  private final SiteSearch search;
  private final Catalogue catalogue;

  /** Creates the page over the starter's search and the application's catalogue. */
  public HomePage(SiteSearch search, Catalogue catalogue) {
    this.search = search;
    this.catalogue = catalogue;
  }

  /** Renders the page; with {@code q}, the search hits first. */
  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String home(@RequestParam(name = "q", defaultValue = "") String q) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<title>某县人民政府</title></head><body><h1>某县人民政府</h1>"
        + "<form action=\"/\" method=\"get\"><label for=\"q\">站内搜索</label> <input id=\"q\" name=\"q\" value=\"")
        .append(esc(q)).append("\"><button>搜索</button></form>");
    if (!q.isBlank()) {
      SearchResults results = search.search(q);
      html.append("<h2>搜索结果（").append(results.total()).append("）</h2><ol>");
      for (SearchHit h : results.hits()) {
        html.append("<li><a href=\"").append(esc(h.url().orElse("#"))).append("\">").append(esc(h.title())).append("</a></li>");
      }
      html.append("</ol>");
    }
    html.append("<h2>政府信息公开目录</h2><ul>");
    catalogue.entries().forEach(e -> html.append("<li>").append(esc(e.indexNumber())).append(" ").append(esc(e.title())).append("</li>"));
    return html.append("</ul><p>接口：<code>/api/mailbox/letters</code>、<code>/api/disclosure/requests</code>、"
        + "<code>/api/disclosure/catalogue</code>、<code>/api/search</code></p></body></html>").toString();
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
