package org.govsite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * The embedded backend's highlights as data: Lucene's unified highlighter picks the best two
 * passages of the body (the bigram body has no offsets in its postings: the page's bodies are analysed again), and a formatter turns them into
 * a {@link Highlight}: the passages' text, joined by … where they do not follow each other, and
 * the matches in it, overlapping matches merged, as Lucene's own HTML formatter marked them.
 */
final class LuceneHighlights {
  private static final int PASSAGES = 2;
  private static final String ELLIPSIS = "…";

  private LuceneHighlights() {}

  /** Returns a highlight per hit, in the order of {@code page}; a hit without one gets {@code leads[i]}. */
  static List<Highlight> of(IndexSearcher searcher, Analyzer analyzer, String field, Query query, ScoreDoc[] page, String[] leads)
      throws IOException {
    List<Highlight> out = new ArrayList<>(page.length);
    if (page.length == 0) {
      return out;
    }
    Highlighter h = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new AsData())
        .withMaxLength(100_000)
        .withHighlightPhrasesStrictly(false)
        .withWeightMatches(false));
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    @Nullable Object[] found = h.highlight(field, query, docs);
    for (int i = 0; i < page.length; i++) {
      out.add(found[i] instanceof Highlight hl && !hl.text().isBlank() ? hl : Highlight.of(leads[i]));
    }
    return out;
  }

  /** Exposes the highlighter's answer as objects (the formatter's {@link Highlight}s), not strings. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(Builder builder) {
      super(builder);
    }

    @Nullable Object[] highlight(String field, Query query, int[] docs) throws IOException {
      @Nullable Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {PASSAGES}).get(field);
      return found == null ? new Object[docs.length] : found;
    }
  }

  /** Passages to a {@link Highlight}, marking what Lucene's DefaultPassageFormatter marked. */
  private static final class AsData extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<Highlight.Span> spans = new ArrayList<>();
      int pos = 0;
      for (Passage p : passages) {
        if (p.getStartOffset() > pos && pos > 0) {
          text.append(ELLIPSIS);
        }
        pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          append(text, content, pos, start);
          int end = p.getMatchEnds()[i];
          while (i + 1 < p.getNumMatches() && p.getMatchStarts()[i + 1] < end) {
            end = Math.max(end, p.getMatchEnds()[++i]);
          }
          end = Math.min(end, p.getEndOffset());
          int from = text.length();
          append(text, content, start, end);
          if (text.length() > from) {
            spans.add(new Highlight.Span(from, text.length()));
          }
          pos = Math.max(pos, end);
        }
        append(text, content, pos, p.getEndOffset());
        pos = p.getEndOffset();
      }
      return new Highlight(text.toString(), spans);
    }

    private static void append(StringBuilder text, String content, int from, int to) {
      if (to > from) {
        text.append(content, from, to);
      }
    }
  }
}
