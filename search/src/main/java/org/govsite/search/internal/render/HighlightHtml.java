package org.govsite.search.internal.render;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Writes a highlight as HTML (高亮 HTML): the text escaped, each match in {@code <em>}. The
 * escaping is the one Lucene's passage formatter applied when the engine wrote the HTML (OWASP's
 * rule: {@code & < > " ' /}), so the pages and JSON of 0.1 read the same.
 */
@API(status = INTERNAL, since = "0.2")
public final class HighlightHtml {
  private HighlightHtml() {}

  /**
   * Returns the HTML of a text whose matches are the characters {@code starts[i]} to
   * {@code ends[i]}, in order and not overlapping.
   */
  public static String write(String text, int[] starts, int[] ends) {
    StringBuilder b = new StringBuilder(text.length() + 16 * starts.length);
    int pos = 0;
    for (int i = 0; i < starts.length; i++) {
      escape(b, text, pos, starts[i]);
      b.append("<em>");
      escape(b, text, starts[i], ends[i]);
      b.append("</em>");
      pos = ends[i];
    }
    escape(b, text, pos, text.length());
    return b.toString();
  }

  private static void escape(StringBuilder b, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        case '/' -> b.append("&#x2F;");
        default -> b.append(c);
      }
    }
  }
}
