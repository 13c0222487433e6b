package org.govsite.benchmarks;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.govsite.search.SearchRequest;
import org.govsite.search.SearchResults;
import org.govsite.search.SiteSearch;
import org.govsite.search.opensearch.OpenSearchBackend;
import org.govsite.search.opensearch.OpenSearchConnection;
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
 * Query latency (p50/p99 from JMH's sample mode) of the same {@link SiteSearch} — synonyms, pinyin,
 * 发文字号, typo correction, facets, highlights; result cache off — on its two backends, over the
 * same documents ({@link SearchCorpus}) and the same keyword and question mixes as {@link
 * SearchQueryBenchmark}: the embedded Lucene index, and an index on an OpenSearch node reached
 * over HTTP.
 *
 * <p>It needs a running node: start one with the command in docs/search-opensearch.md and pass its
 * URL with {@code -jvmArgsAppend -Dgovsite.opensearch.url=URL} (default {@code
 * http://127.0.0.1:9201}). Both indexes are built once ({@code docs} documents, default 10,000,
 * a few minutes from a fresh clone) and reused by later runs: the embedded one under {@code
 * benchmarks/target/search-bench/embedded-<docs>}, the OpenSearch one as the alias {@code
 * govsite-bench-<docs>}. Run: {@code java -jar benchmarks/target/benchmarks.jar OpenSearchQueryBenchmark
 * -p docs=10000}; at 1,000,000 documents give the node {@code -Xmx4g} and allow about an hour for
 * the first build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class OpenSearchQueryBenchmark {
  @Param({"10000"})
  public int docs;

  /** The query mix: {@code keywords} or {@code questions}, as in {@link SearchQueryBenchmark}. */
  @Param({"keywords", "questions"})
  public String mix;

  private SiteSearch embedded;
  private SiteSearch opensearch;
  private OpenSearchConnection connection;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path root = Path.of(System.getProperty("govsite.benchIndex", "benchmarks/target/search-bench"));
    Path folder = root.resolve("embedded-" + docs);
    SearchCorpus corpus = new SearchCorpus();
    if (!Files.exists(folder.resolve("complete"))) {
      Files.createDirectories(folder);
      try (SiteSearch s = SiteSearch.builder().folder(folder).cacheSize(0).build()) {
        s.rebuild(IntStream.range(0, docs).mapToObj(corpus::document));
      }
      Files.writeString(folder.resolve("complete"), String.valueOf(docs));
    }
    embedded = SiteSearch.builder().folder(folder).readOnly().cacheSize(0).build();

    connection = OpenSearchConnection.builder(URI.create(System.getProperty("govsite.opensearch.url", "http://127.0.0.1:9201"))).connect();
    OpenSearchBackend backend = OpenSearchBackend.builder().connection(connection).indexName("govsite-bench-" + docs).build();
    opensearch = SiteSearch.builder().backend(backend).cacheSize(0).build();
    if (opensearch.size() != docs) {
      opensearch.rebuild(IntStream.range(0, docs).mapToObj(corpus::document));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    embedded.close();
    opensearch.close();
    connection.close();
  }

  private String nextQuery() {
    String[] queries = mix.equals("questions") ? SearchQueryBenchmark.QUESTIONS : SearchQueryBenchmark.QUERIES;
    next = (next + 1) % queries.length;
    return queries[next];
  }

  /** The embedded Lucene backend: one page of 10 with everything GovSite does around it. */
  @Benchmark
  public SearchResults embedded() {
    return embedded.search(SearchRequest.builder(nextQuery()).limit(10).build());
  }

  /** The OpenSearch backend: the same search, answered by the node over HTTP. */
  @Benchmark
  public SearchResults opensearch() {
    return opensearch.search(SearchRequest.builder(nextQuery()).limit(10).build());
  }
}
