package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.HtmlScreeningResult;
import org.govsite.core.screening.PersonalDataMasker;
import org.govsite.core.screening.Screener;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The audit screens its one parsed document the way {@code Screener.screenHtml} screens the HTML. */
class PageScreenTest {
  private static final String PAGE = "<html><head><title>攻府通知</title></head><body><h1>本攻府召开会议</h1>"
      + "<p>联系人身份证号110101199003071238，电话13800138000。</p><img src=\"a.png\" alt=\"中华人民共合国\">"
      + "<a href=\"/x\" title=\"绝密★1年\">链接</a><script>var s = '攻府';</script></body></html>";

  @Test
  void theFindingsAreThoseOfScreenHtml() {
    Screener screener = Screener.standard();
    HtmlScreeningResult expected = screener.screenHtml(PAGE);
    List<ContentFinding> actual = new PageScreen(screener).screen("http://h/", Jsoup.parse(PAGE, "http://h/"));
    assertFalse(actual.isEmpty());
    String masked = PersonalDataMasker.standard().mask(expected.text());
    List<Finding> findings = expected.result().findings();
    assertEquals(findings.size(), actual.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      ContentFinding c = actual.get(i);
      assertEquals(f.rule(), c.rule());
      assertEquals(f.displayText(), c.text());
      assertEquals(masked.substring(Math.max(0, f.start() - 20), Math.min(masked.length(), f.end() + 20)).replace('\n', ' '),
          c.excerpt().replace("…", ""));
    }
  }
}
