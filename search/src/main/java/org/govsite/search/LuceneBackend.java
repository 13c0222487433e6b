package org.govsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.govsite.core.GovSiteException;
import org.govsite.core.UnavailableException;
import org.govsite.search.internal.AnalysisMode;
import org.govsite.search.internal.analysis.Analyzers;
import org.jspecify.annotations.Nullable;

/**
 * The embedded Lucene backend: one IndexWriter, near-real-time searchers refreshed lazily before
 * the first search after a change, and explicit durable commits.
 */
final class LuceneBackend implements SearchBackend {
  private static final int HIGHLIGHT_CHARS = 160;
  /**
   * The total and the facet counts are exact up to this many matches; above it both are
   * estimated from evenly spread windows of the index holding at least this many matches
   * ({@link MatchSampler}: counting every one of a million matches costs more than the search,
   * measured in SearchQueryBenchmark).
   */
  static final int FACET_SAMPLE = 10_000;

  private final Directory directory;
  /** Null when the index was opened read-only ({@link #openExisting}). */
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final AnalysisMode mode;
  private final Analyzer wordsAnalyzer = Analyzers.words();
  private final Analyzer bigramQuery = Analyzers.bigram(false);
  private volatile QueryFactory queries;
  private volatile Similarity similarity;
  private final LuceneDocuments documents;
  private final FacetsConfig facetsConfig = new FacetsConfig();
  private final FacetCounter facetCounter = new FacetCounter(facetsConfig);
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final AtomicLong generation = new AtomicLong();
  /** Whether the live commit data still names the source of the last rebuild ({@link #commit(String)}). */
  private final AtomicBoolean sourceLive = new AtomicBoolean(true);
  /** The commit user data key under which {@link #commit(String)} records the index's source. */
  static final String SOURCE = "govsite.source";
  private final @Nullable ExecutorService pool;

  private LuceneBackend(Directory directory, AnalysisMode mode, int searchThreads, @Nullable DirectoryReader readOnly)
      throws IOException {
    this.directory = directory;
    this.mode = mode;
    // Segments are searched in parallel on a small pool: latency matters more than throughput
    // on a portal's search box, and a 2-core server is otherwise half idle during one query.
    this.pool = searchThreads > 1 ? Executors.newFixedThreadPool(searchThreads, r -> {
      Thread t = new Thread(r, "govsite-search");
      t.setDaemon(true);
      return t;
    }) : null;
    Map<String, Analyzer> perField = new LinkedHashMap<>();
    perField.put(Fields.TITLE_BIGRAM, Analyzers.bigram(true));
    perField.put(Fields.BODY_BIGRAM, Analyzers.bigram(true));
    perField.put(Fields.TITLE_WORDS, wordsAnalyzer);
    perField.put(Fields.BODY_WORDS, wordsAnalyzer);
    perField.put(Fields.PINYIN, Analyzers.whitespace());
    Analyzer index = new PerFieldAnalyzerWrapper(Analyzers.keyword(), perField);
    SearcherFactory factory = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return pool == null ? new IndexSearcher(reader) : new IndexSearcher(reader, pool);
      }
    };
    if (readOnly != null) {
      this.writer = null;
      this.searchers = new SearcherManager(readOnly, factory);
    } else {
      IndexWriterConfig config = new IndexWriterConfig(index);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, factory);
    }
    this.queries = new QueryFactory(mode, bigramQuery, wordsAnalyzer, QuestionWords.bundled(), Relevance.DEFAULT);
    this.similarity = similarity(Relevance.DEFAULT);
    this.documents = new LuceneDocuments(mode, facetsConfig);
  }

  /**
   * Sets the question words a query does not require and the ranking settings; SiteSearch's
   * builder calls it once before the first search (the tuning test between searches).
   */
  LuceneBackend configure(QuestionWords questionWords, Relevance relevance) {
    this.queries = new QueryFactory(mode, bigramQuery, wordsAnalyzer, questionWords, relevance);
    this.similarity = similarity(relevance);
    return this;
  }

  private static Similarity similarity(Relevance relevance) {
    return new BM25Similarity(relevance.k1(), relevance.b());
  }

  /** Opens (or creates) an index in a folder on disk, searching segments on that many threads. */
  public static LuceneBackend open(Path folder, AnalysisMode mode, int searchThreads) {
    try {
      return new LuceneBackend(FSDirectory.open(folder), mode, searchThreads, null);
    } catch (IOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "无法打开索引 / cannot open the index at " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Creates an index in memory (tests, small sites), searching segments on that many threads. */
  public static LuceneBackend inMemory(AnalysisMode mode, int searchThreads) {
    try {
      return new LuceneBackend(new ByteBuffersDirectory(), mode, searchThreads, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the index in a folder the user named for searching only: no write lock is taken (a
   * portal may be writing it), and every file's checksum is verified first.
   *
   * @throws GovSiteException {@link SearchErrorCode#NO_INDEX} when the folder holds no index,
   *     {@link SearchErrorCode#CORRUPT_INDEX} when it cannot be read
   */
  public static LuceneBackend openExisting(Path folder, AnalysisMode mode, int searchThreads) {
    if (!Files.isDirectory(folder)) {
      throw new GovSiteException(SearchErrorCode.NO_INDEX, "索引目录不存在 / no index folder at " + folder);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(folder);
      if (!DirectoryReader.indexExists(directory)) {
        throw new GovSiteException(SearchErrorCode.NO_INDEX, "目录中没有索引 / the folder " + folder + " holds no index");
      }
      return new LuceneBackend(directory, mode, searchThreads, verified(DirectoryReader.open(directory)));
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory);
      if (e instanceof GovSiteException g) {
        throw g;
      }
      throw new GovSiteException(SearchErrorCode.CORRUPT_INDEX, "索引已损坏 / the index in " + folder
          + " is damaged (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); rebuild it", e);
    }
  }

  /** Verifies every file's checksum (a damaged byte anywhere fails here, not in a later search). */
  static DirectoryReader verified(DirectoryReader reader) throws IOException {
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        if (leaf.reader() instanceof CodecReader c) {
          c.checkIntegrity();
        }
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static void closeQuietly(@Nullable Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // the cause reported is the one that made us close it
      }
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the index was opened read-only");
    }
    return writer;
  }

  @Override
  public void upsert(SearchDocument document) {
    IndexWriter writer = writer();
    io(() -> {
      List<String> titleWords = QueryFactory.terms(wordsAnalyzer, Fields.TITLE_WORDS, document.title());
      return writer.updateDocument(new Term(Fields.ID, document.id()), documents.toLucene(document, titleWords));
    });
    changed();
  }

  @Override
  public boolean delete(String id) {
    boolean existed = get(id).isPresent();
    IndexWriter writer = writer();
    io(() -> writer.deleteDocuments(new Term(Fields.ID, id)));
    changed();
    return existed;
  }

  @Override
  public void deleteAll() {
    io(writer()::deleteAll);
    changed();
  }

  @Override
  public void commit() {
    io(writer()::commit);
  }

  @Override
  public void commit(String source) {
    IndexWriter writer = writer();
    io(() -> {
      writer.setLiveCommitData(Map.of(SOURCE, source).entrySet());
      sourceLive.set(true);
      return writer.commit();
    });
  }

  @Override
  public Optional<String> source() {
    if (writer != null) {
      Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
      if (data != null) {
        for (Map.Entry<String, String> e : data) {
          if (e.getKey().equals(SOURCE) && !e.getValue().isEmpty()) {
            return Optional.of(e.getValue());
          }
        }
      }
      return Optional.empty();
    }
    return withSearcher(s -> Optional.ofNullable(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().get(SOURCE))
        .filter(v -> !v.isEmpty()));
  }

  @Override
  public long generation() {
    return generation.get();
  }

  private void changed() {
    // A change after a rebuild: the index no longer is exactly what its source label says.
    if (sourceLive.compareAndSet(true, false)) {
      writer().setLiveCommitData(Map.of(SOURCE, "").entrySet());
    }
    dirty.set(true);
    generation.incrementAndGet();
  }

  @Override
  public SearchResults search(SearchRequest request, List<String> alternatives) {
    return search(request, alternatives, false);
  }

  @Override
  public SearchResults searchRelaxed(SearchRequest request, List<String> alternatives) {
    return search(request, alternatives, queries.relaxable(request.text()));
  }

  private SearchResults search(SearchRequest request, List<String> alternatives, boolean relaxed) {
    QueryFactory queries = this.queries;
    Query ranking = queries.build(request, alternatives, true, relaxed);
    Query matching = queries.build(request, alternatives, false, relaxed);
    return withSearcher(searcher -> {
      int want = request.offset() + request.limit();
      // Two passes: a top-k pass that skips documents that cannot enter the page (block-max
      // WAND; it counts nothing, so it may skip from the first hit), and a non-scoring pass that
      // counts the matches for the total and the facets, exactly up to FACET_SAMPLE of them.
      MatchSampler.Sample matches = MatchSampler.sample(searcher, matching, FACET_SAMPLE);
      TopDocs top;
      if (request.sort() == SearchRequest.Sort.DATE) {
        top = searcher.search(ranking, new TopFieldCollectorManager(new Sort(dateSort(), SortField.FIELD_SCORE), want, null, want));
      } else {
        // A relaxed page ranks the strict matches first: they are few (else nothing is relaxed),
        // and each of them must be scored even if the candidates miss it.
        List<ScoreDoc> strict = relaxed
            ? TwoPhaseRanking.strictMatches(MatchSampler.sample(searcher, queries.build(request, alternatives, false, false), FACET_SAMPLE))
            : List.of();
        top = TwoPhaseRanking.top(searcher, ranking, queries.candidates(request, alternatives), matches, strict, want,
            queries.candidateCount());
      }
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
          top.scoreDocs.length);
      String[] highlights = highlight(searcher, queries.highlighting(request.text(), alternatives), page);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        Document d = searcher.storedFields().document(page[i].doc);
        hits.add(documents.toHit(d, Float.isNaN(page[i].score) ? 0f : page[i].score, highlights[i], false));
      }
      return new SearchResults(matches.total(), matches.exact(), hits,
          facetCounter.count((DirectoryReader) searcher.getIndexReader(), matches.matches(), matches.rate()), Optional.empty(), alternatives);
    });
  }

  private static SortField dateSort() {
    SortField f = new SortField(Fields.DATE, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }

  private String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    String[] out = new String[page.length];
    if (page.length == 0) {
      return out;
    }
    String field = documents.highlightField();
    UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, Analyzers.bigram(true))
        .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
        .withMaxLength(100_000)
        .withHighlightPhrasesStrictly(false)
        .withWeightMatches(false)
        .build();
    TopDocs td = new TopDocs(new org.apache.lucene.search.TotalHits(page.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
    String[] fragments = h.highlight(field, query, td, 2);
    for (int i = 0; i < page.length; i++) {
      if (fragments[i] != null && !fragments[i].isBlank()) {
        out[i] = fragments[i];
      } else {
        String body = searcher.storedFields().document(page[i].doc).get(field);
        String head = body == null ? "" : body.substring(0, Math.min(body.length(), HIGHLIGHT_CHARS));
        out[i] = StringEscapeUtils.escapeHtml4(head);
      }
    }
    return out;
  }

  @Override
  public long count(String text) {
    Query q = queries.matching(text, List.of(), false, false);
    return withSearcher(s -> (long) s.count(q));
  }

  @Override
  public List<String> words(String text) {
    // Bigrams when indexed: a typo inside a word the segmenter cannot split still shows as a bigram
    // the index has never seen (户击 in 户击登记).
    return mode.bigrams() ? QueryFactory.terms(bigramQuery, Fields.BODY_BIGRAM, text)
        : QueryFactory.terms(wordsAnalyzer, Fields.BODY_WORDS, text);
  }

  @Override
  public List<String> similarWords(String word, int max) {
    String field = mode.bigrams() ? Fields.BODY_BIGRAM : Fields.BODY_WORDS;
    DirectSpellChecker spell = new DirectSpellChecker();
    spell.setMinPrefix(0); // Chinese words are short: the typo is as likely in the first character.
    spell.setMinQueryLength(2);
    spell.setMaxEdits(1);
    spell.setAccuracy(0.3f);
    return withSearcher(s -> {
      List<String> out = new ArrayList<>();
      for (SuggestWord w : spell.suggestSimilar(new Term(field, word), max, s.getIndexReader(), SuggestMode.SUGGEST_MORE_POPULAR)) {
        out.add(w.string);
      }
      return out;
    });
  }

  @Override
  public List<String> suggestTitles(String prefix, int max) {
    if (prefix.isBlank()) {
      return List.of();
    }
    List<String> terms = QueryFactory.terms(bigramQuery, Fields.TITLE_BIGRAM, prefix);
    if (terms.isEmpty() || !mode.bigrams()) {
      return List.of();
    }
    org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(Fields.TITLE_BIGRAM, t)), org.apache.lucene.search.BooleanClause.Occur.MUST);
    }
    Query q = b.build();
    return withSearcher(s -> {
      Set<String> titles = new LinkedHashSet<>();
      for (ScoreDoc sd : s.search(q, max * 3).scoreDocs) {
        titles.add(s.storedFields().document(sd.doc).get(Fields.TITLE));
        if (titles.size() == max) {
          break;
        }
      }
      return List.copyOf(titles);
    });
  }

  @Override
  public Optional<SearchHit> get(String id) {
    return withSearcher(s -> {
      TopDocs td = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = s.storedFields().document(td.scoreDocs[0].doc);
      String body = d.get(documents.highlightField());
      String head = body == null ? "" : body.substring(0, Math.min(body.length(), HIGHLIGHT_CHARS));
      return Optional.of(documents.toHit(d, 0f, StringEscapeUtils.escapeHtml4(head), true));
    });
  }

  @Override
  public long size() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.commit();
        writer.close();
      }
      directory.close();
      if (pool != null) {
        pool.shutdown();
      }
    } catch (IOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "关闭索引失败 / closing the index failed: " + e.getMessage(), e);
    }
  }

  private interface IoCall<T> {
    T call() throws IOException;
  }

  private interface SearcherCall<T> {
    T call(IndexSearcher searcher) throws IOException;
  }

  private static <T> T io(IoCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "索引读写失败 / index I/O failed: " + e.getMessage(), e);
    }
  }

  private <T> T withSearcher(SearcherCall<T> call) {
    return io(() -> {
      if (dirty.compareAndSet(true, false)) {
        searchers.maybeRefreshBlocking();
      }
      IndexSearcher s = searchers.acquire();
      if (s.getSimilarity() != similarity) {
        s.setSimilarity(similarity);
      }
      try {
        return call.call(s);
      } finally {
        searchers.release(s);
      }
    });
  }
}
