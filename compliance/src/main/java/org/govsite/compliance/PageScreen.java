package org.govsite.compliance;

import java.util.ArrayList;
import java.util.List;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.PersonalDataMasker;
import org.govsite.core.screening.Screener;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Screens a page with the core screener and turns findings into masked excerpts.
 *
 * <p>It screens the crawl's parsed document, piece by piece as {@code Screener.screenHtml} does
 * (the title, the visible text, then each {@code alt} and {@code title} attribute, joined by line
 * breaks), instead of handing the HTML to {@code screenHtml}, which would parse the page a second
 * time: that second parse was an eighth of an audit's time. The pieces are the same, so the
 * findings and their offsets are too (PageScreenTest compares the two).
 */
final class PageScreen {
  private static final int EXCERPT_CONTEXT = 20;
  private static final String[] ATTRIBUTES = {"alt", "title"};
  private final Screener screener;

  /** Creates a page screen. */
  public PageScreen(Screener screener) {
    this.screener = screener;
  }

  /** Returns the findings of a page, every text with personal data masked. */
  public List<ContentFinding> screen(String url, Document doc) {
    StringBuilder text = new StringBuilder();
    List<Finding> findings = new ArrayList<>();
    add(doc.title(), text, findings);
    Element body = doc.body();
    add(body == null ? "" : body.text(), text, findings);
    for (Element e : doc.getAllElements()) {
      if (e.attributesSize() > 0) {
        for (String attr : ATTRIBUTES) {
          if (e.hasAttr(attr)) {
            add(e.attr(attr), text, findings);
          }
        }
      }
    }
    if (findings.isEmpty()) {
      return List.of();
    }
    // Masking keeps the length, so the findings' offsets still point into the masked text.
    String masked = PersonalDataMasker.standard().mask(text);
    List<ContentFinding> out = new ArrayList<>();
    for (Finding f : findings) {
      int from = Math.max(0, f.start() - EXCERPT_CONTEXT);
      int to = Math.min(masked.length(), f.end() + EXCERPT_CONTEXT);
      String excerpt = (from > 0 ? "…" : "") + masked.substring(from, to).replace('\n', ' ') + (to < masked.length() ? "…" : "");
      out.add(new ContentFinding(url, f.category().id(), f.rule(), f.severity(), f.displayText(), f.suggestion().orElse(""), excerpt));
    }
    return out;
  }

  private void add(String piece, StringBuilder text, List<Finding> findings) {
    String t = piece.strip();
    if (t.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append('\n');
    }
    int offset = text.length();
    text.append(t);
    for (Finding f : screener.screen(t).findings()) {
      findings.add(new Finding(f.rule(), f.category(), f.severity(), f.start() + offset, f.end() + offset, f.text(), f.suggestion()));
    }
  }
}
