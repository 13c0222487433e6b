package org.govsite.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.govsite.core.InvalidInputException;
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
 *       search.index.name}) shared by every instance. When several start at once, one builds or
 *       rebuilds it (a lock across instances, {@link PortalLocks}) and the others wait, then use it.
 * </ul>
 */
final class PortalSearch {
  private PortalSearch() {}

  /** Opens the search; {@code documents} is what the database holds now (read only when a build needs it). */
  static SiteSearch open(PortalConfig config, PortalLocks locks, Supplier<List<SearchDocument>> documents) {
    return switch (config.search().backend()) {
      case EMBEDDED -> embedded(config, documents.get());
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

  private static SiteSearch shared(PortalConfig config, Supplier<List<SearchDocument>> documents) {
    throw new InvalidInputException("search.backend", "此版本未包含 OpenSearch 后端 / this build has no OpenSearch backend"
        + " (govsite-search-opensearch): use search.backend=embedded");
  }
}
