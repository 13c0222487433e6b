package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.json.GovSiteJson;
import org.govsite.search.ContentKind;
import org.govsite.search.DocumentFiles;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchRequest;
import org.govsite.search.SearchEvaluation;
import org.govsite.search.SearchResults;
import org.govsite.search.SiteSearch;
import org.govsite.search.opensearch.OpenSearchBackend;
import org.govsite.search.opensearch.OpenSearchConnection;
import org.govsite.search.render.SearchResultsRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govsite search}: build and query a site-search index (站内搜索). */
@API(status = INTERNAL, since = "0.1")
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Site search (站内搜索): index files, run queries, measure relevance.",
    subcommands = {SearchCommand.Index.class, SearchCommand.Query.class, SearchCommand.Eval.class})
public final class SearchCommand extends CommandGroup {

  /** {@code govsite search index <dir-or-files>... --index <path>}. */
  @Command(name = "index", mixinStandardHelpOptions = true,
      description = {"Indexes .txt (id = file name, title = first line), .html/.htm and .json files (one document or an array:",
          "{id, kind, title, body, url, column, organ, topic, date, documentNumber, extra}); folders are walked."})
  static final class Index implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "<dir-or-files>", description = "Files or folders to index.") List<Path> paths;
    @Mixin Backend backend = new Backend();

    @Option(names = "--max-document-bytes", paramLabel = "N",
        description = "Skip, with a warning, a file larger than N bytes (default 16777216, DocumentFiles.DEFAULT_MAX_DOCUMENT_BYTES).")
    long maxDocumentBytes = DocumentFiles.DEFAULT_MAX_DOCUMENT_BYTES;

    @Override
    public Integer call() {
      if (maxDocumentBytes < 1) {
        throw new InvalidInputException("--max-document-bytes", "须为正数 / must be positive: " + maxDocumentBytes);
      }
      PrintWriter err = spec.commandLine().getErr();
      long[] count = {0};
      try (Backend.Opened opened = backend.open(false); SiteSearch search = opened.search()) {
        for (Path p : paths) {
          DocumentFiles.read(p, maxDocumentBytes, (file, size, max) -> err.println("跳过 " + file + "：超过索引上限 " + max
              + " 字节 / skipped " + file + ": larger than the indexing limit of " + max + " bytes (--max-document-bytes)"),
              d -> {
                search.index(d);
                count[0]++;
              });
        }
        err.flush();
        search.commit();
        spec.commandLine().getOut().println("indexed " + count[0] + " documents into " + backend.where() + " (" + search.size() + " in all)");
      }
      return 0;
    }
  }

  /** {@code govsite search query "<q>" --index <path> …}. */
  @Command(name = "query", mixinStandardHelpOptions = true,
      description = {"Runs a query. JSON fields: total, totalIsExact, hits[] {id, kind, title, url, date, documentNumber, score, highlight, pinned},",
          "suggestion and suggestionApplied (when a typo correction was applied or proposed), expandedWith, facets {kind, column, organ, topic, year}."})
  static final class Query implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "<q>", description = "The query, as a resident types it.") String q;
    @Mixin Backend backend = new Backend();
    @Option(names = "--kind", paramLabel = "K", description = "Only this kind: disclosure, article, letter, service, other (repeatable).") List<String> kinds = new ArrayList<>();
    @Option(names = "--sort", paramLabel = "relevance|date", description = "Order (default: relevance).") String sort = "relevance";
    @Option(names = "--limit", paramLabel = "N", description = "How many hits (1–100, default 10).") int limit = 10;
    @Option(names = "--json", description = "Print a JSON object.") boolean json;

    @Override
    public Integer call() {
      SearchRequest.Builder b = SearchRequest.builder(q).limit(limit);
      kinds.forEach(k -> b.kind(ContentKind.ofCode(k, "--kind")));
      b.sort(SearchRequest.Sort.parse(sort, "--sort"));
      SearchRequest request = b.build();
      // Read-only: a folder with no index or a damaged one is exit 2 naming it, and a portal may
      // hold the index's write lock meanwhile.
      try (Backend.Opened opened = backend.open(true); SiteSearch search = opened.search()) {
        SearchResults r = search.search(request);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(SearchResultsRenderer.json(r));
          return 0;
        }
        r.correction().ifPresent(c -> out.println(c.applied()
            ? "已显示“" + c.corrected() + "”的结果 (showing results for '" + c.corrected() + "')"
            : "您是不是要找：" + c.corrected() + " (did you mean '" + c.corrected() + "'?)"));
        out.println((r.totalIsExact() ? "" : "about ") + r.total() + " results");
        int rank = 1;
        for (SearchHit h : r.hits()) {
          out.printf("%2d. %-24s %8.3f  %s%n", rank++, h.id(), h.score(), h.title());
        }
      }
      return 0;
    }
  }

  /** {@code govsite search eval --index <path> --queries <file> [--k 10] [--json]}. */
  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = {"Measures search quality on labelled queries (检索效果评测): FILE has one JSON object a line,",
          "{\"qid\", \"query\", \"gold\": [document ids]}. Prints recall@1, recall@k, MRR@k and the no-result rate;",
          "--json: {k, recallAt1, recallAtK, mrrAtK, noResultRate, queries: [{qid, hits: [top-k ids in order]}]}."})
  static final class Eval implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Backend backend = new Backend();
    @Option(names = "--queries", required = true, paramLabel = "<file>", description = "The labelled queries, JSON Lines.") Path queries;
    @Option(names = "--k", paramLabel = "N", description = "The cut-off (1–100, default 10).") int k = 10;
    @Option(names = "--json", description = "Print a JSON object with every query's top hits.") boolean json;

    @Override
    public Integer call() {
      if (k < 1 || k > SearchRequest.MAX_LIMIT) {
        throw new InvalidInputException("--k", "超出范围 / must be between 1 and " + SearchRequest.MAX_LIMIT + ": " + k);
      }
      List<SearchEvaluation.LabelledQuery> labelled = SearchEvaluation.read(queries);
      // One process, one read-only searcher for every query; no result cache, so each is measured.
      try (Backend.Opened opened = backend.open(true); SiteSearch search = opened.search(0)) {
        SearchEvaluation.Report r = SearchEvaluation.evaluate(search, labelled, k);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(GovSiteJson.write(r));
          return 0;
        }
        out.printf(Locale.ROOT, "queries      %d%n", labelled.size());
        out.printf(Locale.ROOT, "recall@1     %.3f%n", r.recallAt1());
        out.printf(Locale.ROOT, "recall@%-5d %.3f%n", k, r.recallAtK());
        out.printf(Locale.ROOT, "MRR@%-8d %.3f%n", k, r.mrrAtK());
        out.printf(Locale.ROOT, "no result    %.1f%%%n", 100 * r.noResultRate());
      }
      return 0;
    }
  }

  /**
   * Where the index lives (检索后端): {@code --index <folder>} for the embedded index (the default),
   * or {@code --backend opensearch --url URL [--index-name NAME]} for an index on an OpenSearch node.
   */
  static final class Backend {
    @Spec(Spec.Target.MIXEE) CommandSpec spec;
    @Option(names = "--backend", paramLabel = "embedded|opensearch",
        description = "Where the index lives: embedded (a folder, --index; the default) or opensearch (a node, --url).") String kind = "embedded";
    @Option(names = "--index", paramLabel = "<path>",
        description = "The embedded index folder (created by index; read only for query and eval, where a folder with no index or a damaged one exits 2).")
    @Nullable Path index;
    @Option(names = "--url", paramLabel = "URL", description = "With --backend opensearch: the node, e.g. http://127.0.0.1:9201 (down or older than 2.0: exit 2).")
    @Nullable String url;
    @Option(names = "--index-name", paramLabel = "NAME",
        description = "With --backend opensearch: the index alias (default govsite; lower-case letters, digits, - and _).") String indexName = "govsite";

    /** An open search and what it needs closed after it. */
    record Opened(SiteSearch.Builder builder, @Nullable OpenSearchConnection connection) implements AutoCloseable {
      SiteSearch search() {
        return builder.build();
      }

      SiteSearch search(long cacheSize) {
        return builder.cacheSize(cacheSize).build();
      }

      @Override
      public void close() {
        if (connection != null) {
          connection.close();
        }
      }
    }

    String where() {
      return "opensearch".equals(kind) ? indexName + " on " + url : String.valueOf(index);
    }

    Opened open(boolean readOnly) {
      switch (kind) {
        case "embedded" -> {
          if (url != null) {
            throw new InvalidInputException("--url", "仅用于 --backend opensearch / only with --backend opensearch");
          }
          Path folder = index;
          if (folder == null) {
            throw new InvalidInputException("--index", "缺少索引目录 / the embedded backend needs --index <path>");
          }
          if (readOnly && !java.nio.file.Files.isDirectory(folder)) {
            throw new InvalidInputException("--index", "索引不存在 / no index at " + folder + " (run govsite search index first)");
          }
          SiteSearch.Builder b = SiteSearch.builder().folder(folder);
          return new Opened(readOnly ? b.readOnly() : b, null);
        }
        case "opensearch" -> {
          if (index != null) {
            throw new InvalidInputException("--index", "--index 是内嵌索引目录，OpenSearch 请用 --index-name / --index is the embedded"
                + " index folder; with --backend opensearch name the index with --index-name");
          }
          String address = url;
          if (address == null) {
            throw new InvalidInputException("--url", "缺少 OpenSearch 地址 / --backend opensearch needs --url, e.g. http://127.0.0.1:9201");
          }
          URI node;
          try {
            node = new URI(address);
          } catch (URISyntaxException e) {
            throw new InvalidInputException("--url", "不是有效地址 / not a URL: " + address);
          }
          OpenSearchConnection connection = OpenSearchConnection.builder(node).connect();
          try {
            OpenSearchBackend os = OpenSearchBackend.builder().connection(connection).indexName(indexName).build();
            return new Opened(SiteSearch.builder().backend(os), connection);
          } catch (RuntimeException e) {
            connection.close();
            throw e;
          }
        }
        default -> throw new InvalidInputException("--backend", "未知的检索后端 / unknown backend '" + kind + "': embedded or opensearch");
      }
    }
  }
}
