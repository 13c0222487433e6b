package org.govsite.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.govsite.core.GovSiteException;
import org.govsite.search.internal.analysis.Analyzers;
import org.jspecify.annotations.Nullable;

/**
 * Opens the {@link LuceneIndex}es of one backend: for writing (the live index, a rebuild's new
 * one) with the index analyzers, or for searching only with every checksum verified; searchers
 * share the backend's thread pool.
 */
final class LuceneIndexes {
  private final @Nullable Path folder;
  private final Analyzer analyzer;
  private final SearcherFactory searchers;

  LuceneIndexes(@Nullable Path folder, @Nullable ExecutorService pool) {
    this.folder = folder;
    Map<String, Analyzer> perField = new LinkedHashMap<>();
    Analyzer words = Analyzers.words();
    perField.put(Fields.TITLE_BIGRAM, Analyzers.bigram(true));
    // The body's single characters are counted in their own field (HanCharacterCounts).
    perField.put(Fields.BODY_BIGRAM, Analyzers.bigram(false));
    perField.put(Fields.TITLE_WORDS, words);
    perField.put(Fields.BODY_WORDS, words);
    perField.put(Fields.PINYIN, Analyzers.whitespace());
    this.analyzer = new PerFieldAnalyzerWrapper(Analyzers.keyword(), perField);
    this.searchers = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return pool == null ? new IndexSearcher(reader) : new IndexSearcher(reader, pool);
      }
    };
  }

  /** Opens (or creates) an index for writing in a directory on disk. */
  LuceneIndex writable(Path directory) throws IOException {
    Files.createDirectories(directory);
    return writable(FSDirectory.open(directory), name(directory), directory);
  }

  /** Opens (or creates) an index for writing in a Lucene directory. */
  LuceneIndex writable(Directory directory, String name, @Nullable Path path) throws IOException {
    try {
      boolean bodyOffsets = bodyOffsets(directory);
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(directory, config);
      return new LuceneIndex(name, path, directory, writer, new SearcherManager(writer, searchers), bodyOffsets);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether the committed index in a directory has offsets in its bigram body (format v2). */
  private static boolean bodyOffsets(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      FieldInfo body = FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.BODY_BIGRAM);
      return body != null && body.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
    }
  }

  /** Opens the committed index of a directory for searching only, verifying every file's checksum. */
  LuceneIndex readable(Path shownFolder, Path directory) throws IOException {
    Directory d = FSDirectory.open(directory);
    try {
      if (!DirectoryReader.indexExists(d)) {
        throw new GovSiteException(SearchErrorCode.NO_INDEX, "目录中没有索引 / the folder " + shownFolder + " holds no index");
      }
      return new LuceneIndex(name(directory), directory, d, null, new SearcherManager(verified(DirectoryReader.open(d)), searchers), false);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** The name that tells an index from the ones before and after it: its directory within the folder. */
  private String name(Path directory) {
    Path f = folder;
    return f == null || directory.equals(f) ? String.valueOf(directory.getFileName()) : f.relativize(directory).toString();
  }

  /** Verifies every file's checksum (a damaged byte anywhere fails here, not in a later search). */
  static DirectoryReader verified(DirectoryReader reader) throws IOException {
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        if (leaf.reader() instanceof CodecReader c) {
          c.checkIntegrity();
        }
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }
}
