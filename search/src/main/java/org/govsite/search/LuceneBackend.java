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
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govsite.core.GovSiteException;
import org.govsite.core.UnavailableException;
import org.govsite.search.internal.AnalysisMode;
import org.govsite.search.internal.analysis.Analyzers;
import org.jspecify.annotations.Nullable;

/**
 * The embedded Lucene backend: one IndexWriter, near-real-time searchers refreshed lazily before
 * the first search after a change, explicit durable commits, and rebuilds beside the live index
 * ({@link LuceneFolder}) switched in at once.
 */
final class LuceneBackend implements SearchBackend {
  /** The commit user data key under which {@link #commit(String)} records the index's source. */
  static final String SOURCE = "govsite.source";
  private static final AtomicLong MEMORY_INDEXES = new AtomicLong();

  /** The folder of an index on disk ({@link LuceneFolder}); null in memory or for a bare directory. */
  private final @Nullable Path folder;
  private final boolean readOnly;
  private final AnalysisMode mode;
  private final LuceneIndexes indexes;
  private volatile SearchAnalysis analysis;
  private volatile Similarity similarity;
  private final LuceneDocuments documents;
  private final FacetCounter facetCounter;
  private final AtomicBoolean dirty = new AtomicBoolean();
  /** Whether the live commit data still names the source of the last rebuild ({@link #commit(String)}). */
  private final AtomicBoolean sourceLive = new AtomicBoolean(true);
  private final @Nullable ExecutorService pool;
  /** Held to read or write the live index; taken exclusively only to switch it after a rebuild. */
  private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock();
  private volatile LuceneIndex live;

  private LuceneBackend(@Nullable Path folder, AnalysisMode mode, int searchThreads, IndexOpener opener) throws IOException {
    this.folder = folder;
    this.mode = mode;
    // Segments are searched in parallel on a small pool: latency matters more than throughput
    // on a portal's search box, and a 2-core server is otherwise half idle during one query.
    ExecutorService threads = searchThreads > 1 ? Executors.newFixedThreadPool(searchThreads, r -> {
      Thread t = new Thread(r, "govsite-search");
      t.setDaemon(true);
      return t;
    }) : null;
    this.pool = threads;
    this.indexes = new LuceneIndexes(folder, threads);
    this.analysis = SearchAnalysis.of(mode, QuestionWords.bundled(), Relevance.DEFAULT);
    this.similarity = similarity(Relevance.DEFAULT);
    FacetsConfig facetsConfig = new FacetsConfig();
    this.documents = new LuceneDocuments(mode, facetsConfig);
    this.facetCounter = new FacetCounter(facetsConfig);
    LuceneIndex opened = opener.open(this);
    this.readOnly = opened.writer() == null;
    this.live = opened;
  }

  private interface IndexOpener {
    LuceneIndex open(LuceneBackend backend) throws IOException;
  }

  /**
   * Sets the question words a query does not require and the ranking settings; SiteSearch's
   * builder calls it once before the first search (the tuning test between searches).
   */
  LuceneBackend configure(QuestionWords questionWords, Relevance relevance) {
    this.analysis = SearchAnalysis.of(mode, questionWords, relevance);
    this.similarity = similarity(relevance);
    return this;
  }

  /** Sets the analysis queries are planned with (its folding mode is the index's own). */
  LuceneBackend configure(SearchAnalysis analysis) {
    return configure(analysis.questionWords(), analysis.relevance());
  }

  /** Returns the analysis queries are planned with. */
  SearchAnalysis analysis() {
    return analysis;
  }

  private static Similarity similarity(Relevance relevance) {
    return new BM25Similarity(relevance.k1(), relevance.b());
  }

  /** Opens (or creates) an index in a folder on disk, searching segments on that many threads. */
  public static LuceneBackend open(Path folder, AnalysisMode mode, int searchThreads) {
    try {
      Files.createDirectories(folder);
      LuceneBackend b = new LuceneBackend(folder, mode, searchThreads, self -> self.indexes.writable(LuceneFolder.live(folder)));
      LuceneFolder.clean(folder);
      return b;
    } catch (IOException | UncheckedIOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "无法打开索引 / cannot open the index at " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Opens (or creates) an index directly in a directory, without the folder layout (a rebuild's new index). */
  static LuceneBackend openDirectory(Path directory, AnalysisMode mode) throws IOException {
    return new LuceneBackend(null, mode, 1, self -> self.indexes.writable(directory));
  }

  /** Creates an index in memory (tests, small sites), searching segments on that many threads. */
  public static LuceneBackend inMemory(AnalysisMode mode, int searchThreads) {
    try {
      return new LuceneBackend(null, mode, searchThreads, self -> self.indexes.writable(new ByteBuffersDirectory(), memoryName(), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the index in a folder the user named for searching only: no write lock is taken (a
   * portal may be writing it), and every file's checksum is verified first. Commits of the
   * writing process, and a rebuild it switches in, show at the next search.
   *
   * @throws GovSiteException {@link SearchErrorCode#NO_INDEX} when the folder holds no index,
   *     {@link SearchErrorCode#CORRUPT_INDEX} when it cannot be read
   */
  public static LuceneBackend openExisting(Path folder, AnalysisMode mode, int searchThreads) {
    if (!Files.isDirectory(folder)) {
      throw new GovSiteException(SearchErrorCode.NO_INDEX, "索引目录不存在 / no index folder at " + folder);
    }
    try {
      return new LuceneBackend(folder, mode, searchThreads, self -> self.indexes.readable(folder, LuceneFolder.live(folder)));
    } catch (IOException | RuntimeException e) {
      if (e instanceof GovSiteException g) {
        throw g;
      }
      throw new GovSiteException(SearchErrorCode.CORRUPT_INDEX, "索引已损坏 / the index in " + folder
          + " is damaged (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); rebuild it", e);
    }
  }

  private static String memoryName() {
    return "memory-" + MEMORY_INDEXES.incrementAndGet();
  }

  private IndexWriter writer(LuceneIndex index) {
    IndexWriter w = index.writer();
    if (w == null) {
      throw new IllegalStateException("the index was opened read-only");
    }
    return w;
  }

  @Override
  public void upsert(SearchDocument document) {
    withLive(index -> writer(index).updateDocument(new Term(Fields.ID, document.id()), documents.toLucene(document, index.bodyOffsets())));
    changed();
  }

  @Override
  public boolean delete(String id) {
    boolean existed = get(id).isPresent();
    withLive(index -> writer(index).deleteDocuments(new Term(Fields.ID, id)));
    changed();
    return existed;
  }

  @Override
  public void commit() {
    withLive(index -> writer(index).commit());
  }

  @Override
  public void commit(String source) {
    withLive(index -> {
      IndexWriter writer = writer(index);
      writer.setLiveCommitData(Map.of(SOURCE, source).entrySet());
      sourceLive.set(true);
      return writer.commit();
    });
  }

  @Override
  public Optional<String> source() {
    return withLive(index -> {
      IndexWriter writer = index.writer();
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
      IndexSearcher s = index.searchers().acquire();
      try {
        return Optional.ofNullable(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().get(SOURCE))
            .filter(v -> !v.isEmpty());
      } finally {
        index.searchers().release(s);
      }
    });
  }

  /**
   * The live index's name (its directory) and its reader's version: every change, refresh and
   * commit seen from another process moves the version, and a rebuild switches the name.
   */
  @Override
  public String changeToken() {
    if (readOnly) {
      followPublished();
    }
    return withSearcher((index, s) -> index.name() + ":" + ((DirectoryReader) s.getIndexReader()).getVersion());
  }

  private void changed() {
    // A change after a rebuild: the index no longer is exactly what its source label says.
    if (sourceLive.compareAndSet(true, false)) {
      withLive(index -> {
        writer(index).setLiveCommitData(Map.of(SOURCE, "").entrySet());
        return Boolean.TRUE;
      });
    }
    dirty.set(true);
  }

  @Override
  public BackendPage search(BackendQuery query) {
    SearchRequest request = query.request();
    QueryPlan plan = query.plan(analysis);
    Query ranking = QueryFactory.build(request, plan, true);
    Query matching = QueryFactory.build(request, plan, false);
    return withSearcher((index, searcher) -> LucenePages.page(searcher, request, plan, ranking, matching, documents, facetCounter));
  }

  @Override
  public long count(String text) {
    Query q = QueryFactory.matching(QueryPlan.of(text, List.of(), analysis, false), false);
    return withSearcher((index, s) -> (long) s.count(q));
  }

  @Override
  public List<String> words(String text) {
    // Bigrams when indexed: a typo inside a word the segmenter cannot split still shows as a bigram
    // the index has never seen (户击 in 户击登记).
    return analysis.terms(text);
  }

  @Override
  public Map<String, List<String>> similarWords(List<String> words, int maxPerWord) {
    String body = mode.bigrams() ? Fields.BODY_BIGRAM : Fields.BODY_WORDS;
    DirectSpellChecker spell = new DirectSpellChecker();
    spell.setMinPrefix(0); // Chinese words are short: the typo is as likely in the first character.
    spell.setMinQueryLength(2);
    spell.setMaxEdits(1);
    spell.setAccuracy(0.3f);
    return withSearcher((index, s) -> {
      IndexReader reader = s.getIndexReader();
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (String word : words) {
        List<String> similar = new ArrayList<>();
        if (word.length() >= 2 && s.count(QueryFactory.matching(QueryPlan.of(word, List.of(), analysis, false), false)) == 0) {
          for (SuggestWord w : spell.suggestSimilar(new Term(body, word), maxPerWord, reader, SuggestMode.SUGGEST_MORE_POPULAR)) {
            similar.add(w.string);
          }
        }
        out.put(word, List.copyOf(similar));
      }
      return out;
    });
  }

  @Override
  public List<String> suggestTitles(String prefix, int max) {
    if (prefix.isBlank() || !mode.bigrams()) {
      return List.of();
    }
    List<String> terms = SearchAnalysis.terms(analysis.bigramAnalyzer(), Fields.TITLE_BIGRAM, prefix);
    if (terms.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(Fields.TITLE_BIGRAM, t)), BooleanClause.Occur.MUST);
    }
    Query q = b.build();
    return withSearcher((index, s) -> {
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
  public Optional<StoredDocument> get(String id) {
    return withSearcher((index, s) -> {
      TopDocs td = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = s.storedFields().document(td.scoreDocs[0].doc);
      return Optional.of(documents.toStored(d));
    });
  }

  @Override
  public long size() {
    return withSearcher((index, s) -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public Rebuild rebuild() {
    if (readOnly) {
      throw new IllegalStateException("the index was opened read-only");
    }
    try {
      LuceneIndex fresh = folder == null ? indexes.writable(new ByteBuffersDirectory(), memoryName(), null)
          : indexes.writable(LuceneFolder.fresh(folder));
      return new LuceneRebuild(this, fresh);
    } catch (IOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "无法开始重建索引 / cannot start a rebuild: " + e.getMessage(), e);
    }
  }

  /** Adds a document to a rebuild's index. */
  void add(LuceneIndex index, SearchDocument document) {
    io(() -> writer(index).updateDocument(new Term(Fields.ID, document.id()), documents.toLucene(document, index.bodyOffsets())));
  }

  /**
   * Makes a rebuilt index the live one: it is committed (with its source), named in the folder's
   * pointer, then swapped in while no search or change runs; the old one is closed and deleted.
   */
  void publish(LuceneIndex fresh, @Nullable String source) {
    io(() -> {
      IndexWriter w = writer(fresh);
      if (source != null) {
        w.setLiveCommitData(Map.of(SOURCE, source).entrySet());
      }
      long sequence = w.commit();
      fresh.searchers().maybeRefreshBlocking();
      Path path = fresh.path();
      if (folder != null && path != null) {
        LuceneFolder.publish(folder, path);
      }
      return sequence;
    });
    LuceneIndex old;
    switching.writeLock().lock();
    try {
      old = live;
      live = fresh;
      sourceLive.set(true);
      dirty.set(false);
    } finally {
      switching.writeLock().unlock();
    }
    old.discard();
    if (folder != null) {
      LuceneFolder.clean(folder);
    }
  }

  /** A read-only backend follows the writing process's switch to a rebuilt index. */
  private void followPublished() {
    if (folder == null) {
      return;
    }
    Path now = LuceneFolder.live(folder);
    LuceneIndex current = live;
    if (now.equals(current.path())) {
      return;
    }
    LuceneIndex fresh;
    try {
      fresh = indexes.readable(folder, now);
    } catch (IOException | RuntimeException e) {
      return; // the writer may be half-way through its switch; the old index still answers
    }
    switching.writeLock().lock();
    try {
      live = fresh;
    } finally {
      switching.writeLock().unlock();
    }
    current.discard();
  }

  @Override
  public void close() {
    switching.writeLock().lock();
    try {
      live.close();
      if (pool != null) {
        pool.shutdown();
      }
    } catch (IOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "关闭索引失败 / closing the index failed: " + e.getMessage(), e);
    } finally {
      switching.writeLock().unlock();
    }
  }

  interface IoCall<T> {
    T call() throws IOException;
  }

  private interface IndexCall<T> {
    T call(LuceneIndex index) throws IOException;
  }

  private interface SearcherCall<T> {
    T call(LuceneIndex index, IndexSearcher searcher) throws IOException;
  }

  static <T> T io(IoCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "索引读写失败 / index I/O failed: " + e.getMessage(), e);
    }
  }

  private <T> T withLive(IndexCall<T> call) {
    switching.readLock().lock();
    try {
      LuceneIndex index = live;
      return io(() -> call.call(index));
    } finally {
      switching.readLock().unlock();
    }
  }

  private <T> T withSearcher(SearcherCall<T> call) {
    return withLive(index -> {
      if (readOnly) {
        index.searchers().maybeRefreshBlocking();
      } else if (dirty.compareAndSet(true, false)) {
        index.searchers().maybeRefreshBlocking();
      }
      IndexSearcher s = index.searchers().acquire();
      if (s.getSimilarity() != similarity) {
        s.setSimilarity(similarity);
      }
      try {
        return call.call(index, s);
      } finally {
        index.searchers().release(s);
      }
    });
  }
}
