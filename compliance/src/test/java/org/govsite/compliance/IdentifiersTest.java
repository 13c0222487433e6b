package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govsite.core.identifiers.WebsiteCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The four identifiers of a page footer (RULES §7), each format checked. */
class IdentifiersTest {
  private static final String MARK = "<a href=\"https://bszs.conac.cn/sitename?method=show&id=1\"><img src=\"/dzjg.png\" alt=\"党政机关\"></a>";

  private static List<String> problems(String footer) {
    Document doc = Jsoup.parse("<html lang=\"zh\"><body><footer>" + footer + "</footer></body></html>", "http://site.test/");
    SiteProfile p = new SiteProfile("x", WebsiteCode.parse("4300000077"), List.of(), java.util.Optional.empty());
    return new PageInspector(p).inspect("http://site.test/", 1, doc, doc.body().text()).identifierProblems();
  }

  @Test
  void validIdentifiersPass() {
    assertEquals(List.of(), problems("网站标识码：4300000077 湘ICP备12345678号-1 湘公网安备 43010202000001号" + MARK));
    assertEquals(List.of(), problems("网站标识码 4300000077 京ICP备2021000001号 京公网安备11010502030143号" + MARK));
  }

  @Test
  void eachMalformedOrMissingIdentifierIsNamed() {
    assertEquals(List.of("网站标识码 '4300000078' is not the profile's 4300000077", "ICP备案编号 '湘ICP备1234号' malformed (province + ICP备 + 8 or 10 digits + 号)",
        "公安机关备案号 '湘公网安备11010502030143号' malformed (province + 公网安备 + 14 digits starting with the province's code + 号)"),
        problems("网站标识码：4300000078 湘ICP备1234号 湘公网安备11010502030143号" + MARK));
    assertEquals(List.of("网站标识码 missing", "ICP备案编号 missing", "公安机关备案号 missing",
        "党政机关网站标识 missing (no link to conac.cn nor image alt 党政机关)"), problems("主办：某县人民政府"));
    assertEquals(List.of("网站标识码 '43000000' malformed (10 digits, or bm + 8 digits)", "ICP备案编号 malformed: 'ICP 备案 12345678'"),
        problems("网站标识码：43000000 ICP 备案 12345678 湘公网安备43010202000001号" + MARK));
  }
}
