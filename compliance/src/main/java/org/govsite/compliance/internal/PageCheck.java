package org.govsite.compliance.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A check that looks at every crawled page (逐页检查): the crawler parses each page once and hands
 * the same {@link ParsedPage} to every check. Implementations are called from the crawl's threads,
 * several pages at once, so they must be thread-safe; they keep what they found (URLs, counts,
 * short evidence), never the document.
 *
 * <p>Budget (the audit must stay within twice the fetch-only time, docs/compliance.md
 * Performance): no {@code Jsoup.parse}, no {@code selectXpath} (it copies the page into a W3C DOM),
 * selectors compiled once ({@code QueryParser.parse} into a constant), regexes compiled once, and
 * one walk of the document rather than one per rule where a check has many rules.
 */
@API(status = INTERNAL, since = "0.1")
public interface PageCheck {
  /** Looks at one page; called once per crawled HTML page (pages that are not HTML or fail are not passed). */
  void visit(ParsedPage page);
}
