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
  private static final String FORMAT = "v1";

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
          opt(d.column()), opt(d.organ()), opt(d.topic()), opt(d.date()), opt(d.documentNumber())));
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
    try (Directory directory = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(directory)) {
        return IndexState.MISSING;
      }
      try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        lock.ensureValid();
      } catch (LockObtainFailedException e) {
        return IndexState.LOCKED;
      }
      try (DirectoryReader reader = LuceneBackend.verified(DirectoryReader.open(directory))) {
        String source = reader.getIndexCommit().getUserData().get(LuceneBackend.SOURCE);
        return fingerprint.equals(source) ? IndexState.CURRENT : IndexState.STALE;
      }
    } catch (IOException | RuntimeException e) {
      return IndexState.CORRUPT;
    }
  }

  /**
   * Builds the index in {@code <folder>.new}, then moves the old folder aside and the new one in
   * its place, then deletes the old one. A crash before the switch leaves the old index (a crash
   * between the two moves leaves none): either way the next start finds it stale or missing and
   * rebuilds it; an empty index is never in place.
   */
  static void rebuild(Path folder, Collection<SearchDocument> documents, String fingerprint, AnalysisMode mode) {
    Path fresh = folder.resolveSibling(folder.getFileName() + ".new");
    Path old = folder.resolveSibling(folder.getFileName() + ".old");
    try {
      deleteTree(fresh);
      deleteTree(old);
      try (LuceneBackend backend = LuceneBackend.open(fresh, mode, 1)) {
        documents.forEach(backend::upsert);
        backend.commit(fingerprint);
      }
      if (Files.exists(folder)) {
        move(folder, old);
      }
      move(fresh, folder);
    } catch (IOException e) {
      throw new UnavailableException(SearchErrorCode.SEARCH_INDEX, "重建索引失败 / rebuilding the index at " + folder
          + " failed: " + e.getMessage(), e);
    }
    try {
      deleteTree(old);
    } catch (IOException e) {
      // The new index is in place and good; the old copy is only litter, removed by the next rebuild.
      System.getLogger(IndexFolders.class.getName()).log(System.Logger.Level.WARNING,
          "旧索引未能删除 / could not delete the old index at " + old + ": " + e.getMessage());
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
