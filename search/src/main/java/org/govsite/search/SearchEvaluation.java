package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;

/**
 * Measures search quality (检索效果评测) on labelled queries: recall@1, recall@k, MRR@k and the
 * share of queries with no result, the figures of docs/search.md and of {@code govsite search eval}.
 *
 * <p>Recall of one query is the share of its gold documents in the top k, capped at what k
 * results can hold (found ÷ min(k, gold)); MRR@k is the mean of 1 ÷ the rank of the first gold
 * document in the top k (0 when none is).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SearchEvaluation {
  private SearchEvaluation() {}

  /**
   * A labelled query (标注查询): what a resident asks and the ids of the documents that answer it.
   *
   * @param qid the query's id
   * @param query the text
   * @param gold the ids of the documents that answer it (at least one)
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record LabelledQuery(String qid, String query, List<String> gold) {
    /** Validates and copies. */
    public LabelledQuery {
      Checks.notNull(qid, "qid");
      Checks.notNull(query, "query");
      gold = List.copyOf(Checks.notNull(gold, "gold"));
    }
  }

  /**
   * The top hits of one query (排序结果).
   *
   * @param qid the query's id
   * @param hits the ids of the top k hits, best first
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Ranking(String qid, List<String> hits) {
    /** Validates and copies. */
    public Ranking {
      Checks.notNull(qid, "qid");
      hits = List.copyOf(Checks.notNull(hits, "hits"));
    }
  }

  /**
   * The figures of one evaluation (评测结果).
   *
   * @param k the cut-off
   * @param recallAt1 mean recall of the first hit
   * @param recallAtK mean recall of the top k
   * @param mrrAtK mean reciprocal rank of the first gold document in the top k
   * @param noResultRate share of queries with no hit at all
   * @param queries each query's top hits, in the order of the input
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Report(int k, double recallAt1, double recallAtK, double mrrAtK, double noResultRate, List<Ranking> queries) {
    /** Validates and copies. */
    public Report {
      queries = List.copyOf(Checks.notNull(queries, "queries"));
    }
  }

  /**
   * Reads labelled queries from a JSON Lines file, one {@code {"qid", "query", "gold": [ids]}}
   * object a line (blank lines skipped).
   *
   * @throws DataFormatException naming the file, the line and the field at fault
   */
  public static List<LabelledQuery> read(Path file) {
    return DataFiles.read(Checks.notNull(file, "file"), (source, in) -> {
      List<LabelledQuery> out = new ArrayList<>();
      Set<String> qids = new HashSet<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (!line.isBlank()) {
            LabelledQuery q = parse(source, n, line);
            if (!qids.add(q.qid())) {
              throw new DataFormatException(source, n, "qid", "编号重复 / duplicate qid: " + q.qid());
            }
            out.add(q);
          }
        }
      }
      if (out.isEmpty()) {
        throw new DataFormatException(source, 0, "query", "文件中没有查询 / the file holds no query");
      }
      return out;
    });
  }

  private static LabelledQuery parse(String source, int line, String text) {
    JsonNode node;
    try {
      node = GovSiteJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new DataFormatException(source, line, "", "不是 JSON 对象 / not a JSON object: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new DataFormatException(source, line, "", "不是 JSON 对象 / not a JSON object");
    }
    String qid = string(source, line, node, "qid");
    String query = string(source, line, node, "query");
    JsonNode gold = node.get("gold");
    if (gold == null || !gold.isArray() || gold.isEmpty()) {
      throw new DataFormatException(source, line, "gold", "须为非空的文档编号数组 / must be a non-empty array of document ids");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode id : gold) {
      if (!id.isTextual() || id.asText().isBlank()) {
        throw new DataFormatException(source, line, "gold", "文档编号须为非空字符串 / every id must be a non-empty string");
      }
      ids.add(id.asText());
    }
    return new LabelledQuery(qid, query, List.copyOf(ids));
  }

  private static String string(String source, int line, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new DataFormatException(source, line, field, "缺少或不是非空字符串 / missing or not a non-empty string");
    }
    return v.asText();
  }

  /** Runs every query on a site search (top k by relevance, no filters) and measures. */
  public static Report evaluate(SiteSearch search, List<LabelledQuery> queries, int k) {
    Checks.notNull(search, "search");
    checkK(k);
    return evaluate(queries, k, q -> search.search(SearchRequest.builder(q).limit(k).build()).hits().stream().map(SearchHit::id).toList());
  }

  /** Measures any ranker (a baseline, another engine) that returns the ids of its top hits for a query. */
  public static Report evaluate(List<LabelledQuery> queries, int k, Function<String, List<String>> ranker) {
    Checks.notNull(queries, "queries");
    Checks.notNull(ranker, "ranker");
    checkK(k);
    Checks.argument(!queries.isEmpty(), "queries", "不能为空", "must not be empty");
    double r1 = 0;
    double rk = 0;
    double mrr = 0;
    int empty = 0;
    List<Ranking> rankings = new ArrayList<>();
    for (LabelledQuery q : queries) {
      List<String> all = ranker.apply(q.query());
      List<String> hits = List.copyOf(all.subList(0, Math.min(k, all.size())));
      Set<String> gold = new HashSet<>(q.gold());
      int found = 0;
      double rr = 0;
      for (int i = 0; i < hits.size(); i++) {
        if (gold.contains(hits.get(i))) {
          found++;
          if (rr == 0) {
            rr = 1.0 / (i + 1);
          }
        }
      }
      r1 += !hits.isEmpty() && gold.contains(hits.get(0)) ? 1 : 0;
      rk += (double) found / Math.min(k, gold.size());
      mrr += rr;
      empty += hits.isEmpty() ? 1 : 0;
      rankings.add(new Ranking(q.qid(), hits));
    }
    int n = queries.size();
    return new Report(k, r1 / n, rk / n, mrr / n, (double) empty / n, rankings);
  }

  private static void checkK(int k) {
    Checks.argument(k >= 1 && k <= SearchRequest.MAX_LIMIT, "k", "超出范围", "must be between 1 and " + SearchRequest.MAX_LIMIT + ": " + k);
  }
}
