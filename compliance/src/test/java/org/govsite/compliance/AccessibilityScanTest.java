package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The accessibility rules, one page at a time, and the contrast arithmetic (WCAG 2.0). */
class AccessibilityScanTest {
  private static final String CLEAN_HEAD = "<html lang=\"zh-CN\"><head><title>t</title></head><body>";

  private static PageAccessibility scan(String html) {
    Document doc = Jsoup.parse(html, "http://site.test/");
    SiteProfile profile = SiteProfile.minimal("x");
    return new PageInspector(profile).inspect("http://site.test/", 1, doc, doc.text()).accessibility();
  }

  private static List<AccessibilityRule> rules(PageAccessibility p) {
    return p.findings().stream().map(AccessibilityFinding::rule).toList();
  }

  @Test
  void aCleanPageScoresFullMarks() {
    PageAccessibility p = scan(CLEAN_HEAD + "<h1>标题</h1><h2>小节</h2><img src=\"a.png\" alt=\"县城全景\"><img src=\"b.png\" alt=\"\">"
        + "<label for=\"q\">搜索</label><input id=\"q\" name=\"q\"><label>姓名 <input name=\"n\"></label><input type=\"hidden\" name=\"t\">"
        + "<a href=\"/x\"><img src=\"c.png\" alt=\"办事指南\"></a><a href=\"/y\" aria-label=\"首页\"></a>"
        + "<p style=\"color:#222;background:#fff\">正文</p><style>a:focus{outline:none;box-shadow:0 0 0 3px #f90}</style></body></html>");
    assertEquals(List.of(), p.findings());
    assertEquals(100, p.score());
  }

  @Test
  void eachRuleNamesTheElementAndAFix() {
    PageAccessibility p = scan("<html><body><h1>标题</h1><h4>跳级</h4><img src=\"logo.png\"><input id=\"tel\" name=\"tel\"><select name=\"s\"></select>"
        + "<a href=\"/a\"></a><a href=\"/b\">点击这里</a><p style=\"color:#aaa\">浅色文字</p>"
        + "<button style=\"outline:none\">提交</button></body></html>");
    assertEquals(List.of(AccessibilityRule.PAGE_LANGUAGE, AccessibilityRule.IMAGE_ALT, AccessibilityRule.FORM_LABEL, AccessibilityRule.FORM_LABEL,
        AccessibilityRule.HEADING_ORDER, AccessibilityRule.LINK_TEXT, AccessibilityRule.LINK_TEXT, AccessibilityRule.CONTRAST,
        AccessibilityRule.FOCUS_VISIBLE), rules(p));
    assertEquals(0, p.score());
    AccessibilityFinding img = p.findings().get(1);
    assertEquals("<img src=\"logo.png\">", img.element());
    assertTrue(img.fix().startsWith("add alt text"));
    assertTrue(p.findings().stream().anyMatch(f -> f.element().equals("<select name=\"s\">")));
    assertTrue(p.findings().stream().anyMatch(f -> f.element().equals("<input id=\"tel\" name=\"tel\">") && f.fix().contains("<label for=\"tel\">")));
    assertTrue(p.findings().stream().anyMatch(f -> f.problem().contains("h1 to h4")));
    assertTrue(p.findings().stream().anyMatch(f -> f.problem().contains("2.32:1 (text #aaaaaa on #ffffff)")), p.toString());
  }

  @Test
  void declaredColoursCascadeFromSimpleStyleRulesAndAncestors() {
    PageAccessibility p = scan(CLEAN_HEAD + "<style>.notice{color:#777} #box{background:#000} h1.big{color:#767676}</style>"
        + "<div class=\"notice\"><p>灰字</p></div><div id=\"box\"><span style=\"color:#333\">深灰在黑底</span></div>"
        + "<h1 class=\"big\">大标题</h1></body></html>");
    List<AccessibilityFinding> c = p.findings().stream().filter(f -> f.rule() == AccessibilityRule.CONTRAST).toList();
    // #777 on white is 4.48:1 (fails 4.5); #333 on black 1.66:1 fails; #767676 on white is 4.54:1 and passes as large text anyway.
    assertEquals(2, c.size(), c.toString());
    assertTrue(c.get(0).element().startsWith("<p>灰字"), c.toString());
    assertTrue(c.get(1).problem().contains("#333333 on #000000"), c.toString());
  }

  @Test
  void anOutlineRemovedWithoutAFocusStyleIsFound() {
    assertEquals(List.of(AccessibilityRule.FOCUS_VISIBLE), rules(scan(CLEAN_HEAD + "<style>*:focus{outline:0}</style><a href=\"/\">首页</a></body></html>")));
    assertEquals(List.of(), rules(scan(CLEAN_HEAD + "<style>a{outline:none} a:focus-visible{outline:2px solid #05f}</style><a href=\"/\">首页</a></body></html>")));
    assertEquals(List.of(), rules(scan(CLEAN_HEAD + "<style>@media print{a{outline:none}}</style><a href=\"/\">首页</a></body></html>")));
  }

  @Property
  boolean contrastIsSymmetricBetweenOneAndTwentyOne(@ForAll @IntRange(max = 255) int r1, @ForAll @IntRange(max = 255) int g1,
      @ForAll @IntRange(max = 255) int b1, @ForAll @IntRange(max = 255) int r2, @ForAll @IntRange(max = 255) int g2,
      @ForAll @IntRange(max = 255) int b2) {
    int[] a = {r1, g1, b1};
    int[] b = {r2, g2, b2};
    double c = Css.contrast(a, b);
    return c >= 1 && c <= 21.0000001 && c == Css.contrast(b, a) && Css.contrast(a, a) == 1;
  }

  @Test
  void blackOnWhiteIsTwentyOneToOne() {
    assertEquals(21.0, Css.contrast(new int[] {0, 0, 0}, Css.color("white").orElseThrow()), 1e-9);
    assertEquals("#aabbcc", Css.hex(Css.color("#abc").orElseThrow()));
    assertTrue(Css.color("rgba(0,0,0,.5)").isEmpty(), "a translucent colour depends on what is behind it: left to people");
    assertTrue(Css.backgroundColor("url(bg.png) #fff").isEmpty());
  }
}
