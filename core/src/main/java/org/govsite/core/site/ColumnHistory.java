package org.govsite.core.site;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The publication history of one column, enough to answer "as of T": for every item its
 * publication second, a 64-bit hash of its id, and when it was withdrawn.
 *
 * <p>Items are kept in parallel primitive arrays (24 bytes an item, no objects) so that a cluster
 * of 25 million items fits in memory; they are sorted by publication time lazily, once, before the
 * first query after a change, so a query is a binary search. Not thread-safe: the tracker locks.
 */
final class ColumnHistory {
  /** Marks an item that is not withdrawn. */
  static final long ACTIVE = Long.MAX_VALUE;
  /** Returned by {@link #lastActive} when no item counts. */
  static final long NONE = Long.MIN_VALUE;
  /**
   * Above this many items, ids are looked up in a map rather than by a scan. A scan of a few
   * hundred longs in one array is faster than a boxed map, and keeping a map for every column of a
   * cluster would cost more memory than the items themselves.
   */
  private static final int SCAN_LIMIT = 1024;
  private static final long[] EMPTY = new long[0];

  private long[] published = EMPTY;
  private long[] ids = EMPTY;
  private long[] withdrawn = EMPTY;
  private int size;
  private boolean sorted = true;
  /** The latest publication once sorted: {@code published[size - 1]}, kept here to spare a cache miss. */
  private long latest = Long.MIN_VALUE;
  private long[] withdrawals = EMPTY;
  private boolean withdrawalsStale;
  /** Built on the first lookup after sorting; null until then. */
  private @Nullable Map<Long, Integer> activeIndex;

  /** The result of an event, so the tracker can name the fault. */
  enum Outcome { DONE, UNKNOWN_ITEM, BEFORE_PUBLICATION }

  /** Adds an item; an item id already active is corrected in place rather than counted twice. */
  Outcome appear(long id, long at) {
    int i = findActive(id);
    if (i >= 0) {
      return correct(i, at);
    }
    if (size == published.length) {
      int n = Math.max(4, size * 2);
      published = Arrays.copyOf(published, n);
      ids = Arrays.copyOf(ids, n);
      withdrawn = Arrays.copyOf(withdrawn, n);
    }
    if (size > 0 && published[size - 1] > at) {
      sorted = false;
    }
    latest = Math.max(latest, at);
    published[size] = at;
    ids[size] = id;
    withdrawn[size] = ACTIVE;
    if (activeIndex != null) {
      activeIndex.put(id, size);
    }
    size++;
    return Outcome.DONE;
  }

  /** Corrects the publication time of an active item. */
  Outcome update(long id, long at) {
    int i = findActive(id);
    return i < 0 ? Outcome.UNKNOWN_ITEM : correct(i, at);
  }

  /** Withdraws an active item from {@code at} on. */
  Outcome withdraw(long id, long at) {
    int i = findActive(id);
    if (i < 0) {
      return Outcome.UNKNOWN_ITEM;
    }
    if (at < published[i]) {
      return Outcome.BEFORE_PUBLICATION;
    }
    withdrawn[i] = at;
    withdrawalsStale = true;
    if (activeIndex != null) {
      activeIndex.remove(id);
    }
    return Outcome.DONE;
  }

  /**
   * Returns the number of items published at or before {@code t}; pass it to {@link #countAt}
   * and {@link #lastActive}. When {@code t} is after the latest item, as it is when evaluating
   * "now", no array is touched: a cluster's arrays do not fit in the cache.
   */
  int upper(long t) {
    prepare();
    return size == 0 || latest <= t ? size : upperBound(published, size, t);
  }

  /** Returns the publication second of the latest item counting at {@code t}, or {@link #NONE}. */
  long lastActive(int upper, long t) {
    if (withdrawals.length == 0) {
      return upper == 0 ? NONE : upper == size ? latest : published[upper - 1];
    }
    int i = upper - 1;
    while (i >= 0 && withdrawn[i] <= t) {
      i--;
    }
    return i < 0 ? NONE : published[i];
  }

  /** Returns the number of items published at or before {@code t} and not withdrawn by then. */
  int countAt(int upper, long t) {
    return withdrawals.length == 0 ? upper : upper - upperBound(withdrawals, withdrawals.length, t);
  }

  /** Returns the publication second of the latest item counting at {@code t}, or {@link #NONE}. */
  long lastActive(long t) {
    return lastActive(upper(t), t);
  }

  /** Corrects the publication time of item {@code i}, which {@link #findActive} found active. */
  private Outcome correct(int i, long at) {
    if (published[i] != at) {
      published[i] = at;
      sorted = false;
      latest = Long.MIN_VALUE;
    }
    return Outcome.DONE;
  }

  private int findActive(long id) {
    if (size <= SCAN_LIMIT) {
      for (int i = size - 1; i >= 0; i--) {
        if (ids[i] == id && withdrawn[i] == ACTIVE) {
          return i;
        }
      }
      return -1;
    }
    if (activeIndex == null) {
      activeIndex = new HashMap<>(size * 2);
      for (int i = 0; i < size; i++) {
        if (withdrawn[i] == ACTIVE) {
          activeIndex.put(ids[i], i);
        }
      }
    }
    Integer i = activeIndex.get(id);
    return i == null ? -1 : i;
  }

  private void prepare() {
    if (!sorted) {
      sortByPublication();
      sorted = true;
      latest = size == 0 ? Long.MIN_VALUE : published[size - 1];
      activeIndex = null;
    }
    if (withdrawalsStale) {
      long[] w = new long[size];
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (withdrawn[i] != ACTIVE) {
          w[n++] = withdrawn[i];
        }
      }
      withdrawals = Arrays.copyOf(w, n);
      Arrays.sort(withdrawals);
      withdrawalsStale = false;
    }
  }

  /** Sorts the three arrays together by publication time, stably (ties keep arrival order). */
  private void sortByPublication() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(published[a], published[b]));
    long[] p = new long[published.length];
    long[] d = new long[published.length];
    long[] w = new long[published.length];
    for (int i = 0; i < size; i++) {
      p[i] = published[order[i]];
      d[i] = ids[order[i]];
      w[i] = withdrawn[order[i]];
    }
    published = p;
    ids = d;
    withdrawn = w;
  }

  /** Returns the number of values ≤ key in the sorted prefix {@code a[0..n)}. */
  private static int upperBound(long[] a, int n, long key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
