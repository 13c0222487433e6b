package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.support.Checks;

/**
 * The embedded Lucene backend (内嵌检索后端) as a {@link SearchBackend} of its own, for a
 * {@link SiteSearch.Builder#backend} or for a conformance run of {@code SearchBackendContract};
 * {@link SiteSearch#builder()} opens the same backend from a folder.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class EmbeddedBackend {
  private EmbeddedBackend() {}

  /** Returns a backend whose index lives in memory, with the standard analysis. */
  public static SearchBackend inMemory() {
    return inMemory(SearchAnalysis.standard());
  }

  /** Returns a backend whose index lives in memory. */
  public static SearchBackend inMemory(SearchAnalysis analysis) {
    Checks.notNull(analysis, "analysis");
    return LuceneBackend.inMemory(SiteSearch.DEFAULT_ANALYSIS, 1).configure(analysis);
  }

  /** Opens (or creates) the index in a folder for reading and writing, with the standard analysis. */
  public static SearchBackend open(Path folder) {
    return open(folder, SearchAnalysis.standard());
  }

  /** Opens (or creates) the index in a folder for reading and writing; one writer per folder. */
  public static SearchBackend open(Path folder, SearchAnalysis analysis) {
    Checks.notNull(folder, "folder");
    Checks.notNull(analysis, "analysis");
    return LuceneBackend.open(folder, SiteSearch.DEFAULT_ANALYSIS, 1).configure(analysis);
  }

  /**
   * Opens the index in a folder for searching only, beside the process that writes it: its
   * commits and the rebuilds it switches in show at the next search.
   *
   * @throws GovSiteException {@link SearchErrorCode#NO_INDEX} or {@link SearchErrorCode#CORRUPT_INDEX}
   */
  public static SearchBackend openReadOnly(Path folder, SearchAnalysis analysis) {
    Checks.notNull(folder, "folder");
    Checks.notNull(analysis, "analysis");
    return LuceneBackend.openExisting(folder, SiteSearch.DEFAULT_ANALYSIS, 1).configure(analysis);
  }
}
