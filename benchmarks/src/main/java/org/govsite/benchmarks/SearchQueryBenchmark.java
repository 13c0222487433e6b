package org.govsite.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.govsite.search.SearchRequest;
import org.govsite.search.SearchResults;
import org.govsite.search.SiteSearch;
import org.govsite.search.opensearch.OpenSearchBackend;
import org.govsite.search.opensearch.OpenSearchConnection;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency (p50/p99 from JMH's sample mode) over a fixed query mix at {@code docs} documents,
 * four systems in one run (issue 16):
 *
 * <ul>
 *   <li>{@code govsite}: GovSite's full query on the embedded Lucene backend (synonyms, pinyin,
 *       发文字号, facets, highlights; result cache off);
 *   <li>{@code opensearch}: the same {@link SiteSearch} query on the OpenSearch backend, answered
 *       by a node over HTTP;
 *   <li>{@code bigramLucene}: raw Lucene with CJK bigrams (Lucene's CJKAnalyzer) on title and
 *       body, the query's bigrams OR-ed over both, top 10 with stored fields;
 *   <li>{@code plainLucene}: the same with StandardAnalyzer (single characters), the 0.1 comparison.
 * </ul>
 *
 * <p>Each system's index is built the first time it is asked for and reused by later runs: the
 * Lucene ones under {@code benchmarks/target/search-bench/} (1,000,000 documents take a few
 * minutes each; {@code -jvmArgsAppend "-Xmx4g -Dgovsite.benchIndex=DIR"} points the fork at
 * indexes built elsewhere — it opens them for writing and commits nothing: give it a hard-linked
 * copy, {@code cp -al}), the OpenSearch one as the alias {@code govsite-bench-v3-<docs>} on the node
 * at {@code -Dgovsite.opensearch.url} (default {@code http://127.0.0.1:9201}; start one with the
 * command in docs/search-opensearch.md, with {@code -Xmx4g} at 1,000,000 documents). Every index
 * is merged to at most {@value #MERGED_SEGMENTS} segments, so none pays for more of them. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar SearchQueryBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class SearchQueryBenchmark {
  /** Everyday queries, a pinyin one, a 发文字号 in a loose form, a traditional one and a typo. */
  static final String[] QUERIES = {"政府网站建设", "信息公开", "网上办事", "领导信箱", "网站维护", "电子政务", "办事指南",
      "便民服务", "信息安全", "门户网站", "政务公开指南", "考核评估", "在线访谈", "网站群", "更新不及时", "zhengfu",
      "县政发[2020]15号", "網站建設", "社保卡", "网站建没"};

  /**
   * Residents' questions (issue 20): long, full of question words, sharing only part of their
   * bigrams with the text that answers them; one in traditional characters.
   */
  static final String[] QUESTIONS = {"请问政府网站建设应该怎么做？", "如何申请政府信息公开？", "网站信息更新不及时怎么办？",
      "领导信箱的来信多久能得到答复？", "政府网站的栏目应该如何设置？", "怎么在网上办事？", "网站的信息安全如何保障？",
      "政务公开有哪些要求？", "在线访谈是怎样进行的？", "政府网站考核评估的标准是什么？", "建设网站群有什么好处？",
      "如何做好网站的日常维护工作？", "电子政务的发展方向是什么呢？", "网站推广可以用搜索引擎吗？", "办事指南在哪里可以查到？",
      "政府網站建設需要多少經費？", "公众怎样参与政府的决策？", "服务器和操作系统怎么选择？", "网站内容保障机制有哪些？",
      "县区级政府网站存在哪些问题？"};

  static final int MERGED_SEGMENTS = 8;
  /** Written into an index folder when its build completed; a folder of another format is built again. */
  static final String COMPLETE = "complete";
  /** The embedded index's format: v3 counts the body's single characters instead of indexing them as unigrams. */
  static final String EMBEDDED_FORMAT = "v3";

  @Param({"1000000"})
  public int docs;

  /** Threads searching segments in parallel (SiteSearch.Builder.searchThreads). */
  @Param({"1"})
  public int threads;

  /** The query mix: {@code keywords} ({@link #QUERIES}) or {@code questions} ({@link #QUESTIONS}). */
  @Param({"keywords", "questions"})
  public String mix;

  private int next;

  static Path root() {
    return Path.of(System.getProperty("govsite.benchIndex", "benchmarks/target/search-bench"));
  }

  private String nextQuery() {
    String[] queries = mix.equals("questions") ? QUESTIONS : QUERIES;
    next = (next + 1) % queries.length;
    return queries[next];
  }

  /** GovSite on the embedded backend: one page of 10 with facets, highlights, synonyms, pinyin, 发文字号 and typo handling. */
  @Benchmark
  public SearchResults govsite(Embedded index) {
    return index.search.search(SearchRequest.builder(nextQuery()).limit(10).build());
  }

  /** GovSite on the OpenSearch backend: the same search, answered by the node over HTTP. */
  @Benchmark
  public SearchResults opensearch(OpenSearch index) {
    return index.search.search(SearchRequest.builder(nextQuery()).limit(10).build());
  }

  /** Raw Lucene with CJK bigrams: CJKAnalyzer terms OR-ed over title and body, top 10 with stored fields. */
  @Benchmark
  public int bigramLucene(BigramLucene index) throws IOException {
    return index.top10(nextQuery());
  }

  /** Plain Lucene: StandardAnalyzer terms OR-ed over title and body, top 10 with stored fields. */
  @Benchmark
  public int plainLucene(PlainLucene index) throws IOException {
    return index.top10(nextQuery());
  }

  /** The embedded GovSite index, {@code embedded-<docs>}. */
  @State(Scope.Benchmark)
  public static class Embedded {
    SiteSearch search;

    @Setup(Level.Trial)
    public void open(SearchQueryBenchmark b) throws Exception {
      Path folder = root().resolve("embedded-" + b.docs);
      if (!complete(folder, EMBEDDED_FORMAT)) {
        build(folder, b.docs);
      }
      search = SiteSearch.builder().folder(folder).cacheSize(0).searchThreads(b.threads).build();
    }

    private static void build(Path folder, int docs) throws Exception {
      SearchCorpus corpus = new SearchCorpus();
      deleteTree(folder); // an index of another format: Lucene cannot change a field's options within one
      Files.createDirectories(folder);
      try (SiteSearch s = SiteSearch.builder().folder(folder).cacheSize(0).build()) {
        parallel(docs, i -> s.index(corpus.document(i)));
        s.commit();
      }
      // The live index is the folder its pointer names once a rebuild switched one in, else the folder itself.
      Path pointer = folder.resolve("govsite-current");
      Path live = Files.exists(pointer) ? folder.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()) : folder;
      try (IndexWriter w = new IndexWriter(FSDirectory.open(live), new IndexWriterConfig())) {
        w.forceMerge(MERGED_SEGMENTS);
      }
      Files.writeString(folder.resolve(COMPLETE), EMBEDDED_FORMAT + " " + docs);
    }

    @TearDown(Level.Trial)
    public void close() {
      search.close();
    }
  }

  /** The OpenSearch index, alias {@code govsite-bench-v3-<docs>} on the node at {@code govsite.opensearch.url}. */
  @State(Scope.Benchmark)
  public static class OpenSearch {
    SiteSearch search;
    OpenSearchConnection connection;

    @Setup(Level.Trial)
    public void open(SearchQueryBenchmark b) {
      connection = connect();
      // The format in the name: an index of GovSite's earlier fields (word pinyin) is not reused.
      OpenSearchBackend backend = OpenSearchBackend.builder().connection(connection)
          .indexName("govsite-bench-" + EMBEDDED_FORMAT + "-" + b.docs).build();
      search = SiteSearch.builder().backend(backend).cacheSize(0).build();
      if (search.size() != b.docs) {
        SearchCorpus corpus = new SearchCorpus();
        search.rebuild(IntStream.range(0, b.docs).mapToObj(corpus::document));
      }
    }

    static OpenSearchConnection connect() {
      return OpenSearchConnection.builder(URI.create(System.getProperty("govsite.opensearch.url", "http://127.0.0.1:9201"))).connect();
    }

    @TearDown(Level.Trial)
    public void close() {
      search.close();
      connection.close();
    }
  }

  /** A raw Lucene index of title, body and id, built with one analyzer. */
  @SuppressWarnings("NullAway.Init") // set by the subclasses' @Setup, before any benchmark runs
  abstract static class RawLucene {
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private Analyzer analyzer;

    void open(Path folder, Analyzer analyzer, int docs) throws Exception {
      this.analyzer = analyzer;
      if (!complete(folder, null)) {
        SearchCorpus corpus = new SearchCorpus();
        Files.createDirectories(folder);
        try (IndexWriter w = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128))) {
          parallel(docs, i -> {
            try {
              w.addDocument(SearchIndexingBenchmark.plainDocument(corpus.document(i)));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
          w.forceMerge(MERGED_SEGMENTS);
          w.commit();
        }
        Files.writeString(folder.resolve(COMPLETE), String.valueOf(docs));
      }
      reader = DirectoryReader.open(FSDirectory.open(folder));
      searcher = new IndexSearcher(reader);
    }

    /** The query's terms OR-ed over title and body; the top 10 with their stored titles. */
    int top10(String q) throws IOException {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      try (TokenStream ts = analyzer.tokenStream("body", q)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          b.add(new TermQuery(new Term("body", term.toString())), BooleanClause.Occur.SHOULD);
          b.add(new TermQuery(new Term("title", term.toString())), BooleanClause.Occur.SHOULD);
        }
        ts.end();
      }
      TopDocs top = searcher.search(b.build(), 10);
      int n = 0;
      for (ScoreDoc sd : top.scoreDocs) {
        n += searcher.storedFields().document(sd.doc).get("title").length();
      }
      return n;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      reader.close();
    }
  }

  /** Raw Lucene with CJKAnalyzer (bigrams), {@code bigram-<docs>}. */
  @State(Scope.Benchmark)
  public static class BigramLucene extends RawLucene {
    @Setup(Level.Trial)
    public void open(SearchQueryBenchmark b) throws Exception {
      open(root().resolve("bigram-" + b.docs), new CJKAnalyzer(), b.docs);
    }
  }

  /** Raw Lucene with StandardAnalyzer (single characters), {@code plain-<docs>}. */
  @State(Scope.Benchmark)
  public static class PlainLucene extends RawLucene {
    @Setup(Level.Trial)
    public void open(SearchQueryBenchmark b) throws Exception {
      open(root().resolve("plain-" + b.docs), new StandardAnalyzer(), b.docs);
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (var files = Files.walk(folder)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Whether a folder holds a complete build (of the given format, when one is given). */
  static boolean complete(Path folder, @Nullable String format) throws IOException {
    Path marker = folder.resolve(COMPLETE);
    return Files.exists(marker) && (format == null || Files.readString(marker).startsWith(format + " "));
  }

  /** Runs {@code index} for 0 … docs-1 on every core. */
  static void parallel(int docs, IntConsumer index) throws Exception {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < docs; i += threads) {
            index.accept(i);
          }
          return null;
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
