package org.govsite.core.screening;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The result of screening an HTML page (网页检查结论): the text that was screened — the title,
 * the visible text, then each {@code alt}/{@code title} attribute, one per line — the findings
 * with offsets into that text, and where each segment came from.
 *
 * @param result the verdict and findings; offsets are UTF-16 indexes into {@code text}
 * @param text the screened text
 * @param segments the parts of {@code text} and their sources
 */
@API(status = MAINTAINED, since = "0.1")
public record HtmlScreeningResult(ScreeningResult result, String text, List<Segment> segments) {

  /** Rejects a null component, naming it, and copies the segments. */
  public HtmlScreeningResult {
    Checks.notNull(result, "result");
    Checks.notNull(text, "text");
    segments = List.copyOf(Checks.notNull(segments, "segments"));
  }

  /** Returns the segment a finding lies in. */
  public Segment segmentOf(Finding f) {
    for (Segment s : segments) {
      if (s.start() <= f.start() && f.end() <= s.end()) {
        return s;
      }
    }
    throw new InvalidInputException("finding", "不在本页文本中 / not a finding of this page: " + f);
  }

  /**
   * One part of the screened text (文本片段).
   *
   * @param start its first index in the screened text
   * @param end the index after it
   * @param source {@code title}, {@code body}, or {@code <tag>@alt} / {@code <tag>@title}
   */
  @API(status = MAINTAINED, since = "0.1")
  public record Segment(int start, int end, String source) {
    /** Rejects a null component, naming it. */
    public Segment {
      Checks.notNull(source, "source");
    }
  }
}
