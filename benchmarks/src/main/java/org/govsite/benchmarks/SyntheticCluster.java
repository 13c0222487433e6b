package org.govsite.benchmarks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.govsite.core.site.Column;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.site.FreshnessEvent;
import org.govsite.core.site.Site;
import org.govsite.core.identifiers.WebsiteCode;

/**
 * A deterministic synthetic site cluster (站群): {@code sites} sites of {@code columns} columns of
 * every kind, each with {@code items} items published every two days from a per-column start, so
 * that at {@link #at} some columns are fresh, some due soon, some stale and some sites fail.
 * Events are generated lazily: the cluster's 25 million events are never all in memory at once.
 */
final class SyntheticCluster {
  static final LocalDateTime BASE = LocalDateTime.of(2025, 1, 2, 8, 0);
  private static final ColumnKind[] KINDS = ColumnKind.values();

  final int sites;
  final int columns;
  final int items;
  final List<Site> siteList;
  /** The instant evaluated: 45 days after the last item of a column that started on {@link #BASE}. */
  final LocalDateTime at;
  private final String[] columnIds;
  private final String[] itemIds;

  SyntheticCluster(int sites, int columns, int items) {
    this.sites = sites;
    this.columns = columns;
    this.items = items;
    this.at = BASE.plusDays(2L * (items - 1) + 45);
    this.columnIds = new String[columns];
    for (int c = 0; c < columns; c++) {
      columnIds[c] = "c" + c;
    }
    this.itemIds = new String[items];
    for (int i = 0; i < items; i++) {
      itemIds[i] = "https://www.example.gov.cn/art/" + i + ".html";
    }
    List<Site> list = new ArrayList<>(sites);
    for (int s = 0; s < sites; s++) {
      Site.Builder b = Site.builder("站点" + s, code(s)).homePage("https://s" + s + ".example.gov.cn/");
      for (int c = 0; c < columns; c++) {
        ColumnKind kind = KINDS[c % KINDS.length];
        b.column(Column.of(columnIds[c], kind.chinese() + c, kind));
      }
      list.add(b.build());
    }
    this.siteList = List.copyOf(list);
  }

  static WebsiteCode code(int s) {
    return WebsiteCode.parse(String.format("43%04d%04d", s / 10_000, s % 10_000));
  }

  /**
   * The first publication of a column: a per-site offset of 0–60 days plus a per-column one of
   * 0–20, so that at {@link #at} some sites have many stale columns and others none.
   */
  LocalDateTime start(int site, int column) {
    return BASE.plusDays((site * 7919L) % 61 + (column * 104_729L + site) % 21);
  }

  /** The publication time of item {@code i}: one every two days, at varying minutes. */
  LocalDateTime published(int site, int column, int i) {
    return published(start(site, column), i);
  }

  private static LocalDateTime published(LocalDateTime start, int i) {
    return start.plusSeconds(2L * i * 86_400 + (i * 37L) % 600 * 60);
  }

  long eventCount() {
    return (long) sites * columns * items + sites;
  }

  /** All events: each site's home-page update, then its items column by column. */
  Iterable<FreshnessEvent> events() {
    return () -> new Iterator<>() {
      int s;
      int c;
      int i = -1;
      LocalDateTime start = at; // each column's own start is set at its first item

      @Override
      public boolean hasNext() {
        return s < sites;
      }

      @Override
      public FreshnessEvent next() {
        if (s >= sites) {
          throw new NoSuchElementException();
        }
        WebsiteCode code = siteList.get(s).code();
        if (i == 0) {
          start = start(s, c);
        }
        FreshnessEvent e = i < 0
            ? FreshnessEvent.homePageUpdated(code, at.minusDays(s % 20))
            : FreshnessEvent.appear(code, columnIds[c], itemIds[i], "", published(start, i));
        i++;
        if (i == items) {
          i = 0;
          c++;
          if (c == columns) {
            c = 0;
            i = -1;
            s++;
          }
        }
        return e;
      }
    };
  }
}
