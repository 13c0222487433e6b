package org.govsite.core.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Renders a {@link FreshnessReport} as JSON: the cluster's {@code verdict}, {@code totals}, every
 * veto item and every column of every site (each tagged with its {@code site}), and per site a
 * summary. The shape is the same for one site or many, so tools read one format.
 */
final class FreshnessJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FreshnessJson() {}

  /** Returns the report as an object tree. */
  public static ObjectNode tree(FreshnessReport r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("at", r.at().toString());
    o.put("policy", r.policyName());
    o.put("verdict", r.passed() ? "pass" : "fail");
    o.set("totals", totals(r.totals()));
    ArrayNode vetoes = o.putArray("vetoes");
    ArrayNode columns = o.putArray("columns");
    ArrayNode sites = o.putArray("sites");
    for (SiteFreshnessVerdict v : r.sites()) {
      String site = v.site().code().value();
      for (FreshnessVeto veto : v.vetoes()) {
        ObjectNode x = vetoes.addObject();
        x.put("site", site);
        x.put("code", veto.code().name());
        x.put("name", veto.code().chinese());
        x.put("count", veto.count());
        x.put("threshold", veto.threshold());
        ArrayNode ids = x.putArray("columns");
        veto.columns().forEach(ids::add);
        x.put("failed", veto.failed());
      }
      for (ColumnFreshness c : v.columns()) {
        columns.add(column(site, c, v.at()));
      }
      sites.add(site(v));
    }
    return o;
  }

  /** Returns the report as indented JSON text. */
  public static String write(FreshnessReport r) {
    try {
      return JSON.writeValueAsString(tree(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the freshness report as JSON", e);
    }
  }

  private static ObjectNode totals(FreshnessTotals t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("sites", t.sites());
    o.put("passed", t.passed());
    o.put("failed", t.failed());
    o.put("columns", t.columns());
    ObjectNode s = o.putObject("byStatus");
    for (FreshnessStatus st : FreshnessStatus.values()) {
      s.put(st.jsonName(), t.byStatus().get(st));
    }
    ObjectNode f = o.putObject("failuresByVeto");
    for (FreshnessVetoCode c : FreshnessVetoCode.values()) {
      f.put(c.name(), t.failuresByVeto().get(c));
    }
    return o;
  }

  private static ObjectNode site(SiteFreshnessVerdict v) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", v.site().code().value());
    o.put("name", v.site().name());
    v.site().homePage().ifPresent(h -> o.put("homePage", h));
    o.put("policy", v.policyName());
    o.put("verdict", v.verdict());
    o.put("risk", Math.round(v.risk() * 1000) / 1000.0);
    HomePageFreshness h = v.homePage();
    ObjectNode home = o.putObject("homepage");
    home.put("status", h.status().jsonName());
    put(home, "lastUpdated", h.lastUpdated());
    h.limit().ifPresent(l -> home.put("limit", l.toString()));
    put(home, "staleAfter", h.staleAfter());
    ObjectNode counts = o.putObject("counts");
    for (FreshnessStatus st : FreshnessStatus.values()) {
      counts.put(st.jsonName(), v.count(st));
    }
    ArrayNode failed = o.putArray("failed");
    v.failedVetoes().forEach(x -> failed.add(x.code().name()));
    return o;
  }

  private static ObjectNode column(String site, ColumnFreshness c, LocalDateTime at) {
    ObjectNode o = JSON.createObjectNode();
    o.put("site", site);
    o.put("id", c.column().id());
    o.put("name", c.column().name());
    o.put("kind", c.column().kind().jsonName());
    o.put("level", c.column().level());
    c.column().parentId().ifPresentOrElse(p -> o.put("parent", p), () -> o.putNull("parent"));
    o.put("status", c.status().jsonName());
    put(o, "lastPublished", c.lastPublished());
    o.put("itemCount", c.itemCount());
    c.daysSinceLast(at).ifPresent(d -> o.put("daysSinceLast", d));
    c.limit().ifPresent(l -> o.put("limit", l.toString()));
    put(o, "staleAfter", c.staleAfter());
    o.put("provisional", c.provisional());
    c.countedAs().ifPresent(x -> o.put("countedAs", x.name()));
    if (!c.history().isEmpty()) {
      ArrayNode h = o.putArray("history");
      for (FreshnessSnapshot s : c.history()) {
        ObjectNode x = h.addObject();
        x.put("at", s.at().toString());
        x.put("status", s.status().jsonName());
        s.daysSinceLast().ifPresent(d -> x.put("daysSinceLast", d));
      }
    }
    return o;
  }

  private static void put(ObjectNode o, String field, Optional<LocalDateTime> t) {
    t.ifPresentOrElse(x -> o.put(field, x.toString()), () -> o.putNull(field));
  }
}
