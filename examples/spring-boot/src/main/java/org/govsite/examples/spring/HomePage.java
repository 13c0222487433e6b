package org.govsite.examples.spring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.web.ErrorBody;
import org.govsite.disclosure.Catalogue;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchResults;
import org.govsite.search.SiteSearch;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
  private static final MediaType HTML = MediaType.parseMediaType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
  private final SiteSearch search;
  private final Catalogue catalogue;

  /** Creates the page over the starter's search and the application's catalogue. */
  public HomePage(SiteSearch search, Catalogue catalogue) {
    this.search = search;
    this.catalogue = catalogue;
  }

  /**
   * Renders the page; with {@code q}, the search hits first. A query the search refuses (longer
   * than its limit) is answered as the REST API answers it: 400 with core's error body naming
   * field {@code q}.
   */
  @GetMapping(path = "/")
  public ResponseEntity<String> home(@RequestParam(name = "q", defaultValue = "") String q) {
    try {
      return ResponseEntity.ok().contentType(HTML).body(page(q));
    } catch (InvalidInputException e) {
      ErrorBody body = new ErrorBody(e.code().name(), String.valueOf(e.getMessage()), e.field(), e.errors());
      return ResponseEntity.status(e.code().category().httpStatus()).contentType(MediaType.APPLICATION_JSON)
          .body(GovSiteJson.write(body));
    }
  }

  private String page(String q) {
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
