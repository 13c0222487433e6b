package org.govsite.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.govsite.search.SearchDocument;
import org.govsite.search.SiteSearch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing throughput in documents per second (~2 KB of Chinese each, committed every batch of
 * 1,000), on one thread, the systems of {@link SearchQueryBenchmark} side by side (issue 16):
 * GovSite's embedded index (bigrams, the body's characters counted, title pinyin, 发文字号 keys,
 * six facets, stored fields), raw Lucene with CJKAnalyzer (bigrams) and with StandardAnalyzer on
 * title and body, and GovSite's OpenSearch backend (the same fields, computed on the client, sent
 * in bulk; the node at {@code -Dgovsite.opensearch.url}, default {@code http://127.0.0.1:9201},
 * indexes on its own threads).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SearchIndexingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SearchIndexingBenchmark {
  static final int BATCH = 1_000;

  private SearchCorpus corpus;
  private SearchDocument[] batch;
  private Path dir;
  private SiteSearch govsite;
  private IndexWriter plain;
  private IndexWriter bigram;
  private int round;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = new SearchCorpus();
    dir = Files.createTempDirectory("govsite-indexing-bench");
    govsite = SiteSearch.builder().folder(dir.resolve("govsite")).cacheSize(0).build();
    plain = new IndexWriter(FSDirectory.open(dir.resolve("plain")), new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64));
    bigram = new IndexWriter(FSDirectory.open(dir.resolve("bigram")), new IndexWriterConfig(new CJKAnalyzer()).setRAMBufferSizeMB(64));
  }

  @Setup(Level.Invocation)
  public void nextBatch() {
    batch = new SearchDocument[BATCH];
    for (int i = 0; i < BATCH; i++) {
      batch[i] = corpus.document(round * BATCH + i);
    }
    round++;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    govsite.close();
    plain.close();
    bigram.close();
    SearchQueryBenchmark.deleteTree(dir);
  }

  /** GovSite: every field the search features need. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void govsite() {
    for (SearchDocument d : batch) {
      govsite.index(d);
    }
    govsite.commit();
  }

  /** Plain Lucene: title and body through StandardAnalyzer (CJK unigrams). */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void plainLucene() throws IOException {
    for (SearchDocument d : batch) {
      plain.updateDocument(new Term("id", d.id()), plainDocument(d));
    }
    plain.commit();
  }

  /** Raw Lucene with CJK bigrams: title and body through Lucene's CJKAnalyzer, stored as plain Lucene stores them. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void bigramLucene() throws IOException {
    for (SearchDocument d : batch) {
      bigram.updateDocument(new Term("id", d.id()), plainDocument(d));
    }
    bigram.commit();
  }

  /** GovSite's OpenSearch backend: the same documents upserted, each batch sent in bulk and refreshed on commit. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void opensearch(OpenSearch node) {
    for (SearchDocument d : batch) {
      node.search.index(d);
    }
    node.search.commit();
  }

  /** An empty index {@code govsite-indexing-bench} on the node, for {@link #opensearch}. */
  @State(Scope.Benchmark)
  public static class OpenSearch {
    SiteSearch search;
    org.govsite.search.opensearch.OpenSearchConnection connection;

    @Setup(Level.Trial)
    public void open() {
      connection = SearchQueryBenchmark.OpenSearch.connect();
      search = SiteSearch.builder().backend(org.govsite.search.opensearch.OpenSearchBackend.builder().connection(connection)
          .indexName("govsite-indexing-bench").build()).cacheSize(0).build();
      search.rebuild(java.util.stream.Stream.empty());
    }

    @TearDown(Level.Trial)
    public void close() {
      search.close();
      connection.close();
    }
  }

  static Document plainDocument(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField("id", d.id(), Field.Store.YES));
    doc.add(new TextField("title", d.title(), Field.Store.YES));
    doc.add(new TextField("body", d.body(), Field.Store.YES));
    return doc;
  }
}
