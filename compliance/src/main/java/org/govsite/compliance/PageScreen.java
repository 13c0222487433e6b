package org.govsite.compliance;

import java.util.ArrayList;
import java.util.List;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.HtmlScreeningResult;
import org.govsite.core.screening.PersonalDataMasker;
import org.govsite.core.screening.Screener;

/** Screens a page with the core screener and turns findings into masked excerpts. */
final class PageScreen {
  private static final int EXCERPT_CONTEXT = 20;
  private final Screener screener;

  /** Creates a page screen. */
  public PageScreen(Screener screener) {
    this.screener = screener;
  }

  /** Returns the findings of a page, every text with personal data masked. */
  public List<ContentFinding> screen(String url, String html) {
    HtmlScreeningResult r = screener.screenHtml(html);
    if (r.result().findings().isEmpty()) {
      return List.of();
    }
    // Masking keeps the length, so the findings' offsets still point into the masked text.
    String masked = PersonalDataMasker.standard().mask(r.text());
    List<ContentFinding> out = new ArrayList<>();
    for (Finding f : r.result().findings()) {
      int from = Math.max(0, f.start() - EXCERPT_CONTEXT);
      int to = Math.min(masked.length(), f.end() + EXCERPT_CONTEXT);
      String excerpt = (from > 0 ? "…" : "") + masked.substring(from, to).replace('\n', ' ') + (to < masked.length() ? "…" : "");
      out.add(new ContentFinding(url, f.category().id(), f.rule(), f.severity(), f.displayText(), f.suggestion().orElse(""), excerpt));
    }
    return out;
  }
}
