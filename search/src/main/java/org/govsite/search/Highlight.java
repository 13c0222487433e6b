package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A highlight (摘要高亮) as data: a plain-text fragment of a document and where the query's
 * matches lie in it. A backend returns it; {@link SiteSearch} writes the HTML (escaped text,
 * matches in {@code <em>}), so that no engine writes markup.
 *
 * @param text the fragment, plain text; passages that do not follow each other are joined by …
 * @param matches the matches, in order, not overlapping, each within {@code text}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Highlight(String text, List<Span> matches) {

  /** Rejects a null component, naming it, and a match outside the text or out of order. */
  public Highlight {
    Checks.notNull(text, "text");
    matches = List.copyOf(Checks.notNull(matches, "matches"));
    int end = 0;
    for (Span s : matches) {
      Checks.argument(s.start() >= end && s.end() <= text.length(), "matches", "超出范围",
          "must be in order, not overlapping and within the text: " + s);
      end = s.end();
    }
  }

  /** Returns a fragment with no match marked (the start of a document, a best bet). */
  public static Highlight of(String text) {
    return new Highlight(text, List.of());
  }

  /**
   * One match: the characters {@code start} (inclusive) to {@code end} (exclusive) of the text.
   *
   * @param start the first character
   * @param end one after the last character
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Span(int start, int end) {
    /** Rejects an empty or negative span. */
    public Span {
      Checks.argument(start >= 0 && end > start, "span", "超出范围", "must satisfy 0 <= start < end: " + start + ", " + end);
    }
  }
}
