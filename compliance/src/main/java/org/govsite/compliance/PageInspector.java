package org.govsite.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsite.compliance.PageFacts.PublishedDate;
import org.govsite.compliance.PageFacts.SearchForm;
import org.govsite.compliance.PageFacts.TitleLink;
import org.govsite.compliance.internal.Dates;
import org.govsite.compliance.internal.PageCheck;
import org.govsite.compliance.internal.ParsedPage;
import org.govsite.core.identifiers.WebsiteCode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the census checks' facts from a page the crawler has already parsed: one walk of the
 * jsoup tree feeds the accessibility rules and finds the site mark and meta dates; the page text
 * the crawler extracted once gives identifiers and labelled dates (so FORGED_DATES sees every
 * page's publication dates, though the crawl keeps dates only of the start page). A {@link PageCheck}:
 * the crawler hands it each page's one parse; it keeps only the facts, by page address, and is
 * thread-safe (pages arrive from several crawl threads; nothing is shared while a page is read).
 */
final class PageInspector implements PageCheck {
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator IMAGES = QueryParser.parse("img");
  private static final Evaluator FORMS = QueryParser.parse("form");
  private static final Evaluator INPUTS = QueryParser.parse("input");
  private static final Evaluator NAMED_INPUTS = QueryParser.parse("input[name]");
  private static final Evaluator HIDDEN_INPUTS = QueryParser.parse("input[type=hidden][name]");

  /** 网站标识码 as footers print it (RULES §7). */
  private static final Pattern WEBSITE_CODE = Pattern.compile("网站标识码\\s*[:：]?\\s*([A-Za-z0-9]+)");
  /** ICP备案编号: province abbreviation + ICP备 + 8 digits (2-digit year) or 10 (4-digit year) + 号, optionally -N for a site. */
  private static final Pattern ICP = Pattern.compile("(\\p{IsHan})\\s*ICP\\s*备\\s*([0-9]+)\\s*号(?:\\s*-\\s*([0-9]+))?");
  /** 公安机关备案号: province abbreviation + 公网安备 + 14 digits (the first six a division code of that province) + 号. */
  private static final Pattern PSB = Pattern.compile("(\\p{IsHan})\\s*公网安备\\s*([0-9]+)\\s*号");
  /** Labels that introduce a page's own publication date. */
  private static final Pattern PUBLISHED = Pattern.compile("(发布时间|发布日期|发文日期|发稿时间|公开日期|发表时间)\\s*[:：]\\s*(.{0,24})");
  private static final Set<String> META_DATES = Set.of("pubdate", "publishdate", "firstpublishedtime", "article:published_time");
  /** The provinces' abbreviations and the first two digits of their division codes (GB/T 2260). */
  private static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("京", "11"), Map.entry("津", "12"), Map.entry("冀", "13"),
      Map.entry("晋", "14"), Map.entry("蒙", "15"), Map.entry("辽", "21"), Map.entry("吉", "22"), Map.entry("黑", "23"), Map.entry("沪", "31"),
      Map.entry("苏", "32"), Map.entry("浙", "33"), Map.entry("皖", "34"), Map.entry("闽", "35"), Map.entry("赣", "36"), Map.entry("鲁", "37"),
      Map.entry("豫", "41"), Map.entry("鄂", "42"), Map.entry("湘", "43"), Map.entry("粤", "44"), Map.entry("桂", "45"), Map.entry("琼", "46"),
      Map.entry("渝", "50"), Map.entry("川", "51"), Map.entry("蜀", "51"), Map.entry("贵", "52"), Map.entry("黔", "52"), Map.entry("云", "53"),
      Map.entry("滇", "53"), Map.entry("藏", "54"), Map.entry("陕", "61"), Map.entry("秦", "61"), Map.entry("甘", "62"), Map.entry("陇", "62"),
      Map.entry("青", "63"), Map.entry("宁", "64"), Map.entry("新", "65"));
  /** Where the national 找错 platform lives (zfwzgl.www.gov.cn; pucha.kaipuyun.cn in the 2015 census). */
  private static final List<String> ERROR_REPORT_HOSTS = List.of("zfwzgl.www.gov.cn", "pucha.kaipuyun.cn");
  private static final String ERROR_REPORT_TEXT = "我为政府网站找错";
  private static final Pattern SEARCH_FIELD = Pattern.compile("(?i)^(q|query|keyword|keywords|searchword|wd|kw|key|word|search|qt|sword|text)$");
  private static final Pattern SEARCH_ACTION = Pattern.compile("(?i)search|sousuo|/so[/?.]|query|jsearch|s\\.jsp");

  private final WebsiteCode expectedCode;
  private final CheckSettings settings;
  /** The facts of each page read, by its address after redirects (crawl threads add to it at once). */
  private final Map<String, PageFacts> facts = new ConcurrentHashMap<>();

  PageInspector(SiteProfile profile) {
    this.expectedCode = profile.code();
    this.settings = profile.checks();
  }

  @Override
  public void visit(ParsedPage page) {
    String url = page.url().toString();
    facts.put(url, inspect(url, page.depth(), page.document(), page.text()));
  }

  /** Returns the facts gathered of a crawled page; those of a page that was not read (an error, not HTML) say so. */
  PageFacts of(Crawler.Page page) {
    PageFacts f = facts.get(page.url());
    return f == null ? PageFacts.none(page.url()) : f;
  }

  /** Returns the facts of a page: {@code text} is its body text as the crawler extracted it; the start page ({@code depth} 0) gives more. */
  PageFacts inspect(String url, int depth, Document doc, String text) {
    AccessibilityScan scan = new AccessibilityScan(settings);
    List<PublishedDate> dates = new ArrayList<>();
    boolean[] siteMark = new boolean[1];
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int d) {
        if (node instanceof Element e) {
          scan.enter(e);
          String tag = e.normalName();
          if ((tag.equals("a") && e.attr("href").contains("conac.cn")) || (tag.equals("img") && (e.attr("alt").contains("党政机关")
              || e.attr("title").contains("党政机关") || e.attr("src").contains("conac") || e.attr("src").contains("dzjg")))) {
            siteMark[0] = true;
          } else if (tag.equals("meta") && META_DATES.contains(e.attr("name").toLowerCase(Locale.ROOT) + e.attr("property").toLowerCase(Locale.ROOT))) {
            Dates.find(e.attr("content")).stream().findFirst().ifPresent(x -> dates.add(new PublishedDate(x, "<meta " + e.attr("name")
                + e.attr("property") + ">")));
          }
        }
      }

      @Override
      public void tail(Node node, int d) {
        if (node instanceof Element e) {
          scan.leave(e);
        }
      }
    }, doc);
    Matcher m = PUBLISHED.matcher(text);
    while (m.find()) {
      String label = m.group(1);
      Dates.find(m.group(2)).stream().findFirst().ifPresent(x -> dates.add(new PublishedDate(x, label)));
    }
    PageAccessibility access = scan.finish(url, doc);
    List<String> problems = identifierProblems(text, siteMark[0]);
    if (depth > 0) {
      return new PageFacts(true, problems, dates, access, Optional.empty(), Optional.empty(), List.of());
    }
    return new PageFacts(true, problems, dates, access, errorReportEntry(doc), searchForm(doc), titles(doc, url));
  }

  private List<String> identifierProblems(String text, boolean siteMark) {
    List<String> out = new ArrayList<>();
    Matcher code = WEBSITE_CODE.matcher(text);
    if (!code.find()) {
      out.add("网站标识码 missing");
    } else if (!WebsiteCode.isValid(code.group(1))) {
      out.add("网站标识码 '" + code.group(1) + "' malformed (10 digits, or bm + 8 digits)");
    } else if (!expectedCode.value().equals(SiteProfile.PLACEHOLDER_CODE) && !expectedCode.value().equalsIgnoreCase(code.group(1))) {
      out.add("网站标识码 '" + code.group(1) + "' is not the profile's " + expectedCode.value());
    }
    // The identifiers' patterns start with any Han character: search from their literal part, not from every character.
    int icpAt = text.indexOf("ICP");
    Matcher icp = ICP.matcher(text).region(Math.max(0, icpAt - 3), text.length());
    if (icpAt < 0 || !icp.find()) {
      out.add(text.contains("ICP") ? "ICP备案编号 malformed: '" + around(text, text.indexOf("ICP")) + "'" : "ICP备案编号 missing");
    } else if (!PROVINCES.containsKey(icp.group(1)) || !(icp.group(2).length() == 8 || icp.group(2).length() == 10)) {
      out.add("ICP备案编号 '" + icp.group() + "' malformed (province + ICP备 + 8 or 10 digits + 号)");
    }
    int psbAt = text.indexOf("公网安备");
    Matcher psb = PSB.matcher(text).region(Math.max(0, psbAt - 3), text.length());
    if (psbAt < 0 || !psb.find()) {
      out.add(text.contains("公网安备") ? "公安机关备案号 malformed: '" + around(text, text.indexOf("公网安备")) + "'" : "公安机关备案号 missing");
    } else if (psb.group(2).length() != 14 || !psb.group(2).startsWith(PROVINCES.getOrDefault(psb.group(1), "--"))) {
      out.add("公安机关备案号 '" + psb.group() + "' malformed (province + 公网安备 + 14 digits starting with the province's code + 号)");
    }
    if (!siteMark) {
      out.add("党政机关网站标识 missing (no link to conac.cn nor image alt 党政机关)");
    }
    return out;
  }

  /** The identifier as written: from its province character (if any) to its 号, or to the first space after a digit. */
  private static String around(String text, int at) {
    int from = at > 0 && Character.UnicodeScript.of(text.codePointAt(at - 1)) == Character.UnicodeScript.HAN ? at - 1 : at;
    int to = Math.min(text.length(), at + 24);
    for (int i = at; i < to; i++) {
      if (text.charAt(i) == '号' || (Character.isWhitespace(text.charAt(i)) && i > 0 && Character.isDigit(text.charAt(i - 1)))) {
        to = text.charAt(i) == '号' ? i + 1 : i;
        break;
      }
    }
    return text.substring(from, to).strip();
  }

  private static Optional<String> errorReportEntry(Document doc) {
    for (Element a : doc.select(LINKS)) {
      String href = a.absUrl("href");
      for (String host : ERROR_REPORT_HOSTS) {
        if (href.contains(host)) {
          return Optional.of("link '" + a.text().strip() + "' → " + href);
        }
      }
      String label = a.text() + " " + a.attr("title") + " " + a.select(IMAGES).eachAttr("alt");
      if (label.contains(ERROR_REPORT_TEXT)) {
        return Optional.of("link '" + label.strip() + "' → " + href);
      }
    }
    return Optional.empty();
  }

  private static Optional<SearchForm> searchForm(Document doc) {
    for (Element form : doc.select(FORMS)) {
      if (!form.attr("method").isBlank() && !form.attr("method").equalsIgnoreCase("get")) {
        continue;
      }
      Optional<Element> field = form.select(INPUTS).stream().filter(i -> i.attr("type").equalsIgnoreCase("search")).findFirst()
          .or(() -> form.select(NAMED_INPUTS).stream().filter(i -> SEARCH_FIELD.matcher(i.attr("name")).matches()
              && (i.attr("type").isBlank() || i.attr("type").equalsIgnoreCase("text"))).findFirst());
      boolean searchy = form.attr("role").equalsIgnoreCase("search") || SEARCH_ACTION.matcher(form.attr("action")).find();
      if (field.isPresent() && !field.get().attr("name").isBlank() && (searchy || field.get().attr("type").equalsIgnoreCase("search"))) {
        List<String[]> hidden = new ArrayList<>();
        form.select(HIDDEN_INPUTS).forEach(h -> hidden.add(new String[] {h.attr("name"), h.attr("value")}));
        String action = form.attr("action").isBlank() ? doc.location() : form.absUrl("action");
        return Optional.of(new SearchForm(action, field.get().attr("name"), hidden));
      }
    }
    return Optional.empty();
  }

  /** Links whose text reads like an item's title: 6–60 characters with Chinese in them, not navigation ("更多…"). */
  private static List<TitleLink> titles(Document doc, String url) {
    Set<String> seen = new LinkedHashSet<>();
    List<TitleLink> out = new ArrayList<>();
    for (Element a : doc.select(LINKS)) {
      String t = a.text().strip();
      String href = Crawler.normalize(a.absUrl("href")).orElse("");
      if (t.length() >= 6 && t.length() <= 60 && t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
          && !t.startsWith("更多") && !href.isEmpty() && !href.equals(url) && seen.add(href)) {
        out.add(new TitleLink(t, href));
        if (out.size() == 10) {
          break;
        }
      }
    }
    return out;
  }
}
