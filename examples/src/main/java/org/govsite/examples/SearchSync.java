package org.govsite.examples;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.govsite.search.SearchDocument;
import org.govsite.search.SiteSearch;

/**
 * Keeps this instance's search index in step with the database (搜索索引同步) when several portals
 * share one database: every change to searchable content is recorded in {@link SearchChanges}, and
 * each instance applies the changes it has not seen to its own index before it answers a search (and
 * every few seconds in the background), so a letter published on one instance is found on every
 * other at its next search, and a withdrawn one is gone; {@link SiteSearch}'s result cache is emptied
 * by each applied change.
 *
 * <p>With a shared index (OpenSearch) the index is already common to all: a change is written to it
 * once, by the instance that made it, and nothing is applied here ({@link #shared}). Such a write
 * holds the index's lock in shared mode and a rebuild holds it exclusively ({@link PortalLocks#shared}),
 * so no write lands in the old index after a rebuild read the database and before it switched over.
 */
final class SearchSync {
  private final SiteSearch search;
  private final SearchChanges changes;
  private final boolean shared;
  private final PortalLocks locks;
  private final String indexLock;
  /** The document an id stands for now, from the database; empty when it is not (or no longer) public. */
  private final Function<String, Optional<SearchDocument>> derive;
  private final Supplier<List<SearchDocument>> all;
  /** Run after changes another instance made were applied (the portal reloads what else it derives: freshness). */
  private final Runnable afterForeign;
  /** The numbers of the changes made here: already applied, skipped by {@link #catchUp}. */
  private final Set<Long> own = new HashSet<>();
  private volatile long applied;

  SearchSync(SiteSearch search, SearchChanges changes, PortalLocks locks, String indexLock, boolean shared, long applied,
      Function<String, Optional<SearchDocument>> derive, Supplier<List<SearchDocument>> all, Runnable afterForeign) {
    this.search = search;
    this.changes = changes;
    this.shared = shared;
    this.locks = locks;
    this.indexLock = indexLock;
    this.applied = applied;
    this.derive = derive;
    this.all = all;
    this.afterForeign = afterForeign;
  }

  /** Whether the index is shared by every instance (nothing to bring up to date). */
  boolean shared() {
    return shared;
  }

  /**
   * The document {@code id} changed here: index it as the database now has it, and tell the other
   * instances. With an index of this instance's own it runs under the same monitor as {@link
   * #catchUp}: otherwise a catch-up could index another instance's newer version between this
   * read of the database and this write (which then put the older version back, its own change
   * number skipped), or a catch-up rebuild could switch in an index read before this change and
   * then forget the change number this call records.
   */
  void changed(String id) {
    if (shared) {
      try (PortalLocks.Held writing = locks.shared(indexLock)) {
        apply(id);
        search.commit();
      }
      return;
    }
    synchronized (this) {
      apply(id);
      search.commit();
      own.add(changes.record(id));
    }
  }

  /**
   * Applies the changes other instances made since the last call; returns how many ids were applied.
   * Nothing new (the usual case at a search) costs one indexed read and takes no lock.
   */
  int catchUp() {
    if (shared || changes.since(applied).isEmpty()) {
      return 0;
    }
    return catchUpLocked();
  }

  private synchronized int catchUpLocked() {
    List<SearchChanges.Change> news = changes.since(applied);
    if (news.isEmpty()) {
      return 0;
    }
    long last = news.get(news.size() - 1).seq();
    if (news.get(0).seq() != applied + 1) {
      // Changes were purged before this instance saw them: check the whole index against the database.
      List<SearchDocument> docs = all.get();
      search.rebuild(docs.stream());
      applied = last;
      own.clear();
      afterForeign.run();
      return docs.size();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (SearchChanges.Change c : news) {
      if (!own.remove(c.seq())) {
        ids.add(c.id());
      }
    }
    applied = last;
    if (ids.isEmpty()) {
      return 0;
    }
    ids.forEach(this::apply);
    search.commit();
    afterForeign.run();
    return ids.size();
  }

  private void apply(String id) {
    Optional<SearchDocument> doc = derive.apply(id);
    if (doc.isPresent()) {
      search.index(doc.get());
    } else {
      search.delete(id);
    }
  }
}
