package org.govsite.compliance;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govsite.compliance.PageFacts.SearchForm;
import org.govsite.compliance.PageFacts.TitleLink;
import org.govsite.compliance.SiteProfile.ProfileColumn;
import org.govsite.compliance.internal.CheckSources;
import org.govsite.compliance.internal.PageTexts;
import org.govsite.core.site.ColumnKind;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The census checks beyond the veto items ({@link CheckCode}), decided from the facts the crawl
 * kept of each page, the columns' lists, a few requests of their own (the search, the service
 * guides) and {@link NetworkChecks}.
 */
final class CensusChecks {
  /** The result links of a search page (compiled once). */
  private static final Evaluator ANCHORS = QueryParser.parse("a[href]");

  private final URI start;
  private final SiteProfile profile;
  private final CheckSettings settings;
  private final LocalDate at;
  private final AuditOptions options;

  CensusChecks(URI start, SiteProfile profile, LocalDate at, AuditOptions options) {
    this.start = start;
    this.profile = profile;
    this.settings = profile.checks();
    this.at = at;
    this.options = options;
  }

  /** Every check "not checked", with the reason: the site could not be reached. */
  List<AuditCheck> unreachable(String why) {
    List<AuditCheck> out = new ArrayList<>();
    for (CheckCode c : CheckCode.values()) {
      out.add(NetworkChecks.notChecked(c, settings.weight(c), rule(c), "not checked: the site is unreachable (" + why + ")"));
    }
    return out;
  }

  /** Runs every check. */
  List<AuditCheck> run(Fetcher fetcher, List<Crawler.Page> pages, PageInspector facts, Map<String, ListReader.Result> lists, AccessibilityReport access) {
    NetworkChecks net = new NetworkChecks(start, options, settings);
    return List.of(identifiers(pages, facts), errorReportEntry(pages.get(0), facts), search(fetcher, pages, facts), net.https(), net.ipv6(), accessibility(access),
        serviceGuides(fetcher, lists), forgedDates(pages, facts, lists));
  }

  /** The accessibility of the pages read. */
  static AccessibilityReport accessibilityOf(List<Crawler.Page> pages, PageInspector facts) {
    return AccessibilityReport.of(pages.stream().map(facts::of).filter(PageFacts::read).map(PageFacts::accessibility).toList());
  }

  private AuditCheck identifiers(List<Crawler.Page> pages, PageInspector facts) {
    List<String> evidence = new ArrayList<>();
    int read = 0;
    int bad = 0;
    for (Crawler.Page p : pages) {
      if (facts.of(p).read()) {
        read++;
        if (!facts.of(p).identifierProblems().isEmpty()) {
          bad++;
          evidence.add(p.url() + ": " + String.join("; ", facts.of(p).identifierProblems()));
        }
      }
    }
    Weight w = settings.weight(CheckCode.SITE_IDENTIFIERS);
    if (read == 0) {
      return NetworkChecks.notChecked(CheckCode.SITE_IDENTIFIERS, w, CheckSources.RULE_IDENTIFIERS, "not checked: no HTML page was read");
    }
    if (bad == 0) {
      evidence.add("all " + read + " pages show 网站标识码 " + profile.code().value() + ", ICP备案编号, 公安机关备案号 and 党政机关网站标识");
    }
    return check(CheckCode.SITE_IDENTIFIERS, w, bad, 1, CheckSources.RULE_IDENTIFIERS, evidence);
  }

  private AuditCheck errorReportEntry(Crawler.Page home, PageInspector facts) {
    Weight w = settings.weight(CheckCode.ERROR_REPORT_ENTRY);
    if (!facts.of(home).read()) {
      return NetworkChecks.notChecked(CheckCode.ERROR_REPORT_ENTRY, w, CheckSources.RULE_ERROR_REPORT, "not checked: the home page is not HTML");
    }
    Optional<String> entry = facts.of(home).errorReportEntry();
    return check(CheckCode.ERROR_REPORT_ENTRY, w, entry.isPresent() ? 0 : 1, 1, CheckSources.RULE_ERROR_REPORT, List.of(home.url() + ": "
        + entry.orElse("no link or image reading 我为政府网站找错, nor a link to zfwzgl.www.gov.cn or pucha.kaipuyun.cn")));
  }

  private AuditCheck search(Fetcher fetcher, List<Crawler.Page> pages, PageInspector facts) {
    Weight w = settings.weight(CheckCode.SEARCH_WORKS);
    String rule = CheckSources.RULE_SEARCH;
    PageFacts home = facts.of(pages.get(0));
    Set<String> crawled = pages.stream().filter(p -> facts.of(p).read() && p.depth() == 1).map(Crawler.Page::url).collect(Collectors.toSet());
    Optional<TitleLink> title = home.titles().stream().filter(t -> crawled.contains(t.url())).findFirst().or(() -> home.titles().stream().findFirst());
    if (title.isEmpty()) {
      return NetworkChecks.notChecked(CheckCode.SEARCH_WORKS, w, rule, "not checked: " + pages.get(0).url() + " has no link whose title could be searched for");
    }
    String query = title.get().text().length() > 30 ? title.get().text().substring(0, 30) : title.get().text();
    String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
    URI address;
    if (settings.searchUrl().isPresent()) {
      address = start.resolve(settings.searchUrl().get().replace("{query}", encoded));
    } else if (home.searchForm().isPresent()) {
      SearchForm f = home.searchForm().get();
      StringBuilder q = new StringBuilder();
      for (String[] h : f.hidden()) {
        q.append(URLEncoder.encode(h[0], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(h[1], StandardCharsets.UTF_8)).append('&');
      }
      q.append(URLEncoder.encode(f.field(), StandardCharsets.UTF_8)).append('=').append(encoded);
      String action = f.action().contains("?") ? f.action().substring(0, f.action().indexOf('?')) : f.action();
      address = URI.create(action + "?" + q);
    } else {
      return check(CheckCode.SEARCH_WORKS, w, 1, 1, rule, List.of(pages.get(0).url() + ": no search form (a GET form with a search field) "
          + "and no checks.searchUrl in the profile"));
    }
    if (!fetcher.sameHost(address)) {
      return NetworkChecks.notChecked(CheckCode.SEARCH_WORKS, w, rule, "not checked: the search " + address + " is on another host; the audit "
          + "contacts only the audited host (set checks.searchUrl to a search on it)");
    }
    Fetcher.Read answer = fetcher.read(address);
    Fetcher.Response r = answer.response();
    if (answer.document().isEmpty()) {
      return check(CheckCode.SEARCH_WORKS, w, 1, 1, rule, List.of(address + ": the search answered " + (r.status() == 0 ? r.error() : "HTTP " + r.status())));
    }
    String target = title.get().url();
    Set<String> results = new HashSet<>();
    for (Element a : answer.document().get().select(ANCHORS)) {
      Crawler.normalize(a.absUrl("href")).ifPresent(results::add);
    }
    boolean found = results.contains(target);
    return check(CheckCode.SEARCH_WORKS, w, found ? 0 : 1, 1, rule, List.of("searched '" + query + "' (a title on the home page) at " + address
        + ": " + target + (found ? " is among the results" : " is not among the " + results.size() + " links of the results page")));
  }

  private AuditCheck accessibility(AccessibilityReport access) {
    Weight w = settings.weight(CheckCode.ACCESSIBILITY);
    if (access.pages().isEmpty()) {
      return NetworkChecks.notChecked(CheckCode.ACCESSIBILITY, w, CheckSources.RULE_ACCESSIBILITY, "not checked: no HTML page was read");
    }
    List<String> evidence = new ArrayList<>();
    evidence.add("site score " + access.score() + "/100 over " + access.pages().size() + " pages; " + access.findingCount() + " findings");
    for (PageAccessibility p : access.pages()) {
      if (!p.findings().isEmpty()) {
        Map<String, Long> byRule = p.findings().stream().collect(Collectors.groupingBy(f -> f.rule().id(), java.util.TreeMap::new,
            Collectors.counting()));
        AccessibilityFinding first = p.findings().get(0);
        evidence.add(p.url() + ": score " + p.score() + ", " + byRule + "; e.g. " + first.element() + ": " + first.problem() + " → " + first.fix());
      }
    }
    return check(CheckCode.ACCESSIBILITY, w, access.findingCount(), 1, CheckSources.RULE_ACCESSIBILITY, evidence);
  }

  private AuditCheck serviceGuides(Fetcher fetcher, Map<String, ListReader.Result> lists) {
    Weight w = settings.weight(CheckCode.SERVICE_GUIDE);
    String rule = CheckSources.RULE_SERVICE_GUIDE;
    List<ProfileColumn> service = profile.columns().stream().filter(c -> c.kind() == ColumnKind.SERVICE).toList();
    if (service.isEmpty()) {
      return NetworkChecks.notChecked(CheckCode.SERVICE_GUIDE, w, rule, "not checked: the profile has no column of kind service (办事服务)");
    }
    List<String> evidence = new ArrayList<>();
    int incomplete = 0;
    int read = 0;
    for (ProfileColumn c : service) {
      ListReader.Result list = lists.get(c.id());
      if (list == null || list.items().isEmpty()) {
        incomplete++;
        evidence.add(c.id() + " " + c.name() + ": no 办事指南 on its list" + (list == null ? "" : list.error().map(e -> " (" + e + ")").orElse("")));
        continue;
      }
      for (ListReader.Item item : list.items().stream().limit(settings.guidesPerColumn()).toList()) {
        Fetcher.Read page = fetcher.read(URI.create(item.url()));
        Fetcher.Response r = page.response();
        read++;
        if (page.document().isEmpty()) {
          incomplete++;
          evidence.add(item.url() + " " + item.title() + ": the guide did not open (" + (r.status() == 0 ? r.error() : "HTTP " + r.status()) + ")");
          continue;
        }
        Element body = page.document().get().body();
        List<String> missing = missingElements(body == null ? "" : PageTexts.spaced(body), settings.guideElements());
        if (!missing.isEmpty()) {
          incomplete++;
          evidence.add(item.url() + " " + item.title() + ": missing " + String.join("、", missing));
        }
      }
    }
    if (incomplete == 0) {
      evidence.add(read + " 办事指南 read, each with " + settings.guideElements().stream().map(e -> e.split("\\|")[0]).collect(Collectors.joining("、")));
    }
    return check(CheckCode.SERVICE_GUIDE, w, incomplete, settings.guideVetoThreshold(), rule, evidence);
  }

  /** Returns the names of the elements none of whose synonyms the guide's text contains. */
  static List<String> missingElements(String text, List<String> elements) {
    List<String> missing = new ArrayList<>();
    for (String e : elements) {
      String[] names = e.split("\\|");
      boolean present = false;
      for (String n : names) {
        present |= text.contains(n.strip());
      }
      if (!present) {
        missing.add(names[0]);
      }
    }
    return missing;
  }

  private AuditCheck forgedDates(List<Crawler.Page> pages, PageInspector facts, Map<String, ListReader.Result> lists) {
    Weight w = settings.weight(CheckCode.FORGED_DATES);
    List<String> evidence = new ArrayList<>();
    int items = 0;
    for (ProfileColumn c : profile.columns()) {
      ListReader.Result list = lists.get(c.id());
      if (list == null) {
        continue;
      }
      for (ListReader.Item item : list.items()) {
        items++;
        LocalDate d = item.dates().get(0);
        if (d.isAfter(at)) {
          evidence.add(item.url() + " " + item.title() + ": dated " + d + " in column " + c.id() + " " + c.name() + ", after the audit date " + at);
        }
      }
    }
    int dated = 0;
    for (Crawler.Page p : pages) {
      for (PageFacts.PublishedDate d : facts.of(p).publicationDates()) {
        dated++;
        if (d.date().isAfter(at)) {
          evidence.add(p.url() + ": " + d.label() + " " + d.date() + ", after the audit date " + at);
        }
      }
    }
    int count = evidence.size();
    if (count == 0) {
      evidence.add(items + " column items and " + dated + " labelled publication dates on " + pages.size() + " pages, none after " + at);
    }
    return check(CheckCode.FORGED_DATES, w, count, settings.forgedDatesThreshold(), CheckSources.RULE_FORGED_DATES, evidence);
  }

  private static AuditCheck check(CheckCode code, Weight w, int count, int threshold, String rule, List<String> evidence) {
    List<String> shown = evidence;
    if (evidence.size() > CheckSources.EVIDENCE_LINES) {
      shown = new ArrayList<>(evidence.subList(0, CheckSources.EVIDENCE_LINES));
      shown.add("… and " + (evidence.size() - CheckSources.EVIDENCE_LINES) + " more");
    }
    return new AuditCheck(code, count >= threshold && count > 0 ? CheckStatus.FAIL : CheckStatus.PASS, w, count, threshold, rule, shown);
  }

  private static String rule(CheckCode c) {
    return switch (c) {
      case SITE_IDENTIFIERS -> CheckSources.RULE_IDENTIFIERS;
      case ERROR_REPORT_ENTRY -> CheckSources.RULE_ERROR_REPORT;
      case SEARCH_WORKS -> CheckSources.RULE_SEARCH;
      case HTTPS -> CheckSources.RULE_HTTPS;
      case IPV6 -> CheckSources.RULE_IPV6;
      case ACCESSIBILITY -> CheckSources.RULE_ACCESSIBILITY;
      case SERVICE_GUIDE -> CheckSources.RULE_SERVICE_GUIDE;
      case FORGED_DATES -> CheckSources.RULE_FORGED_DATES;
    };
  }
}
