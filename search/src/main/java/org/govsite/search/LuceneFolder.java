package org.govsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The layout of an index folder (索引目录), which lets a rebuild happen beside the live index and
 * then switch at once: the live index is the subdirectory the file {@value #CURRENT} names, or
 * the folder itself when there is no such file (an index written by 0.1). A rebuild fills a new
 * {@code index-…} subdirectory, then replaces {@value #CURRENT} atomically (written beside, then
 * renamed), then deletes the old index. A crash before the rename leaves the old index live and
 * the half-built one as litter, removed when the folder is next opened for writing.
 */
final class LuceneFolder {
  static final String CURRENT = "govsite-current";
  private static final String PREFIX = "index-";
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private LuceneFolder() {}

  /** Returns the directory that holds the live index of a folder. */
  static Path live(Path folder) {
    Path pointer = folder.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return folder;
    }
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      return name.isEmpty() ? folder : folder.resolve(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a new, empty subdirectory for a rebuild. */
  static Path fresh(Path folder) throws IOException {
    Files.createDirectories(folder);
    while (true) {
      Path p = folder.resolve(PREFIX + System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet());
      if (!Files.exists(p)) {
        return Files.createDirectory(p);
      }
    }
  }

  /** Makes a subdirectory the live index: the pointer is written beside and renamed over the old one. */
  static void publish(Path folder, Path index) throws IOException {
    Path tmp = folder.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, index.getFileName().toString(), StandardCharsets.UTF_8);
    IOUtils.fsync(tmp, false);
    try {
      Files.move(tmp, folder.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, folder.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    IOUtils.fsync(folder, true);
  }

  /**
   * Deletes every index of the folder but the live one: earlier indexes and half-built ones (a
   * rebuild that crashed), and the 0.1 index files in the folder itself once a subdirectory is
   * live. Only a process that holds the live index's write lock calls it.
   */
  static void clean(Path folder) {
    Path live = live(folder);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        boolean oldIndex = Files.isDirectory(p) && name.startsWith(PREFIX) && !p.equals(live);
        if (oldIndex && !inUse(p)) {
          deleteTree(p);
        }
      }
      if (!live.equals(folder) && !inUse(folder)) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, f -> Files.isRegularFile(f) && isIndexFile(f.getFileName().toString()))) {
          for (Path f : files) {
            Files.deleteIfExists(f);
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Litter only: the live index is whole; the next clean removes what is left.
      System.getLogger(LuceneFolder.class.getName()).log(System.Logger.Level.WARNING,
          "旧索引未能删除 / could not delete an old index in " + folder + ": " + e.getMessage());
    }
  }

  /** Whether a writer (of this process or another) still holds an index: it is left for a later clean. */
  private static boolean inUse(Path index) {
    try (Directory d = FSDirectory.open(index); Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      lock.ensureValid();
      return false;
    } catch (LockObtainFailedException e) {
      return true;
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean isIndexFile(String name) {
    return name.startsWith("segments") || name.startsWith("pending_segments") || name.startsWith("_")
        || name.equals("write.lock");
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
