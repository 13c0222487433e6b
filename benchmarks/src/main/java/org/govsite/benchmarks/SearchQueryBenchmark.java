package org.govsite.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
 * Query latency (p50/p99 from JMH's sample mode) over a fixed query mix at {@code docs}
 * documents: GovSite's full query (synonyms, pinyin, 发文字号, facets, highlights; result cache
 * off) beside plain Lucene with StandardAnalyzer answering the top 10 on the same documents.
 *
 * <p>The two indexes are built once under {@code benchmarks/target/search-bench/} and reused by
 * later runs (1,000,000 documents take a few minutes per index); {@code -jvmArgsAppend
 * "-Xmx4g -Dgovsite.benchIndex=DIR"} points the fork at indexes built elsewhere (it opens them
 * for writing and commits nothing: give it a hard-linked copy, {@code cp -al}). Run:
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

  @Param({"1000000"})
  public int docs;

  /** Threads searching segments in parallel (SiteSearch.Builder.searchThreads). */
  @Param({"1"})
  public int threads;

  /** The query mix: {@code keywords} ({@link #QUERIES}) or {@code questions} ({@link #QUESTIONS}). */
  @Param({"keywords", "questions"})
  public String mix;

  private SiteSearch govsite;
  private DirectoryReader plainReader;
  private IndexSearcher plain;
  private final Analyzer standard = new StandardAnalyzer();
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path root = Path.of(System.getProperty("govsite.benchIndex", "benchmarks/target/search-bench"));
    Path ours = root.resolve("govsite-" + docs);
    Path theirs = root.resolve("plain-" + docs);
    if (!Files.exists(ours.resolve("complete")) || !Files.exists(theirs.resolve("complete"))) {
      build(ours, theirs);
    }
    govsite = SiteSearch.builder().folder(ours).cacheSize(0).searchThreads(threads).build();
    plainReader = DirectoryReader.open(FSDirectory.open(theirs));
    plain = new IndexSearcher(plainReader);
  }

  private void build(Path ours, Path theirs) throws Exception {
    SearchCorpus corpus = new SearchCorpus();
    Files.createDirectories(ours);
    Files.createDirectories(theirs);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    try (SiteSearch s = SiteSearch.builder().folder(ours).cacheSize(0).build();
        IndexWriter w = new IndexWriter(FSDirectory.open(theirs), new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(128))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < docs; i += threads) {
            var d = corpus.document(i);
            s.index(d);
            w.addDocument(SearchIndexingBenchmark.plainDocument(d));
          }
          return null;
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      pool.shutdown();
      s.commit();
      w.forceMerge(MERGED_SEGMENTS);
      w.commit();
    }
    // Both indexes end with the same number of segments, so neither pays for more of them.
    try (IndexWriter w = new IndexWriter(FSDirectory.open(ours), new IndexWriterConfig())) {
      w.forceMerge(MERGED_SEGMENTS);
    }
    Files.writeString(ours.resolve("complete"), String.valueOf(docs));
    Files.writeString(theirs.resolve("complete"), String.valueOf(docs));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    govsite.close();
    plainReader.close();
  }

  private String nextQuery() {
    String[] queries = mix.equals("questions") ? QUESTIONS : QUERIES;
    next = (next + 1) % queries.length;
    return queries[next];
  }

  /** GovSite: one page of 10 with facets, highlights, synonyms, pinyin, 发文字号 and typo handling. */
  @Benchmark
  public SearchResults govsite() {
    return govsite.search(SearchRequest.builder(nextQuery()).limit(10).build());
  }

  /** Plain Lucene: StandardAnalyzer terms OR-ed over title and body, top 10 with stored fields. */
  @Benchmark
  public int plainLucene() throws IOException {
    String q = nextQuery();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    try (TokenStream ts = standard.tokenStream("body", q)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        b.add(new TermQuery(new Term("body", term.toString())), BooleanClause.Occur.SHOULD);
        b.add(new TermQuery(new Term("title", term.toString())), BooleanClause.Occur.SHOULD);
      }
      ts.end();
    }
    TopDocs top = plain.search(b.build(), 10);
    int n = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      n += plain.storedFields().document(sd.doc).get("title").length();
    }
    return n;
  }
}
