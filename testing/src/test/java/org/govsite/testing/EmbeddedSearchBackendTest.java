package org.govsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.govsite.search.EmbeddedBackend;
import org.govsite.search.SearchAnalysis;
import org.govsite.search.SearchBackend;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Lucene backend passes the search backend contract, on an index folder on disk. */
class EmbeddedSearchBackendTest extends SearchBackendContract {
  @TempDir Path dir;
  private final Map<SearchBackend, Path> folders = new IdentityHashMap<>();

  @Override
  protected SearchBackend newBackend() {
    try {
      Path folder = Files.createTempDirectory(dir, "index");
      SearchBackend b = EmbeddedBackend.open(folder);
      folders.put(b, folder);
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Another process's view: the same folder opened for searching only. */
  @Override
  protected SearchBackend sameIndex(SearchBackend backend) {
    backend.commit();
    return EmbeddedBackend.openReadOnly(folders.get(backend), SearchAnalysis.standard());
  }
}
