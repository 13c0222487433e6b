package org.govsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.govsite.core.UnavailableException;
import org.govsite.search.internal.AnalysisMode;

/**
 * An index folder as something derived from data: its state against a fingerprint of that data,
 * and a rebuild that fills a sibling folder and then puts it in place of the old one.
 */
final class IndexFolders {
  /** Changes when the document-to-index mapping changes, so that old indexes count as stale. */
  private static final String FORMAT = "v3";

  private IndexFolders() {}

  /**
   * The fingerprint: the format, the analysis, the number of documents and a SHA-256 over every
   * field of every document in id order (so the order the database returns them in does not matter).
   */
  static String fingerprint(Collection<SearchDocument> documents, AnalysisMode mode) {
    List<SearchDocument> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing(SearchDocument::id));
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (SearchDocument d : sorted) {
      List<String> fields = new ArrayList<>(List.of(d.id(), d.kind().name(), d.title(), d.body(), opt(d.url()),
          opt(d.column()), opt(d.organ()), opt(d.topic()), opt(d.date()), opt(d.documentNumber()), d.site()));
      d.extra().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> fields.add(e.getKey() + "=" + e.getValue()));
      for (String f : fields) {
        sha.update(f.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      sha.update((byte) 1);
    }
    return FORMAT + "/" + mode.name() + "/" + sorted.size() + "/" + HexFormat.of().formatHex(sha.digest());
  }

  private static String opt(Optional<?> o) {
    return o.map(Object::toString).orElse("\u0001");
  }

  static IndexState inspect(Path folder, String fingerprint) {
    if (!Files.isDirectory(folder)) {
      return IndexState.MISSING;
    }
    Path live;
    try {
      live = LuceneFolder.live(folder);
    } catch (UncheckedIOException e) {
      return IndexState.CORRUPT;
    }
    if (!Files.isDirectory(live)) {
      return IndexState.CORRUPT;
    }
    try (Directory directory = FSDirectory.open(live)) {
      if (!DirectoryReader.indexExists(directory)) {
        return IndexState.MISSING;
      }
      try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        lock.ensureValid();
      } catch (LockObtainFailedException e) {
        return IndexState.LOCKED;
      }
      try (DirectoryReader reader = LuceneIndexes.verified(DirectoryReader.open(directory))) {
        String source = reader.getIndexCommit().getUserData().get(LuceneBackend.SOURCE);
        return fingerprint.equals(source) ? IndexState.CURRENT : IndexState.STALE;
      }
    } catch (IOException | RuntimeException e) {
      return IndexState.CORRUPT;
    }
  }

  /**
   * Builds the index in a new subdirectory of the folder, then makes it the live one at once
   * ({@link LuceneFolder}), then deletes the old one. A crash before the switch leaves the old
   * index live; an empty or half-built index is never in place. The live index may be damaged or
   * held by another writer: it is not opened.
   */
  static void rebuild(Path folder, Collection<SearchDocument> documents, String fingerprint, AnalysisMode mode) {
    try {
      Path fresh = LuceneFolder.fresh(folder);
      try (LuceneBackend backend = LuceneBackend.openDirectory(fresh, mode)) {
        documents.forEach(backend::upsert);
        backend.commit(fingerprint);
      } catch (RuntimeException | IOException e) {
        LuceneFolder.deleteTree(fresh);
        throw e;
      }
      LuceneFolder.publish(folder, fresh);
    } catch (IOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "重建索引失败 / rebuilding the index at " + folder
          + " failed: " + e.getMessage(), e);
    }
    LuceneFolder.clean(folder);
  }
}
