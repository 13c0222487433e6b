package org.govsite.compliance.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URI;
import org.apiguardian.api.API;
import org.jsoup.nodes.Document;

/**
 * A crawled HTML page, parsed once (解析后的页面): every check of the audit reads this one
 * {@link Document} and never parses the page again. With {@code render} on, the document is the
 * DOM after the page's scripts ran.
 *
 * <p>The document is shared by all checks of the page, which may run at the same time on other
 * pages: a check must not change it and must not keep it (keep only what it reports).
 *
 * @param url the page's address after redirects
 * @param status its HTTP status
 * @param depth links from the start page (0 = the start page)
 * @param document the parsed page (read only)
 * @param text the body's text with a space after each text node ({@link PageTexts#spaced}), walked
 *     once by the crawler for all checks: a check reads this rather than walking the text again
 * @param rendered whether the document is a headless browser's DOM rather than the HTML as served
 */
@API(status = INTERNAL, since = "0.1")
public record ParsedPage(URI url, int status, int depth, Document document, String text, boolean rendered) {}
