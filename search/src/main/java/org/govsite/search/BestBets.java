package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;
import org.govsite.core.text.TextNormalizer;

/**
 * Best bets (置顶): chosen documents pinned to the top of the first page for chosen queries.
 *
 * <p>JSON form: {@code {"社保": ["doc-1", "doc-2"], "信息公开指南": ["guide"]}}; queries match
 * after folding (case, width, traditional characters) and trimming.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BestBets {
  private static final BestBets NONE = new BestBets(Map.of());

  private final Map<String, List<String>> pins;

  private BestBets(Map<String, List<String>> pins) {
    this.pins = pins;
  }

  /** Returns an empty set of best bets. */
  public static BestBets none() {
    return NONE;
  }

  /** Returns a copy that pins the given document ids, in order, for a query. */
  public BestBets pin(String query, String... ids) {
    Checks.notNull(query, "query");
    Checks.argument(!query.isBlank(), "query", "不能为空", "must not be blank");
    Map<String, List<String>> copy = new LinkedHashMap<>(pins);
    copy.put(key(query), List.of(ids));
    return new BestBets(Map.copyOf(copy));
  }

  /** Loads best bets from a JSON object of query → array of ids. */
  public static BestBets load(Path file) {
    JsonNode root = DataFiles.read(file, DataFiles::readJson);
    if (root == null || !root.isObject()) {
      throw new DataFormatException(file.toString(), 1, "(root)", "应为对象 / expected an object of query → [ids]");
    }
    BestBets bets = none();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isArray()) {
        throw new DataFormatException(file.toString(), 0, e.getKey(), "应为 id 数组 / expected an array of ids");
      }
      List<String> ids = new ArrayList<>();
      e.getValue().forEach(n -> ids.add(n.asText()));
      bets = bets.pin(e.getKey(), ids.toArray(String[]::new));
    }
    return bets;
  }

  /** Returns the ids pinned for a query (empty when none). */
  public List<String> pinned(String query) {
    return pins.getOrDefault(key(query), List.of());
  }

  private static String key(String query) {
    return TextNormalizer.standard().fold(query.strip());
  }
}
