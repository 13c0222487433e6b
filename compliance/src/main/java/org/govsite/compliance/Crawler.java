package org.govsite.compliance;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.govsite.compliance.internal.Dates;
import org.govsite.compliance.internal.PageCheck;
import org.govsite.compliance.internal.PageTexts;
import org.govsite.compliance.internal.ParsedPage;
import org.govsite.core.GovSiteException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A breadth-first crawl of one host, level by level: never more than the page limit, never
 * deeper than the depth limit, never off the host. Each page is parsed once, as it arrives, and
 * that document is screened, searched for links and dates and handed to every {@link PageCheck};
 * only what they found is kept.
 */
final class Crawler {
  /** What is kept of a crawled page. */
  public record Page(String url, int status, int depth, String error, Set<String> links, List<ContentFinding> findings, List<LocalDate> dates) {}

  /** What a page links to: anchors, images, stylesheets and scripts (compiled once, not per page). */
  private static final Evaluator LINKS = QueryParser.parse("a[href], img[src], link[href][rel~=(?i)stylesheet], script[src]");

  private final Fetcher fetcher;
  private final AuditOptions options;
  private final PageScreen screen;
  private final List<PageCheck> checks;

  /** Creates a crawler over a fetcher; each check sees every crawled HTML page's parsed document. */
  public Crawler(Fetcher fetcher, AuditOptions options, List<PageCheck> checks) {
    this.fetcher = fetcher;
    this.options = options;
    this.screen = new PageScreen(options.screener());
    this.checks = List.copyOf(checks);
  }

  /** Crawls from {@code start}; the first page is the start page. */
  public List<Page> crawl(URI start) {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<Page> pages = new ArrayList<>();
    List<URI> level = List.of(start);
    seen.add(key(start));
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
      Thread t = new Thread(r, "govsite-crawl");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int depth = 0; depth <= options.maxDepth() && !level.isEmpty() && pages.size() < options.maxPages(); depth++) {
        int room = options.maxPages() - pages.size();
        List<URI> batch = level.size() > room ? level.subList(0, room) : level;
        List<Future<Page>> futures = new ArrayList<>();
        final int d = depth;
        for (URI u : batch) {
          futures.add(pool.submit(() -> {
            Page p = fetch(u, d);
            options.progress().onProgress("crawl", done.incrementAndGet(), options.maxPages(), p.url());
            return p;
          }));
        }
        List<URI> next = new ArrayList<>();
        for (Future<Page> f : futures) {
          Page p = f.get();
          pages.add(p);
          for (String link : p.links()) {
            if (seen.contains(link)) {
              continue; // links are normalized already: most are known, and need no URI at all
            }
            URI u = URI.create(link);
            if (fetcher.sameHost(u) && looksLikePage(u) && fetcher.allowed(u) && seen.add(key(u))) {
              next.add(u);
            }
          }
        }
        level = next;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GovSiteException(AuditErrorCode.AUDIT_INTERRUPTED, "抓取被中断 / the crawl was interrupted");
    } catch (ExecutionException e) {
      // A task's own GovSite failure keeps its category (bad input stays bad input).
      if (e.getCause() instanceof GovSiteException g) {
        throw g;
      }
      throw new GovSiteException(AuditErrorCode.AUDIT_FAILED, "抓取失败 / the crawl failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return pages;
  }

  private Page fetch(URI u, int depth) {
    Fetcher.Read read = fetcher.read(u);
    Fetcher.Response r = read.response();
    if (read.document().isEmpty()) {
      return new Page(u.toString(), r.status(), depth, r.error(), Set.of(), List.of(), List.of());
    }
    Document doc = read.document().get();
    String url = r.uri().toString();
    Set<String> links = links(doc);
    Element body = doc.body();
    // The body's spaced text, walked once: the checks read it on every page, the start page's dates come from it.
    String text = body == null ? "" : PageTexts.spaced(body);
    ParsedPage parsed = new ParsedPage(r.uri(), r.status(), depth, doc, text, options.renderer().isPresent() && read.renderError().isEmpty());
    for (PageCheck check : checks) {
      check.visit(parsed);
    }
    // Only the start page's dates are used (the home page's last update); FORGED_DATES reads each page's labelled dates itself.
    return new Page(url, r.status(), depth, read.renderError(), links, screen.screen(url, doc), depth > 0 ? List.of() : Dates.find(text));
  }

  /** Returns the address without its fragment, or empty for mailto:, javascript: and malformed ones. */
  public static java.util.Optional<String> normalize(String abs) {
    if (abs.isEmpty() || !(abs.startsWith("http://") || abs.startsWith("https://"))) {
      return java.util.Optional.empty();
    }
    if (plain(abs)) {
      try {
        new URI(abs);
        return java.util.Optional.of(abs); // ASCII, no escapes, no fragment: rebuilding it gives the same text
      } catch (URISyntaxException e) {
        return java.util.Optional.empty();
      }
    }
    try {
      URI u = new URI(abs.replace(" ", "%20"));
      return java.util.Optional.of(new URI(u.getScheme(), u.getRawAuthority() == null ? null : u.getAuthority(), u.getPath(), u.getQuery(), null)
          .toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Returns the normalized absolute addresses a page links to (anchors, images, style sheets,
   * scripts): {@code normalize(absUrl)} of each, with a shortcut for root-relative links.
   */
  static Set<String> links(Document doc) {
    Set<String> links = new LinkedHashSet<>();
    String origin = origin(doc.baseUri());
    for (Element a : doc.select(LINKS)) {
      String attr = a.hasAttr("href") ? "href" : "src";
      String raw = a.attr(attr);
      if (!origin.isEmpty() && raw.startsWith("/") && !raw.startsWith("//") && !raw.contains("/.") && uriSafe(raw)) {
        links.add(origin + raw); // already in normal form: a valid origin, then only characters a URI keeps as they are
      } else {
        normalize(a.absUrl(attr)).ifPresent(links::add);
      }
    }
    return links;
  }

  /** Returns {@code scheme://authority} of a plain absolute http(s) address, else empty. */
  private static String origin(String base) {
    if (!(base.startsWith("http://") || base.startsWith("https://")) || !plain(base)) {
      return "";
    }
    int slash = base.indexOf('/', base.indexOf("//") + 2);
    int query = base.indexOf('?', base.indexOf("//") + 2);
    int end = slash < 0 ? query : query < 0 ? slash : Math.min(slash, query);
    return end < 0 ? base : base.substring(0, end);
  }

  /** Whether every character may stand unescaped in a URI's path or query (RFC 3986, as java.net.URI keeps it). */
  private static boolean uriSafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:/?".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '%' || c == '#' || c == '@' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikePage(URI u) {
    String p = u.getPath() == null ? "" : u.getPath().toLowerCase(java.util.Locale.ROOT);
    return !(p.endsWith(".jpg") || p.endsWith(".jpeg") || p.endsWith(".png") || p.endsWith(".gif") || p.endsWith(".pdf")
        || p.endsWith(".doc") || p.endsWith(".docx") || p.endsWith(".xls") || p.endsWith(".xlsx") || p.endsWith(".zip")
        || p.endsWith(".css") || p.endsWith(".js") || p.endsWith(".rar") || p.endsWith(".wps"));
  }

  private static String key(URI u) {
    return normalize(u.toString()).orElse(u.toString());
  }
}
