package org.govsite.compliance;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.govsite.compliance.SiteProfile.Mailbox;
import org.govsite.compliance.SiteProfile.ProfileColumn;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.identifiers.WebsiteCode;

/** The fixture sites of the tests: a faulty one and a clean one, audited at 2026-11-20. */
public final class Fixtures {
  static final String ID = FixtureServer.idNumber("11010519800101123");

  private Fixtures() {}

  static String list(String title, String... items) {
    return "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title + "</h1>" + listBody(items) + "</body></html>";
  }

  private static String listBody(String... items) {
    StringBuilder b = new StringBuilder("<ul class=\"list\">");
    for (int i = 0; i < items.length; i += 2) {
      b.append("<li><a href=\"").append(items[i]).append("\">信息").append(i).append("</a><span>").append(items[i + 1]).append("</span></li>");
    }
    return b.append("</ul>").toString();
  }

  /** The footer every page of a clean site carries: the four identifiers (RULES §7). */
  static final String FOOTER = "<footer><p>主办：示例县人民政府　网站标识码：4300000077　<a href=\"https://beian.miit.gov.cn/\">湘ICP备12345678号</a>"
      + "　湘公网安备43010202000001号　<a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=1\"><img src=\"/img/dzjg.png\" alt=\"党政机关\"></a></p></footer>";

  /** A clean page: language, one h1, the footer. */
  static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title + "</h1>"
        + body + FOOTER + "</body></html>";
  }

  /** The search form of the fixture sites. */
  static final String SEARCH_FORM = "<form role=\"search\" action=\"/search\" method=\"get\"><label for=\"q\">搜索本站</label>"
      + "<input id=\"q\" name=\"q\" type=\"search\"><button type=\"submit\">搜索</button></form>";

  /** The search address of a query, as the fixture server keys it. */
  static String search(String query) {
    return "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A 办事指南 with every key element (RULES §3 服务不实用). */
  static final String FULL_GUIDE = "<table><tr><th>事项名称</th><td>居民身份证申领</td></tr><tr><th>设定依据</th><td>《中华人民共和国居民身份证法》</td></tr>"
      + "<tr><th>申请条件</th><td>本县户籍居民</td></tr><tr><th>办理材料</th><td>户口簿</td></tr><tr><th>办理地点</th><td>县政务服务中心</td></tr>"
      + "<tr><th>办理时间</th><td>工作日 9:00-17:00</td></tr><tr><th>联系电话</th><td>0746-1234567</td></tr><tr><th>办理流程</th><td>受理、审核、发证</td></tr></table>";

  /** A site with every deliberate fault, linking to {@code other} (which must never be crawled). */
  public static FixtureServer faulty(FixtureServer other) throws IOException {
    FixtureServer s = new FixtureServer();
    StringBuilder home = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>示例县人民政府</title></head><body>"
        + "<ul><li><a href=\"/news/\">工作动态</a></li><li><a href=\"/notice/\">通知公告</a></li>");
    for (int i = 1; i <= 5; i++) {
      home.append("<li><a href=\"/blank").append(i).append("/\">空栏目").append(i).append("</a></li>");
    }
    home.append("<li><a href=\"/art/1.html\">公示</a> 2026年11月18日</li><li><a href=\"/art/2.html\">会议</a> 2026-11-17</li>")
        .append("<li><a href=\"/gbk/index.html\">旧版</a></li><li><a href=\"/missing.html\">坏链接</a></li>")
        .append("<li><a href=\"").append(other.uri("/elsewhere.html")).append("\">外站</a></li>")
        .append("<li><a href=\"/mailbox/\">县长信箱</a></li><img src=\"/img/none.png\" alt=\"图\"></ul>")
        // The census checks' faults: a search that finds nothing, no 找错 entry, malformed identifiers, accessibility faults.
        .append("<li><a href=\"/art/3.html\">某镇开展安全生产检查</a></li>").append(SEARCH_FORM)
        .append("<h1>示例县</h1><h3>图片新闻</h3><img src=\"/art/3.html\"><a href=\"/art/1.html\"></a><input name=\"phone\" type=\"text\">")
        .append("<p style=\"color:#999;background:#fff\">浅灰色的说明文字</p><style>a:focus{outline:none}</style>")
        .append("<p>网站标识码：430000007　京ICP备123号</p></body></html>");
    s.page("/", home.toString());
    s.page("/news/", list("工作动态", "/art/2.html", "2026-08-01", "/art/3.html", "2026/07/15"));
    s.page("/notice/", list("通知公告", "/art/1.html", "2026.11.18", "/art/4.html", "2026-12-25"));
    s.page("/art/4.html", "<html><body><p>发布时间：2026-12-25</p><p>关于元旦放假的通知。</p></body></html>");
    s.page(search("某镇开展安全生产检查"), "<html><body><p>没有找到相关结果。</p></body></html>");
    s.page("/bszn/", list("办事指南", "/bszn/1.html", "2026-10-01"));
    s.page("/bszn/1.html", "<html><body><h1>户口迁移</h1><p>事项名称：户口迁移　办理地点：县公安局</p></body></html>");
    for (int i = 1; i <= 5; i++) {
      s.page("/blank" + i + "/", list("空栏目" + i));
    }
    s.page("/art/1.html", "<html><body><p>低保公示：张某，身份证号" + ID + "，2026年11月18日</p></body></html>");
    s.page("/art/2.html", "<html><body><p>&lt;script&gt;本攻府召开常务会议。</p></body></html>");
    s.page("/art/3.html", "<html><body><p>某镇开展安全生产检查。</p></body></html>");
    s.page("/gbk/index.html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"><title>旧版栏目</title></head>"
        + "<body><p>中华人民共合国成立纪念日活动通知</p><a href=\"/art/3.html\">检查</a> 2026年10月8日</body></html>", Charset.forName("GBK"));
    s.page("/mailbox/", "<html><body><table><tr><th>标题</th><th>来信日期</th><th>答复日期</th></tr>"
        + "<tr><td>关于道路维修的咨询</td><td>2026-07-10</td><td>未答复</td></tr>"
        + "<tr><td>关于办证的咨询</td><td>2026-11-02</td><td>2026-11-05</td></tr></table></body></html>");
    return s;
  }

  static FixtureServer clean() throws IOException {
    return clean(new FixtureServer());
  }

  /** Serves the clean site from {@code s} (plain HTTP, HTTPS or another address). */
  static FixtureServer clean(FixtureServer s) {
    s.page("/", page("示例县人民政府", SEARCH_FORM + "<ul>"
        + "<li><a href=\"/news/\">工作动态</a></li><li><a href=\"/notice/\">通知公告</a></li><li><a href=\"/mailbox/\">县长信箱</a></li>"
        + "<li><a href=\"/bszn/\">办事指南</a></li>"
        + "<li><a href=\"/art/1.html\">县政府召开常务会议</a> 2026-11-19</li></ul>"
        + "<p><a href=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4300000077\">我为政府网站找错</a></p>"));
    s.page("/news/", page("工作动态", listBody("/art/1.html", "2026-11-19", "/news/2.html", "2026-11-10") + "<a href=\"/news/2.html\">下一页</a>"));
    s.page("/news/2.html", page("工作动态", listBody("/art/2.html", "2026-10-30")));
    s.page("/notice/", page("通知公告", listBody("/art/2.html", "2026年10月30日")));
    s.page("/art/1.html", page("县政府召开常务会议", "<p>发布时间：2026-11-19</p><p>县政府召开常务会议，部署安全生产工作。</p>"));
    s.page("/art/2.html", page("关于开展安全检查的通知", "<p>关于开展安全检查的通知。</p>"));
    s.page("/bszn/", page("办事指南", listBody("/bszn/1.html", "2026-10-01")));
    s.page("/bszn/1.html", page("居民身份证申领", FULL_GUIDE));
    s.page(search("县政府召开常务会议"), page("搜索结果", "<ol><li><a href=\"/art/1.html\">县政府召开常务会议</a></li></ol>"));
    s.page("/mailbox/", page("县长信箱", "<ul><li>关于办证的咨询 来信 2026-11-02 答复 2026-11-05</li>"
        + "<li>关于公交的建议 来信 2026-10-12 答复 2026-10-14</li></ul>"));
    s.text("/img/dzjg.png", "PNG");
    s.text("/robots.txt", "User-agent: *\nDisallow: /admin/\n");
    return s;
  }

  /** The fixture sites' profile, with five blank columns when {@code blanks}. */
  public static SiteProfile profile(boolean blanks) {
    List<ProfileColumn> cols = new java.util.ArrayList<>(List.of(ProfileColumn.of("c1", "工作动态", ColumnKind.NEWS, "/news/"),
        ProfileColumn.of("c2", "通知公告", ColumnKind.NOTICE, "/notice/"), ProfileColumn.of("c3", "办事指南", ColumnKind.SERVICE, "/bszn/")));
    if (blanks) {
      for (int i = 1; i <= 5; i++) {
        cols.add(ProfileColumn.of("b" + i, "空栏目" + i, ColumnKind.SERVICE, "/blank" + i + "/"));
      }
    }
    return new SiteProfile("示例县人民政府", WebsiteCode.parse("4300000077"), cols, Optional.of(Mailbox.of("/mailbox/")));
  }

  /** Options that crawl the fixtures quickly. */
  public static AuditOptions fast() {
    return AuditOptions.builder().delay(java.time.Duration.ZERO).timeout(java.time.Duration.ofSeconds(5)).build();
  }

  /** {@link #fast()} trusting the tests' certificate ({@link TestTls}). */
  static AuditOptions fastTls() {
    return AuditOptions.builder().delay(java.time.Duration.ZERO).timeout(java.time.Duration.ofSeconds(5)).sslContext(TestTls.context()).build();
  }
}
