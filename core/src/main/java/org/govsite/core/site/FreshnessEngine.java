package org.govsite.core.site;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govsite.core.ConflictException;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;

/**
 * The state behind {@link org.govsite.core.site.FreshnessTracker}: the sites and their column
 * histories. Callers synchronise; this class is not thread-safe.
 */
final class FreshnessEngine {
  private final Map<WebsiteCode, SiteState> sites = new LinkedHashMap<>();

  /** Adds a site with empty histories. */
  public void addSite(Site site) {
    if (sites.containsKey(site.code())) {
      throw new ConflictException(CoreErrorCode.FRESHNESS_DUPLICATE_SITE, "网站已存在 / a site with this code is already tracked: " + site.code());
    }
    sites.put(site.code(), new SiteState(site));
  }

  /** Returns the tracked sites in the order they were added. */
  public List<Site> sites() {
    List<Site> list = new ArrayList<>(sites.size());
    for (SiteState s : sites.values()) {
      list.add(s.site);
    }
    return list;
  }

  /** Applies one event, or throws naming the field at fault. */
  public void record(FreshnessEvent e) {
    SiteState s = sites.get(e.site());
    if (s == null) {
      throw new InvalidInputException("site", "未登记的网站 / unknown site: " + e.site());
    }
    long at = seconds(e.at());
    if (e.type() == FreshnessEvent.Type.HOME_PAGE_UPDATE) {
      s.home.appear(at, at);
      return;
    }
    ColumnHistory h = s.column(e.columnId());
    if (h == null) {
      throw new InvalidInputException("columnId", "网站 " + e.site() + " 没有此栏目 / unknown column of site " + e.site() + ": " + e.columnId());
    }
    long id = hash(e.itemId());
    ColumnHistory.Outcome o = switch (e.type()) {
      case APPEAR -> h.appear(id, at);
      case UPDATE -> h.update(id, at);
      case WITHDRAW -> h.withdraw(id, at);
      case HOME_PAGE_UPDATE -> throw new IllegalStateException("handled above");
    };
    switch (o) {
      case UNKNOWN_ITEM -> throw new InvalidInputException("itemId", "栏目中没有此条在线信息 / no published item with this id in column "
          + e.columnId() + ": " + e.itemId());
      case BEFORE_PUBLICATION -> throw new InvalidInputException("at", "撤下时间早于发布时间 / an item cannot be withdrawn before it is published: "
          + e.itemId() + " at " + e.at());
      case DONE -> { }
    }
  }

  /** Evaluates one site at {@code at}, with {@code historyWeeks} weekly snapshots per column. */
  public SiteFreshnessVerdict evaluate(WebsiteCode code, LocalDateTime at, FreshnessPolicy policy, int historyWeeks) {
    SiteState s = sites.get(code);
    if (s == null) {
      throw new InvalidInputException("site", "未登记的网站 / unknown site: " + code);
    }
    return SiteEvaluator.evaluate(s, at.truncatedTo(ChronoUnit.SECONDS), policy, historyWeeks);
  }

  /** Returns the whole seconds of a wall-clock time, the tracker's unit. */
  static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  /** Returns the wall-clock time of a number of seconds. */
  static LocalDateTime time(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }

  /** FNV-1a over the UTF-16 units: 64 bits make a clash between two ids of one column negligible. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
