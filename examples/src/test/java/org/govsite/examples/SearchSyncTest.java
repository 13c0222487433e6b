package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchDocument;
import org.govsite.search.SiteSearch;
import org.govsite.testing.DatabaseExtension;
import org.govsite.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An instance's own change and the catch-up with another instance's, on the real PostgreSQL change
 * table: a change read here before another instance wrote a newer version never overwrites it.
 */
class SearchSyncTest {
  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.postgres();

  private static SearchDocument version(String title) {
    return SearchDocument.builder("x", ContentKind.ARTICLE, title).body(title + "。").build();
  }

  @Test
  void anOlderVersionReadHereNeverOverwritesANewerOneCaughtUp(TestDatabase pg) throws Exception {
    SearchChanges changes = new SearchChanges(pg.dataSource());
    PortalLocks locks = new PortalLocks(pg.dataSource());
    long start = changes.since(0).stream().mapToLong(SearchChanges.Change::seq).max().orElse(0);
    Map<String, SearchDocument> database = new ConcurrentHashMap<>(Map.of("x", version("停水通知第二版")));
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    Function<String, Optional<SearchDocument>> derive = id -> {
      Optional<SearchDocument> now = Optional.ofNullable(database.get(id));
      if (first.getAndSet(false)) {
        // this instance has read version 2; another instance now writes version 3 before it indexes
        read.countDown();
        try {
          proceed.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return now;
    };
    try (SiteSearch search = SiteSearch.builder().build()) {
      SearchSync sync = new SearchSync(search, changes, locks, "search-index:test", false, start, derive,
          () -> List.copyOf(database.values()), () -> { });
      Thread mine = new Thread(() -> sync.changed("x"), "own-change");
      mine.start();
      assertTrue(read.await(10, TimeUnit.SECONDS));
      database.put("x", version("停水通知第三版"));
      changes.record("x"); // the other instance's change
      Thread job = new Thread(sync::catchUp, "catch-up");
      job.start();
      job.join(300); // without mutual exclusion the catch-up indexes version 3 now, and the own change then puts 2 back
      proceed.countDown();
      mine.join(10_000);
      job.join(10_000);
      sync.catchUp();
      var hits = search.search("停水通知").hits();
      assertEquals(1, hits.size(), hits.toString());
      assertEquals("停水通知第三版", hits.get(0).title(), "the newer version is indexed, not the older one read first");
    }
  }
}
