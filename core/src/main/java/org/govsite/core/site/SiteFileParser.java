package org.govsite.core.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.support.DataFiles;

/**
 * Reads the site file of {@code govsite freshness}: {@code site {name, id, homePage?}},
 * {@code homepage {lastUpdated}}, {@code columns[] {id, name, kind, level, parent, policy?,
 * items[] {title, published, url?, withdrawn?}}}. Every fault names the field path.
 */
final class SiteFileParser {
  private SiteFileParser() {}

  /** Parses one site file. */
  public static SiteFile parse(String source, InputStream in) {
    JsonNode root = DataFiles.readJson(source, in);
    JsonFields f = new JsonFields(source);
    if (root == null || !root.isObject()) {
      throw f.fault("", "应为 JSON 对象 / must be a JSON object {site, homepage, columns}");
    }
    f.onlyKnown(root, "", Set.of("site", "homepage", "columns"));
    JsonNode siteNode = Objects.requireNonNull(f.object(root, "site", "", true), "required, so object() throws when absent");
    f.onlyKnown(siteNode, "site", Set.of("name", "id", "homePage"));
    String name = f.text(siteNode, "name", "site", true).get();
    WebsiteCode code;
    Site.Builder b;
    try {
      code = WebsiteCode.parse(f.text(siteNode, "id", "site", true).get(), "id");
      b = Site.builder(name, code);
      Optional<String> home = f.text(siteNode, "homePage", "site", false);
      home.ifPresent(b::homePage);
    } catch (InvalidInputException e) {
      throw f.fault("site", e);
    }
    List<FreshnessEvent> events = new ArrayList<>();
    JsonNode homeNode = f.object(root, "homepage", "", false);
    if (homeNode != null) {
      f.onlyKnown(homeNode, "homepage", Set.of("lastUpdated"));
      f.time(homeNode, "lastUpdated", "homepage", false).ifPresent(t -> events.add(FreshnessEvent.homePageUpdated(code, checked(f, t, "homepage.lastUpdated"))));
    }
    JsonNode cols = root.get("columns");
    if (cols == null || !cols.isArray()) {
      throw f.fault("columns", "缺少栏目数组 / missing or not an array of columns");
    }
    Map<String, Integer> given = new HashMap<>();
    Map<String, String> parents = new HashMap<>();
    List<JsonNode> pending = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      JsonNode c = cols.get(i);
      String path = "columns[" + i + "]";
      if (!c.isObject()) {
        throw f.fault(path, "应为对象 / must be an object");
      }
      String id = f.text(c, "id", path, true).get();
      given.put(id, f.integer(c, "level", path).orElse(0));
      f.text(c, "parent", path, false).ifPresent(p -> parents.put(id, p));
      pending.add(c);
    }
    Map<String, Integer> levels = new HashMap<>();
    for (String id : given.keySet()) {
      levels.put(id, levelOf(id, given, parents));
    }
    for (int i = 0; i < pending.size(); i++) {
      JsonNode c = pending.get(i);
      String path = "columns[" + i + "]";
      Column column = column(f, c, path, levels);
      try {
        b.column(column);
      } catch (InvalidInputException e) {
        throw f.fault(path, e);
      }
      items(f, c, path, code, column.id(), events);
    }
    try {
      return new SiteFile(b.build(), List.copyOf(events));
    } catch (InvalidInputException e) {
      throw f.fault("columns", e);
    }
  }

  private static Column column(JsonFields f, JsonNode c, String path, Map<String, Integer> levels) {
    f.onlyKnown(c, path, Set.of("id", "name", "kind", "level", "parent", "policy", "items"));
    String id = f.text(c, "id", path, true).get();
    String name = f.text(c, "name", path, true).get();
    String kindText = f.text(c, "kind", path, true).get();
    Optional<String> parent = f.text(c, "parent", path, false);
    Optional<Integer> level = f.integer(c, "level", path);
    int lvl;
    if (level.isPresent()) {
      lvl = level.get();
    } else if (parent.isEmpty()) {
      lvl = 1;
    } else {
      Integer pl = levels.get(parent.get());
      if (pl == null) {
        throw f.fault(path + ".parent", "上级栏目不存在 / no column with id '" + parent.get() + "'");
      }
      lvl = pl + 1;
    }
    try {
      ColumnKind kind = ColumnKind.parse(kindText, "kind");
      Column col = new Column(id, name, lvl, kind, parent, Optional.empty());
      JsonNode policy = c.get("policy");
      if (policy != null && !policy.isNull()) {
        FreshnessRule base = FreshnessRule.noLimit();
        col = col.withRule(f.rule(policy, path + ".policy", base));
      }
      return col;
    } catch (DataFormatException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw f.fault(path, e);
    }
  }

  /**
   * Returns a column's level: the one given, else one below its parent's (given or worked out the
   * same way up the tree), else 1. A parent chain longer than the deepest level allowed (a cycle)
   * gives a level the column check then rejects.
   */
  private static int levelOf(String id, Map<String, Integer> given, Map<String, String> parents) {
    int below = 0;
    String at = id;
    while (below <= Column.MAX_LEVEL) {
      int g = given.getOrDefault(at, 0);
      if (g != 0) {
        return g + below;
      }
      String parent = parents.get(at);
      if (parent == null || !given.containsKey(parent)) {
        return 1 + below;
      }
      at = parent;
      below++;
    }
    return Column.MAX_LEVEL + 1;
  }

  private static void items(JsonFields f, JsonNode c, String path, WebsiteCode code, String columnId, List<FreshnessEvent> events) {
    JsonNode items = c.get("items");
    if (items == null || items.isNull()) {
      return;
    }
    if (!items.isArray()) {
      throw f.fault(path + ".items", "应为数组 / must be an array of items");
    }
    // Items with one url are one item (a later entry corrects its time), so each withdrawal is
    // checked against the item's final publication time and an item is withdrawn at most once.
    Map<String, LocalDateTime> publishedById = new HashMap<>();
    Map<String, String> withdrawnAt = new LinkedHashMap<>();
    Map<String, LocalDateTime> withdrawals = new HashMap<>();
    for (int j = 0; j < items.size(); j++) {
      JsonNode it = items.get(j);
      String ip = path + ".items[" + j + "]";
      if (!it.isObject()) {
        throw f.fault(ip, "应为对象 / must be an object {title, published}");
      }
      f.onlyKnown(it, ip, Set.of("title", "published", "url", "withdrawn"));
      String title = f.text(it, "title", ip, true).get();
      LocalDateTime published = checked(f, f.time(it, "published", ip, true).get(), ip + ".published");
      // Two items with the same title and time are one item sent twice; the url, when given, identifies it.
      String id = f.text(it, "url", ip, false).orElse(title + "\u0000" + published);
      events.add(FreshnessEvent.appear(code, columnId, id, title, published));
      publishedById.put(id, published);
      Optional<LocalDateTime> withdrawn = f.time(it, "withdrawn", ip, false);
      if (withdrawn.isPresent()) {
        if (withdrawnAt.containsKey(id)) {
          throw f.fault(ip + ".withdrawn", "同一信息（相同 url）重复撤下 / an item with this url is already withdrawn at "
              + withdrawnAt.get(id));
        }
        withdrawnAt.put(id, ip);
        withdrawals.put(id, checked(f, withdrawn.get(), ip + ".withdrawn"));
      }
    }
    for (Map.Entry<String, String> w : withdrawnAt.entrySet()) {
      String id = w.getKey();
      LocalDateTime withdrawnOn = Objects.requireNonNull(withdrawals.get(id), "put beside withdrawnAt");
      if (withdrawnOn.isBefore(publishedById.get(id))) {
        throw f.fault(w.getValue() + ".withdrawn", "撤下时间早于发布时间 / withdrawn before it was published");
      }
      events.add(FreshnessEvent.withdraw(code, columnId, id, withdrawnOn));
    }
  }

  private static LocalDateTime checked(JsonFields f, LocalDateTime t, String field) {
    if (t.toLocalDate().isBefore(WorkingDayCalendar.SUPPORTED_FROM) || t.toLocalDate().isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
      throw f.fault(field, "时间超出支持范围 / time outside " + WorkingDayCalendar.SUPPORTED_FROM + "–" + WorkingDayCalendar.SUPPORTED_TO + ": " + t);
    }
    return t;
  }
}
