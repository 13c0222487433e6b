package org.govsite.compliance;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govsite.compliance.internal.Dates;
import org.govsite.compliance.internal.PageTexts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/** Reads the items of a list page (列表页) and follows its pagination up to the limit. */
final class ListReader {
  /** A list item: a link (or the list page) with its title and the dates in it. */
  public record Item(String url, String title, List<LocalDate> dates, Element row) {}

  /** The items read, the pages they came from, or why the first page could not be read. */
  public record Result(List<Item> items, List<String> pages, Optional<String> error) {}

  private static final Pattern NEXT = Pattern.compile("^\\s*(下一页|下页|后一页|next|›|»|>)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final String ROWS = "li, tr, dd, dt, p, div, article";

  private final Fetcher fetcher;
  private final AuditOptions options;

  /** Creates a reader over a fetcher. */
  public ListReader(Fetcher fetcher, AuditOptions options) {
    this.fetcher = fetcher;
    this.options = options;
  }

  /** Reads a list starting at {@code first}: items by the selector, or rows holding one link and a date. */
  public Result read(URI first, Optional<String> itemSelector, Optional<String> dateSelector, boolean needLink) {
    Map<String, Item> items = new LinkedHashMap<>();
    List<String> pages = new ArrayList<>();
    URI page = first;
    Optional<String> error = Optional.empty();
    while (page != null && pages.size() < options.maxListPages()) {
      Fetcher.Read read = fetcher.read(page);
      Fetcher.Response r = read.response();
      if (read.document().isEmpty()) {
        if (pages.isEmpty()) {
          error = Optional.of(r.status() == 0 ? r.error() : "HTTP " + r.status());
        }
        break;
      }
      pages.add(r.uri().toString());
      options.progress().onProgress("lists", pages.size(), options.maxListPages(), r.uri().toString());
      Document doc = read.document().get();
      int before = items.size();
      collect(doc, itemSelector, dateSelector, needLink, r.uri().toString(), items);
      URI next = next(doc).orElse(null);
      page = next != null && !pages.contains(next.toString()) && items.size() > before ? next : null;
    }
    return new Result(List.copyOf(items.values()), pages, error);
  }

  private static void collect(Document doc, Optional<String> itemSelector, Optional<String> dateSelector, boolean needLink, String pageUrl,
      Map<String, Item> items) {
    Elements rows;
    try {
      rows = doc.select(itemSelector.orElse(ROWS));
    } catch (Selector.SelectorParseException e) {
      throw new org.govsite.core.InvalidInputException("itemSelector", "CSS选择器无效 / not a CSS selector: " + itemSelector.orElse(""));
    }
    for (Element row : rows) {
      Elements links = row.select("a[href]");
      if (itemSelector.isEmpty() && (links.size() != 1 && needLink || links.size() > 1 || !row.children().select(ROWS).isEmpty())) {
        continue; // heuristics: the innermost row with a single link is the item
      }
      String dateText;
      try {
        dateText = dateSelector.map(s -> spaced(row.select(s))).orElse(spaced(new Elements(row)));
      } catch (Selector.SelectorParseException e) {
        throw new org.govsite.core.InvalidInputException("dateSelector", "CSS选择器无效 / not a CSS selector: " + dateSelector.orElse(""));
      }
      List<LocalDate> dates = Dates.find(dateText);
      if (dates.isEmpty()) {
        continue;
      }
      Element link = links.first();
      String url = link == null ? pageUrl + "#" + items.size() : link.absUrl("href");
      String title = link == null ? (row.children().isEmpty() ? row.ownText() : row.child(0).text()) : link.text();
      items.putIfAbsent(url, new Item(url, title, dates, row));
    }
  }

  /** The text with a space between text nodes: {@code <a>信息0</a><span>2026-08-01</span>} must not read as 02026. */
  static String spaced(Elements elements) {
    StringBuilder b = new StringBuilder();
    for (Element e : elements) {
      PageTexts.appendSpaced(e, b);
    }
    return b.toString();
  }

  private static Optional<URI> next(Document doc) {
    for (Element a : doc.select("a[href]")) {
      if (a.attr("rel").equalsIgnoreCase("next") || NEXT.matcher(a.text()).matches()) {
        String abs = a.absUrl("href");
        if (!abs.isEmpty()) {
          try {
            return Optional.of(URI.create(abs));
          } catch (IllegalArgumentException e) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }
}
