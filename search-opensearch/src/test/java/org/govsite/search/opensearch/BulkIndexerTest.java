package org.govsite.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.testing.OpenSearchExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk loads against the real node: many small batches, and documents the node refuses reported one by one. */
class BulkIndexerTest {
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
  void threeThousandDocumentsInBatchesOfOneHundredAllArrive() {
    OpenSearchIndex index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("bulk"))
        .bulk(BulkSettings.DEFAULTS.withBatchSize(100).withMaxInFlight(2)).build();
    try {
      BulkReport report = index.rebuild(bulk -> {
        for (int n = 0; n < 3000; n++) {
          bulk.add(NodeTestSupport.document("county-" + (n % 3), n));
        }
      });
      assertEquals(new BulkReport(3000, java.util.List.of(), 30, report.retries()), report);
      assertEquals(3000, index.count(Optional.empty()));
      assertEquals(1000, index.count(Optional.of("county-1")));
    } finally {
      index.delete();
    }
  }

  @Test
  void aDocumentTheNodeRefusesIsReportedAndTheOthersAreIndexed() {
    OpenSearchIndex index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("refused"))
        .bulk(BulkSettings.DEFAULTS.withBatchSize(7)).build();
    try {
      index.createIfMissing();
      // A keyword longer than Lucene's 32,766-byte term limit: the node refuses this one item (400), not the batch.
      OpenSearchDocument immense = OpenSearchDocument.builder("county-a", "immense", "letter", "超长的文号")
          .documentNumberKey("文".repeat(12_000)).build();
      BulkReport report;
      try (BulkIndexer bulk = index.indexer()) {
        for (int n = 0; n < 20; n++) {
          bulk.add(NodeTestSupport.document("county-a", n));
        }
        bulk.add(immense);
        report = bulk.finish();
      }
      assertEquals(20, report.indexed());
      assertEquals(1, report.failures().size(), report.toString());
      BulkFailure failure = report.failures().get(0);
      assertEquals("county-a/immense", failure.documentId());
      assertEquals(400, failure.status());
      assertTrue(failure.reason().contains("immense term"), failure.reason());
      assertTrue(!report.succeeded());
      index.refresh();
      assertEquals(20, index.count(Optional.of("county-a")));
    } finally {
      index.delete();
    }
  }

  @Test
  void updatesNeedTheIndexToExist() {
    OpenSearchIndex index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("missing")).build();
    GovSiteException e = assertThrows(GovSiteException.class, index::indexer);
    assertEquals(OpenSearchErrorCode.NO_INDEX, e.code());
    assertTrue(e.getMessage().contains(index.alias()), e.getMessage());
    assertEquals(OpenSearchErrorCode.NO_INDEX, assertThrows(GovSiteException.class, () -> index.count(Optional.empty())).code());
  }

  @Test
  void settingsOutOfRangeAreRefusedNamingTheSetting() {
    assertEquals("batchSize", assertThrows(InvalidInputException.class, () -> BulkSettings.DEFAULTS.withBatchSize(0)).field());
    assertEquals("maxInFlight", assertThrows(InvalidInputException.class, () -> BulkSettings.DEFAULTS.withMaxInFlight(17)).field());
    assertEquals("maxBackoff", assertThrows(InvalidInputException.class,
        () -> new BulkSettings(10, 1, 1, Duration.ofSeconds(2), Duration.ofSeconds(1))).field());
  }

  @Test
  void backoffDoublesUpToItsCeiling() {
    BulkSettings settings = new BulkSettings(10, 1, 20, Duration.ofMillis(100), Duration.ofSeconds(1));
    assertEquals(Duration.ofMillis(100), BulkIndexer.backoffCeiling(settings, 0));
    assertEquals(Duration.ofMillis(400), BulkIndexer.backoffCeiling(settings, 2));
    assertEquals(Duration.ofSeconds(1), BulkIndexer.backoffCeiling(settings, 4));
    assertEquals(Duration.ofSeconds(1), BulkIndexer.backoffCeiling(settings, 19));
  }
}
