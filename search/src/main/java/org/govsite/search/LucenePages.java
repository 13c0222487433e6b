package org.govsite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.govsite.search.internal.analysis.Analyzers;

/** One page of the embedded backend's answer: the top hits, the counted matches, highlights and facets. */
final class LucenePages {
  /**
   * The total and the facet counts are exact up to this many matches; above it both are
   * estimated from evenly spread windows of the index holding at least this many matches
   * ({@link MatchSampler}: counting every one of a million matches costs more than the search,
   * measured in SearchQueryBenchmark).
   */
  static final int FACET_SAMPLE = 10_000;
  /**
   * Analyses the page's bodies for the highlighter (the bigram body has no offsets): one instance,
   * so each thread reuses its tokenizer instead of building one per query.
   */
  private static final Analyzer HIGHLIGHTING = Analyzers.bigram(true);

  private LucenePages() {}

  static BackendPage page(IndexSearcher searcher, SearchRequest request, QueryPlan plan, Query ranking, Query matching,
      LuceneDocuments documents, FacetCounter facetCounter) throws IOException {
    int want = request.offset() + request.limit();
    // A non-scoring pass counts the matches for the total and the facets, exactly up to
    // FACET_SAMPLE of them; the page comes from a top-k pass that counts nothing (block-max
    // WAND may skip from the first hit), by relevance in two phases (TwoPhaseRanking).
    MatchSampler.Sample matches = MatchSampler.sample(searcher, matching, FACET_SAMPLE);
    TopDocs top;
    if (request.sort() == SearchRequest.Sort.DATE) {
      top = searcher.search(ranking, new TopFieldCollectorManager(new Sort(dateSort(), SortField.FIELD_SCORE), want, null, want));
    } else {
      // A relaxed page ranks the strict matches first: they are few (else nothing is relaxed),
      // and each of them must be scored even if the candidates miss it.
      List<ScoreDoc> strict = plan.relaxed()
          ? TwoPhaseRanking.strictMatches(MatchSampler.sample(searcher, QueryFactory.build(request, plan.withRelaxed(false), false), FACET_SAMPLE))
          : List.of();
      top = TwoPhaseRanking.top(searcher, ranking, QueryFactory.candidates(request, plan), matches, strict, want,
          plan.relevance().candidates());
    }
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    StoredDocument[] stored = new StoredDocument[page.length];
    String[] leads = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      stored[i] = documents.toStored(searcher.storedFields().document(page[i].doc));
      leads[i] = stored[i].lead();
    }
    String field = documents.highlightField();
    List<Highlight> highlights = LuceneHighlights.of(searcher, HIGHLIGHTING, field,
        QueryFactory.highlighting(plan, field), page, leads);
    List<BackendHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(new BackendHit(stored[i].id(), score, stored[i], highlights.get(i)));
    }
    return new BackendPage(matches.total(), matches.exact(), hits,
        facetCounter.count((DirectoryReader) searcher.getIndexReader(), matches.matches(), matches.rate()));
  }

  private static SortField dateSort() {
    SortField f = new SortField(Fields.DATE, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }
}
