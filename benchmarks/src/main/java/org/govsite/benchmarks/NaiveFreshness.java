package org.govsite.benchmarks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.govsite.core.site.Column;
import org.govsite.core.site.FreshnessEvent;
import org.govsite.core.site.FreshnessLimit;
import org.govsite.core.site.FreshnessPolicy;
import org.govsite.core.site.FreshnessRule;
import org.govsite.core.site.FreshnessStatus;
import org.govsite.core.site.FreshnessVetoCode;
import org.govsite.core.site.Site;
import org.govsite.core.identifiers.WebsiteCode;

/**
 * The naive baseline: every item kept in one list per site, and every evaluation rescans all of
 * a site's items to find each column's last publication and item count, then applies the same
 * policy. Same answers as the tracker (checked by the benchmark's setup), different algorithm.
 */
final class NaiveFreshness {
  private record Item(String columnId, String itemId, long published, long withdrawn) {}

  private static final class SiteItems {
    final Site site;
    final List<Item> items = new ArrayList<>();
    final List<Long> home = new ArrayList<>();

    SiteItems(Site site) {
      this.site = site;
    }
  }

  /** What the baseline computes for a site: its pass/fail and how many columns are stale, blank or due soon. */
  record Result(WebsiteCode code, boolean passed, int stale, int blank, int dueSoon) {}

  private final Map<WebsiteCode, SiteItems> sites = new LinkedHashMap<>();

  void addSite(Site site) {
    sites.put(site.code(), new SiteItems(site));
  }

  void load(Iterable<FreshnessEvent> events) {
    for (FreshnessEvent e : events) {
      SiteItems s = Objects.requireNonNull(sites.get(e.site()), "events come from added sites");
      long at = e.at().toEpochSecond(ZoneOffset.UTC);
      switch (e.type()) {
        case HOME_PAGE_UPDATE -> s.home.add(at);
        case APPEAR -> s.items.add(new Item(e.columnId(), e.itemId(), at, Long.MAX_VALUE));
        case UPDATE, WITHDRAW -> {
          for (int i = s.items.size() - 1; i >= 0; i--) {
            Item it = s.items.get(i);
            if (it.columnId().equals(e.columnId()) && it.itemId().equals(e.itemId()) && it.withdrawn() == Long.MAX_VALUE) {
              s.items.set(i, e.type() == FreshnessEvent.Type.WITHDRAW
                  ? new Item(it.columnId(), it.itemId(), it.published(), at) : new Item(it.columnId(), it.itemId(), at, it.withdrawn()));
              break;
            }
          }
        }
      }
    }
  }

  List<Result> evaluateAll(LocalDateTime at, FreshnessPolicy policy) {
    List<Result> out = new ArrayList<>(sites.size());
    long t = at.toEpochSecond(ZoneOffset.UTC);
    for (SiteItems s : sites.values()) {
      Map<String, long[]> lastAndCount = new HashMap<>();
      for (Item it : s.items) {
        if (it.published() <= t && it.withdrawn() > t) {
          long[] lc = lastAndCount.computeIfAbsent(it.columnId(), k -> new long[] {Long.MIN_VALUE, 0});
          lc[0] = Math.max(lc[0], it.published());
          lc[1]++;
        }
      }
      int[] counted = new int[FreshnessVetoCode.values().length];
      int stale = 0;
      int blank = 0;
      int dueSoon = 0;
      for (Column c : s.site.columns()) {
        FreshnessRule rule = policy.ruleFor(c);
        long[] lc = lastAndCount.get(c.id());
        FreshnessStatus st;
        if (lc == null) {
          st = rule.mayBeBlank() ? FreshnessStatus.EXEMPT : FreshnessStatus.BLANK;
        } else {
          Optional<FreshnessLimit> limit = rule.limitAt(c.level());
          st = limit.isEmpty() ? FreshnessStatus.EXEMPT
              : classify(at, limit.get().freshUntil(LocalDateTime.ofEpochSecond(lc[0], 0, ZoneOffset.UTC), policy.calendar()), policy.warningWindow());
        }
        switch (st) {
          case STALE -> {
            stale++;
            counted[rule.staleVeto().ordinal()]++;
          }
          case BLANK -> {
            blank++;
            counted[FreshnessVetoCode.BLANK_COLUMNS.ordinal()]++;
          }
          case DUE_SOON -> dueSoon++;
          default -> { }
        }
      }
      long lastHome = Long.MIN_VALUE;
      for (long h : s.home) {
        if (h <= t) {
          lastHome = Math.max(lastHome, h);
        }
      }
      if (policy.homePageLimit().isPresent() && (lastHome == Long.MIN_VALUE || at.isAfter(policy.homePageLimit().get()
          .freshUntil(LocalDateTime.ofEpochSecond(lastHome, 0, ZoneOffset.UTC), policy.calendar())))) {
        counted[FreshnessVetoCode.HOME_NOT_UPDATED.ordinal()]++;
      }
      boolean passed = true;
      for (FreshnessVetoCode code : FreshnessVetoCode.values()) {
        if (policy.threshold(code).isPresent() && counted[code.ordinal()] >= policy.threshold(code).getAsInt()) {
          passed = false;
        }
      }
      out.add(new Result(s.site.code(), passed, stale, blank, dueSoon));
    }
    return out;
  }

  private static FreshnessStatus classify(LocalDateTime at, LocalDateTime freshUntil, Duration window) {
    if (at.isAfter(freshUntil)) {
      return FreshnessStatus.STALE;
    }
    return !window.isZero() && at.isAfter(freshUntil.minus(window)) ? FreshnessStatus.DUE_SOON : FreshnessStatus.FRESH;
  }
}
