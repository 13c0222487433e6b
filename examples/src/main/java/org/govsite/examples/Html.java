package org.govsite.examples;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/** The page layout: plain, accessible HTML in simplified Chinese; every value goes through {@link #esc}. */
final class Html {
  private Html() {}

  static String esc(Object value) {
    return StringEscapeUtils.escapeHtml4(String.valueOf(value));
  }

  /** URL-encodes a query parameter value. */
  static String url(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Where the stylesheet is served: a file of its own, so the policy needs no inline styles. */
  static final String STYLESHEET = "/site.css";

  static final String CSS = "body{font-family:sans-serif;margin:0;line-height:1.6;color:#222}"
      + "header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}header{border-bottom:3px solid #b00}"
      + "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}a{color:#0645ad}"
      + "a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f90}"
      + ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff}"
      + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}"
      + "label{display:block;margin-top:.5rem;font-weight:bold}input,select,textarea{font-size:1rem;max-width:100%}"
      + ".error{border:2px solid #b00;padding:.5rem 1rem;background:#fee}.ok{border:2px solid #080;padding:.5rem 1rem;background:#efe}"
      + "em{background:#ff0;font-style:normal}.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}"
      + ".red{color:#b00;font-weight:bold}.yellow{color:#a60;font-weight:bold}.blue{color:#06c}.green{color:#080}"
      + "footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}label.inline{display:inline}";

  /** The national 我为政府网站找错 platform (国办秘函〔2019〕19号), which takes the site's 网站标识码. */
  static final String ERROR_REPORT = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=";
  /** A demo ICP备案编号 in the national format; a real portal prints its own. */
  static final String DEMO_ICP = "湘ICP备00000000号";
  /** A demo 公安机关备案号 in the national format (14 digits from the province's division code); a real portal prints its own. */
  static final String DEMO_PSB = "湘公网安备43112302000000号";

  static String page(PortalContext ctx, String title, String body) {
    String site = ctx.config.siteName();
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + " - " + esc(site) + "</title><link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"></head><body>"
        + "<a class=\"skip\" href=\"#main\">跳到主要内容</a>"
        + "<header><p><a href=\"/\"><strong>" + esc(site) + "</strong></a></p>"
        + "<nav aria-label=\"主导航\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/xxgk\">信息公开</a></li>"
        + "<li><a href=\"/ysqgk\">依申请公开</a></li><li><a href=\"/xinxiang\">县长信箱</a></li>"
        + "<li><a href=\"/search\">站内搜索</a></li><li><a href=\"/editor\">编辑工作台</a></li></ul></nav>"
        + "<form role=\"search\" action=\"/search\" method=\"get\"><label for=\"top-q\">搜索本站</label>"
        + "<input id=\"top-q\" name=\"q\" type=\"search\"> <button type=\"submit\">搜索</button></form></header>"
        + "<main id=\"main\"><h1>" + esc(title) + "</h1>" + body + "</main>"
        + "<footer><p>主办：" + esc(site.replace("门户网站", "")) + "　网站标识码：<span id=\"site-code\">"
        + esc(ctx.config.websiteCode().value()) + "</span>　<a href=\"/jiucuo\">我要纠错</a>　<a href=\"" + ERROR_REPORT
        + url(ctx.config.websiteCode().value()) + "\">我为政府网站找错</a></p>"
        + "<p><a href=\"https://beian.miit.gov.cn/\">" + DEMO_ICP + "</a>　" + DEMO_PSB + "　<a href=\"https://bszs.conac.cn/\">党政机关网站标识</a></p>"
        + "<p>本站为 GovSite 演示站点，内容为示例。</p></footer></body></html>";
  }

  static String errors(List<String> messages) {
    StringBuilder s = new StringBuilder("<div class=\"error\" role=\"alert\"><p>提交未成功，请修改后重试：</p><ul>");
    messages.forEach(m -> s.append("<li>").append(esc(m)).append("</li>"));
    return s.append("</ul></div>").toString();
  }

  static String field(String id, String label, String input) {
    return "<label for=\"" + id + "\">" + esc(label) + "</label>" + input;
  }

  static String text(String id, String value, boolean required) {
    return "<input id=\"" + id + "\" name=\"" + id + "\" type=\"text\" value=\"" + esc(value) + "\"" + (required ? " required" : "") + ">";
  }

  static String area(String id, String value) {
    return "<textarea id=\"" + id + "\" name=\"" + id + "\" rows=\"6\" cols=\"60\" required>" + esc(value) + "</textarea>";
  }

  static String select(String id, List<String[]> options, String selected) {
    StringBuilder s = new StringBuilder("<select id=\"" + id + "\" name=\"" + id + "\">");
    for (String[] o : options) {
      s.append("<option value=\"").append(esc(o[0])).append('"').append(o[0].equals(selected) ? " selected" : "")
          .append('>').append(esc(o[1])).append("</option>");
    }
    return s.append("</select>").toString();
  }
}
