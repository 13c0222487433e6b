package org.govsite.search.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.search.FacetCount;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchResults;

/**
 * The JSON shape of results, shared by the JAX-RS resource and the CLI: {@code total}, {@code hits}
 * ({@code id}, {@code kind}, {@code title}, {@code url}, {@code date}, {@code documentNumber},
 * {@code score}, {@code highlight}, {@code pinned}), {@code suggestion} and
 * {@code suggestionApplied} when a correction exists, {@code expandedWith} and {@code facets}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ResultsJson {
  private ResultsJson() {}

  /** Returns results as plain maps and lists that any JSON mapper writes the same way. */
  public static Map<String, Object> of(SearchResults r) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("total", r.total());
    List<Object> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.id());
      m.put("kind", h.kind().code());
      m.put("title", h.title());
      h.url().ifPresent(u -> m.put("url", u));
      h.date().ifPresent(d -> m.put("date", d.toString()));
      h.documentNumber().ifPresent(n -> m.put("documentNumber", n));
      m.put("score", h.score());
      m.put("highlight", h.highlight());
      m.put("pinned", h.pinned());
      if (!h.extra().isEmpty()) {
        m.put("extra", h.extra());
      }
      hits.add(m);
    }
    o.put("hits", hits);
    r.correction().ifPresent(c -> {
      o.put("suggestion", c.corrected());
      o.put("suggestionApplied", c.applied());
    });
    o.put("expandedWith", r.expandedWith());
    Map<String, Object> facets = new LinkedHashMap<>();
    r.facets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      List<Object> values = new ArrayList<>();
      for (FacetCount f : e.getValue()) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", f.value());
        v.put("count", f.count());
        values.add(v);
      }
      facets.put(e.getKey(), values);
    });
    o.put("facets", facets);
    o.put("facetsEstimated", r.facetsEstimated());
    return o;
  }
}
