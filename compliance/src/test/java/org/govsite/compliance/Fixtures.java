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
    StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title
        + "</h1><ul class=\"list\">");
    for (int i = 0; i < items.length; i += 2) {
      b.append("<li><a href=\"").append(items[i]).append("\">信息").append(i).append("</a><span>").append(items[i + 1]).append("</span></li>");
    }
    return b.append("</ul></body></html>").toString();
  }

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
        .append("<li><a href=\"/mailbox/\">县长信箱</a></li><img src=\"/img/none.png\" alt=\"图\"></ul></body></html>");
    s.page("/", home.toString());
    s.page("/news/", list("工作动态", "/art/2.html", "2026-08-01", "/art/3.html", "2026/07/15"));
    s.page("/notice/", list("通知公告", "/art/1.html", "2026.11.18"));
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
    FixtureServer s = new FixtureServer();
    s.page("/", "<html><head><meta charset=\"utf-8\"><title>示例县人民政府</title></head><body><ul>"
        + "<li><a href=\"/news/\">工作动态</a></li><li><a href=\"/notice/\">通知公告</a></li><li><a href=\"/mailbox/\">县长信箱</a></li>"
        + "<li><a href=\"/art/1.html\">县政府召开常务会议</a> 2026-11-19</li></ul></body></html>");
    s.page("/news/", list("工作动态", "/art/1.html", "2026-11-19", "/news/2.html", "2026-11-10") .replace("</ul>", "</ul><a href=\"/news/2.html\">下一页</a>"));
    s.page("/news/2.html", list("工作动态", "/art/2.html", "2026-10-30"));
    s.page("/notice/", list("通知公告", "/art/2.html", "2026年10月30日"));
    s.page("/art/1.html", "<html><body><p>县政府召开常务会议，部署安全生产工作。</p></body></html>");
    s.page("/art/2.html", "<html><body><p>关于开展安全检查的通知。</p></body></html>");
    s.page("/mailbox/", "<html><body><ul><li>关于办证的咨询 来信 2026-11-02 答复 2026-11-05</li>"
        + "<li>关于公交的建议 来信 2026-10-12 答复 2026-10-14</li></ul></body></html>");
    s.text("/robots.txt", "User-agent: *\nDisallow: /admin/\n");
    return s;
  }

  /** The fixture sites' profile, with five blank columns when {@code blanks}. */
  public static SiteProfile profile(boolean blanks) {
    List<ProfileColumn> cols = new java.util.ArrayList<>(List.of(ProfileColumn.of("c1", "工作动态", ColumnKind.NEWS, "/news/"),
        ProfileColumn.of("c2", "通知公告", ColumnKind.NOTICE, "/notice/")));
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
}
