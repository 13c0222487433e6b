package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.govsite.core.UnavailableException;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchDocument;
import org.govsite.testing.DatabaseExtension;
import org.govsite.testing.OpenSearchExtension;
import org.govsite.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sites (two 网站标识码) on one OpenSearch index, with the locks on the real PostgreSQL: each
 * site's start builds its own documents and keeps the other's, two sites with the same content are
 * both built, and a start after an ordinary write does not rebuild.
 */
class PortalSharedSitesTest {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.postgres();

  @TempDir Path data;

  static final List<SearchDocument> DOCS = List.of(
      SearchDocument.builder("a-1", ContentKind.ARTICLE, "社保卡申领指南").body("办理社会保障卡需要携带居民身份证原件。").build(),
      SearchDocument.builder("a-2", ContentKind.ARTICLE, "户籍登记办理须知").body("新生儿户籍登记应在出生后一个月内办理。").build());

  private PortalConfig config(TestDatabase pg, String site, String index) {
    return PortalConfig.load(Optional.empty(), Map.of("GOVSITE_PORTAL_JDBC_URL", pg.url(),
        "GOVSITE_PORTAL_JDBC_USER", pg.user(), "GOVSITE_PORTAL_JDBC_PASSWORD", pg.password(), "GOVSITE_PORTAL_PORT", "0",
        "GOVSITE_PORTAL_DATA_DIR", data.toString(), "GOVSITE_PORTAL_SEARCH_BACKEND", "opensearch",
        "GOVSITE_PORTAL_SEARCH_URL", NODE.url().toString(), "GOVSITE_PORTAL_SEARCH_INDEX_NAME", index,
        "GOVSITE_PORTAL_SITE_CODE", site));
  }

  @Test
  void eachSiteBuildsItsOwnDocumentsAndKeepsTheOthers(TestDatabase pg) throws Exception {
    String index = "sites-" + Long.toHexString(System.nanoTime());
    PortalConfig a = config(pg, "4311230001", index);
    PortalConfig b = config(pg, "4311230002", index);
    PortalLocks locks = new PortalLocks(pg.dataSource());
    AtomicInteger reads = new AtomicInteger();
    Supplier<List<SearchDocument>> docs = () -> {
      reads.incrementAndGet();
      return DOCS;
    };
    PortalSearch.Opened onA = PortalSearch.open(a, locks, docs);
    PortalSearch.Opened onB = PortalSearch.open(b, locks, docs);
    try {
      assertEquals(2, reads.get(), "both sites, with the same content, were built");
      assertEquals(1, onA.search().search("社保卡").total(), "B's build kept A's documents");
      assertEquals(1, onB.search().search("社保卡").total());
      // an ordinary write on A: the next start of A does not rebuild
      onA.search().index(SearchDocument.builder("a-3", ContentKind.ARTICLE, "临时停水通知").body("东门片区临时停水。").build());
      onA.search().commit();
    } finally {
      close(onA);
      close(onB);
    }
    PortalSearch.Opened again = PortalSearch.open(a, locks, docs);
    try {
      assertEquals(2, reads.get(), "a restart after a write does not rebuild");
      assertEquals(1, again.search().search("临时停水").total());
      assertEquals(1, again.search().search("户籍登记").total());
    } finally {
      close(again);
    }
  }

  @Test
  void aWriterWaitsForARebuildBoundedlyAndAnswers503(TestDatabase pg) {
    PortalLocks locks = new PortalLocks(pg.dataSource());
    try (PortalLocks.Held rebuilding = locks.exclusive("search-index:busy")) {
      UnavailableException e = assertThrows(UnavailableException.class,
          () -> locks.advisory("search-index:busy", true, Duration.ofMillis(300)).close());
      assertEquals(PortalErrorCode.PORTAL_BUSY, e.code());
      assertTrue(e.getMessage().contains("search-index:busy"), e.getMessage());
    }
    try (PortalLocks.Held writing = locks.shared("search-index:busy")) {
      assertTrue(locks.shared(), "PostgreSQL advisory locks");
    }
  }

  private static void close(PortalSearch.Opened opened) throws Exception {
    opened.search().close();
    opened.connection().close();
  }
}
