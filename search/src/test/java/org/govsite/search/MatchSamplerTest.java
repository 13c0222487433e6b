package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The total's rule (docs/search.md, Performance): exact below the bound, estimated from evenly
 * spread windows above it, to two significant digits, close to the true count.
 */
class MatchSamplerTest {
  static final int DOCS = 200_000;
  static ByteBuffersDirectory directory;
  static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64))) {
      for (int i = 0; i < DOCS; i++) {
        Document d = new Document();
        // Every 2nd, every 50th document; and one block of 3,000 at the end of the index.
        d.add(new StringField("k", i % 2 == 0 ? "half" : "odd", Field.Store.NO));
        if (i % 50 == 0) {
          d.add(new StringField("k", "fiftieth", Field.Store.NO));
        }
        if (i >= DOCS - 3_000) {
          d.add(new StringField("k", "tail", Field.Store.NO));
        }
        w.addDocument(d);
      }
      w.forceMerge(3);
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void fewMatchesAreCountedExactlyWhereverTheyAre() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    MatchSampler.Sample fiftieth = MatchSampler.sample(searcher, new TermQuery(new Term("k", "fiftieth")), 10_000);
    assertEquals(DOCS / 50, fiftieth.total());
    assertTrue(fiftieth.exact());
    assertEquals(1.0, fiftieth.rate());
    MatchSampler.Sample tail = MatchSampler.sample(searcher, new TermQuery(new Term("k", "tail")), 10_000);
    assertEquals(3_000, tail.total());
    assertTrue(tail.exact());
    assertEquals(0, MatchSampler.sample(searcher, new TermQuery(new Term("k", "none")), 10_000).total());
  }

  @Test
  void manyMatchesAreEstimatedFromWindowsHoldingAtLeastTheBound() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    MatchSampler.Sample half = MatchSampler.sample(searcher, new TermQuery(new Term("k", "half")), 10_000);
    assertFalse(half.exact());
    assertTrue(half.rate() < 0.5, "looked at less than half the index: " + half.rate());
    assertTrue(Math.abs(half.total() - DOCS / 2) <= DOCS / 2 / 20, "within 5%: " + half.total());
    long seen = half.matches().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    assertTrue(seen >= 10_000, "at least the bound seen: " + seen);
    MatchSampler.Sample all = MatchSampler.sample(searcher, new MatchAllDocsQuery(), 10_000);
    assertEquals(DOCS, all.total());
    assertFalse(all.exact());
  }

  @Test
  void estimatesKeepTwoSignificantDigits() {
    assertEquals(99, MatchSampler.roughly(99));
    assertEquals(760_000, MatchSampler.roughly(763_418));
    assertEquals(13_000, MatchSampler.roughly(12_501));
    assertEquals(1_000_000, MatchSampler.roughly(996_156));
  }
}
