package org.govsite.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.govsite.search.ContentKind;
import org.govsite.search.EmbeddedBackend;
import org.govsite.search.SearchBackend;
import org.govsite.search.SearchDocument;
import org.govsite.testing.DatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Start-up indexing: a shared backend is written by upsert, only when not current, and under a lock across instances. */
class StartUpIndexingTest {
  @RegisterExtension
  static final DatabaseExtension PG = DatabaseExtension.postgres();

  private static SearchDocument doc(String id, String title) {
    return SearchDocument.builder(id, ContentKind.DISCLOSURE, title).body(title + "的正文").build();
  }

  @Test
  void aSharedBackendKeepsOtherSitesDocumentsAndIsWrittenOnlyWhenNotCurrent() {
    try (SearchBackend backend = EmbeddedBackend.inMemory()) {
      // Another site's document, already in the shared index.
      backend.upsert(SearchDocument.builder("other-1", ContentKind.ARTICLE, "另一个网站的通知").site("other").build());
      backend.commit();
      List<SearchDocument> mine = List.of(doc("a", "营业执照办理"), doc("b", "社会保障卡"));
      assertThat(GovSiteSearchAutoConfiguration.upsertIfChanged(backend, "county", mine)).isTrue();
      assertThat(backend.size()).isEqualTo(3);
      assertThat(backend.get("other-1")).isPresent();
      assertThat(backend.source()).isEqualTo(Optional.of(GovSiteSearchAutoConfiguration.sourceLabel("county", mine)));
      // A second start with the same data: nothing written.
      assertThat(GovSiteSearchAutoConfiguration.upsertIfChanged(backend, "county", mine)).isFalse();
      // The same documents for another site have another label: written, not skipped.
      assertThat(GovSiteSearchAutoConfiguration.sourceLabel("town", mine))
          .isNotEqualTo(GovSiteSearchAutoConfiguration.sourceLabel("county", mine));
    }
  }

  @Test
  void theStartLockExcludesAnotherInstanceOnPostgres() throws Exception {
    DataSource ds = PG.dataSource();
    String name = "govsite-search-index:test";
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> f = pool.submit(() -> StartLock.with(ds, name, () -> {
        held.countDown();
        try {
          return release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }));
      assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
      // Another instance (another session) cannot take it meanwhile.
      assertThat(tryLock(ds, StartLock.key(name))).isFalse();
      release.countDown();
      assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
      assertThat(tryLock(ds, StartLock.key(name))).isTrue();
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  /** Takes and at once releases the advisory lock in a session of its own; false when another session holds it. */
  private static boolean tryLock(DataSource ds, long key) throws Exception {
    try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      s.setLong(1, key);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        if (!r.getBoolean(1)) {
          return false;
        }
      }
      try (PreparedStatement u = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        u.setLong(1, key);
        u.execute();
      }
      return true;
    }
  }
}
