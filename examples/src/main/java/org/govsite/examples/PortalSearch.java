package org.govsite.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.search.SearchBackend;
import org.govsite.search.opensearch.OpenSearchBackend;
import org.govsite.search.opensearch.OpenSearchConnection;
import org.govsite.search.IndexState;
import org.govsite.search.PlainLanguageSynonyms;
import org.govsite.search.SearchDocument;
import org.govsite.search.SiteSearch;

/**
 * Opens the portal's search on the backend its settings name (搜索后端), {@code search.backend}:
 * <ul>
 *   <li>{@code embedded}: a Lucene index in this instance's data directory, derived from the
 *       database: missing, locked, corrupt or stale (its fingerprint is not that of the documents the
 *       database holds now) it is rebuilt beside and switched in first; other instances' changes
 *       reach it through {@link SearchSync}.
 *   <li>{@code opensearch}: one index on an OpenSearch node or cluster ({@code search.url}, {@code
 *       search.index.name}) shared by every instance, and by every site on it (each site's
 *       documents carry its 网站标识码). When several start at once, one builds this site's
 *       documents (a lock across instances, {@link PortalLocks}) and the others wait, then use them.
 * </ul>
 */
final class PortalSearch {
  private PortalSearch() {}

  /** The search and what else closes with it (the OpenSearch connection, which the backend does not close). */
  record Opened(SiteSearch search, AutoCloseable connection) {}

  /** Opens the search; {@code documents} is what the database holds now (read only when a build needs it). */
  static Opened open(PortalConfig config, PortalLocks locks, Supplier<List<SearchDocument>> documents) {
    return switch (config.search().backend()) {
      case EMBEDDED -> new Opened(embedded(config, documents.get()), () -> { });
      case OPENSEARCH -> {
        try (PortalLocks.Held building = locks.exclusive(lockName(config))) {
          yield shared(config, documents);
        }
      }
    };
  }

  /** The lock of the shared index: writers take it shared, a build or rebuild exclusively. */
  static String lockName(PortalConfig config) {
    return "search-index:" + config.search().indexName();
  }

  private static SiteSearch embedded(PortalConfig config, List<SearchDocument> docs) {
    Path index = config.dataDir().resolve("index");
    IndexState state = SiteSearch.inspect(index, SiteSearch.fingerprint(docs));
    if (state.needsRebuild()) {
      System.out.printf("重建搜索索引 / rebuilding the search index (%s): %,d documents …%n",
          state.name().toLowerCase(java.util.Locale.ROOT), docs.size());
      System.out.flush();
      SiteSearch.rebuildFolder(index, docs);
    }
    SiteSearch.Builder sb = SiteSearch.builder().folder(index);
    config.synonyms().ifPresent(p -> sb.synonyms(PlainLanguageSynonyms.load(p)));
    return sb.build();
  }

  /**
   * The label a complete build of one site records in the shared index: the layout of the portal's
   * documents. A new label (a change of what the portal indexes, or of the indexed fields: -2 is
   * issue 16's pinyin of character pairs) makes every site rebuild once.
   */
  static final String SHARED_FORMAT = "portal-documents-2";

  /**
   * Opens the shared index: connects (a node that does not answer, or is too old, fails the start
   * naming {@code search.url}), and builds this site's documents when the index holds no complete
   * build of them in this format (its per-site label, {@link #SHARED_FORMAT}). Only this site's
   * documents are rebuilt, in the live index: the other sites of a shared index keep theirs. Later
   * changes go to the database and the index together (under the lock, shared), so an ordinary
   * write does not make the next start rebuild. The caller holds the index's lock exclusively: of
   * several instances starting at once, one builds and the others find it current.
   */
  private static Opened shared(PortalConfig config, Supplier<List<SearchDocument>> documents) {
    java.net.URI url = config.search().url().orElseThrow();
    OpenSearchConnection node;
    try {
      node = OpenSearchConnection.builder(url).connect();
    } catch (GovSiteException e) {
      throw new InvalidInputException("search.url", "无法使用 OpenSearch / cannot use OpenSearch at " + url + ": " + e.getMessage());
    }
    try {
      OpenSearchBackend backend = OpenSearchBackend.builder().connection(node).indexName(config.search().indexName())
          .site(config.websiteCode().value()).build();
      if (!backend.builtFrom().equals(Optional.of(SHARED_FORMAT))) {
        List<SearchDocument> docs = documents.get();
        System.out.printf("重建共享搜索索引 / building site %s in the shared search index %s on %s: %,d documents …%n",
            config.websiteCode().value(), config.search().indexName(), url, docs.size());
        System.out.flush();
        try (SearchBackend.Rebuild build = backend.rebuild()) {
          docs.forEach(build::add);
          build.publish(SHARED_FORMAT);
        }
      }
      SiteSearch.Builder sb = SiteSearch.builder().backend(backend);
      config.synonyms().ifPresent(p -> sb.synonyms(PlainLanguageSynonyms.load(p)));
      return new Opened(sb.build(), node);
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }
}
