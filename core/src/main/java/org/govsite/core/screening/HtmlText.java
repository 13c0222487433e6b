package org.govsite.core.screening;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts what a visitor reads from an HTML page: title, visible text, alt and title attributes. */
final class HtmlText {
  /** One piece of text and where it came from. */
  public record Piece(String text, String source) {}

  private HtmlText() {}

  /** Returns the non-empty pieces in page order: title, body text, then attributes. */
  public static List<Piece> extract(String html) {
    Document doc = Jsoup.parse(html);
    List<Piece> pieces = new ArrayList<>();
    add(pieces, doc.title(), "title");
    add(pieces, doc.body().text(), "body");
    for (Element e : doc.getAllElements()) {
      for (String attr : new String[] {"alt", "title"}) {
        if (e.hasAttr(attr)) {
          add(pieces, e.attr(attr), e.tagName() + "@" + attr);
        }
      }
    }
    return pieces;
  }

  private static void add(List<Piece> pieces, String text, String source) {
    String t = text.strip();
    if (!t.isEmpty()) {
      pieces.add(new Piece(t, source));
    }
  }
}
