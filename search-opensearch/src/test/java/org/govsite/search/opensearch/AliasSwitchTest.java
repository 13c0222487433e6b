package org.govsite.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.govsite.testing.OpenSearchExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rebuilding beside the live index: a reader counting all the while never sees an empty index. */
class AliasSwitchTest {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  private static OpenSearchConnection connection;

  @BeforeAll
  static void connect() {
    connection = OpenSearchConnection.builder(NODE.url()).connect();
  }

  @AfterAll
  static void close() {
    connection.close();
  }

  @Test
  void aConcurrentReaderSeesTheOldIndexOrTheNewNeverNothing() throws Exception {
    OpenSearchIndex index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("switch"))
        .bulk(BulkSettings.DEFAULTS.withBatchSize(200)).build();
    try {
      index.rebuild(bulk -> fill(bulk, 500));
      String first = index.currentIndices().get(0);
      assertEquals(500, index.count(Optional.empty()));

      AtomicBoolean reading = new AtomicBoolean(true);
      ConcurrentLinkedQueue<Long> counts = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      AtomicLong smallest = new AtomicLong(Long.MAX_VALUE);
      AtomicInteger reads = new AtomicInteger();
      Thread reader = new Thread(() -> {
        while (reading.get()) {
          try {
            long n = index.count(Optional.empty());
            counts.add(n);
            smallest.accumulateAndGet(n, Math::min);
            reads.incrementAndGet();
          } catch (RuntimeException e) {
            errors.add(e);
          }
        }
      }, "alias-reader");
      reader.start();
      BulkReport second = index.rebuild(bulk -> fill(bulk, 800));
      BulkReport third = index.rebuild(bulk -> fill(bulk, 700));
      // a few more reads after the last switch
      int after = reads.get();
      while (reads.get() < after + 5 && errors.isEmpty()) {
        Thread.onSpinWait();
      }
      reading.set(false);
      reader.join();

      assertTrue(errors.isEmpty(), "reads failed during the rebuilds: " + errors);
      assertTrue(reads.get() > 5, "the reader read " + reads.get() + " times");
      assertTrue(smallest.get() >= 500, "a reader saw " + smallest.get() + " documents; counts: " + List.copyOf(counts));
      assertTrue(counts.stream().allMatch(n -> n == 500 || n == 800 || n == 700), "only whole indices: " + List.copyOf(counts));
      assertEquals(800, second.indexed());
      assertEquals(700, third.indexed());
      assertEquals(700, index.count(Optional.empty()));
      List<String> now = index.currentIndices();
      assertEquals(1, now.size(), now.toString());
      assertNotEquals(first, now.get(0));
      assertFalse(connection.client().indices().exists(e -> e.index(first)).value(), "the old index is deleted");
    } finally {
      index.delete();
    }
  }

  @Test
  void aFailedRebuildLeavesTheAliasWhereItWas() {
    OpenSearchIndex index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("failed")).build();
    try {
      index.rebuild(bulk -> fill(bulk, 50));
      String live = index.currentIndices().get(0);
      RuntimeException failure = new IllegalStateException("the source of documents broke");
      RuntimeException thrown = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> index.rebuild(bulk -> {
        fill(bulk, 10);
        throw failure;
      }));
      assertEquals(failure, thrown);
      assertEquals(List.of(live), index.currentIndices());
      assertEquals(50, index.count(Optional.empty()));
    } finally {
      index.delete();
    }
  }

  @Test
  void aRebuildTheNodeRefusedADocumentOfIsNotPublished() throws Exception {
    OpenSearchIndex index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("partial")).build();
    try {
      index.rebuild(bulk -> fill(bulk, 30));
      String live = index.currentIndices().get(0);
      String fresh;
      org.govsite.core.GovSiteException thrown;
      try (IndexBuild build = index.beginRebuild()) {
        fresh = build.indexName();
        for (int n = 0; n < 40; n++) {
          build.add(NodeTestSupport.document("county-a", n));
        }
        // a keyword beyond Lucene's 32,766-byte term limit: the node refuses this one document
        build.add(OpenSearchDocument.builder("county-a", "immense", "letter", "超长的文号").documentNumberKey("文".repeat(12_000)).build());
        thrown = org.junit.jupiter.api.Assertions.assertThrows(org.govsite.core.GovSiteException.class, build::publish);
      }
      assertEquals(OpenSearchErrorCode.REQUEST_FAILED, thrown.code());
      assertTrue(thrown.getMessage().contains("county-a/immense"), thrown.getMessage());
      assertEquals(List.of(live), index.currentIndices(), "the alias stays on the complete index");
      assertEquals(30, index.count(Optional.empty()));
      assertFalse(connection.client().indices().exists(e -> e.index(fresh)).value(), "the unfinished index is deleted");
    } finally {
      index.delete();
    }
  }

  private static void fill(BulkIndexer bulk, int documents) {
    for (int n = 0; n < documents; n++) {
      bulk.add(NodeTestSupport.document("county-a", n));
    }
  }
}
