package org.govsite.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * One Lucene index a backend uses: the live one, or a rebuild's until it is published.
 *
 * @param name what tells this index from the ones before and after it (its directory)
 * @param path its directory on disk, null in memory
 * @param directory the Lucene directory
 * @param writer the writer, null when opened read-only
 * @param searchers near-real-time searchers over the writer, or over the committed index
 * @param bodyOffsets whether the index's bigram body holds offsets, as format v2 wrote it: Lucene
 *     cannot change a field's index options within an index, so documents added to such an index
 *     keep them, and it goes on answering until it is rebuilt ({@link IndexFolders} reports it stale)
 */
record LuceneIndex(String name, @Nullable Path path, Directory directory, @Nullable IndexWriter writer, SearcherManager searchers,
    boolean bodyOffsets) {

  /** Commits and closes. */
  void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.commit();
      writer.close();
    }
    directory.close();
  }

  /** Closes without committing (a replaced index, or an abandoned rebuild); searches still holding it finish first. */
  void discard() {
    try {
      searchers.close();
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
    } catch (IOException e) {
      // Nothing of it is needed any more; what is left on disk is removed by the next clean.
      System.getLogger(LuceneIndex.class.getName()).log(System.Logger.Level.WARNING,
          "关闭旧索引失败 / closing a replaced index failed: " + e.getMessage());
    }
  }
}
