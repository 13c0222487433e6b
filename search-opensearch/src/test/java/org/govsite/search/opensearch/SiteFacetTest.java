package org.govsite.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.govsite.testing.OpenSearchExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One index, many sites: counts filtered by site and facets counted per site. */
class SiteFacetTest {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  private static OpenSearchConnection connection;
  private static OpenSearchIndex index;

  @BeforeAll
  static void load() {
    connection = OpenSearchConnection.builder(NODE.url()).connect();
    index = OpenSearchIndex.builder(connection, NodeTestSupport.freshAlias("sites")).build();
    // county-a: 30 documents, county-b: 20, city: 10; department facet: every third document is 县政府办公室
    index.rebuild(bulk -> {
      for (int n = 0; n < 30; n++) {
        bulk.add(NodeTestSupport.document("county-a", n));
      }
      for (int n = 0; n < 20; n++) {
        bulk.add(NodeTestSupport.document("county-b", n));
      }
      for (int n = 0; n < 10; n++) {
        bulk.add(NodeTestSupport.document("city", n));
      }
    });
  }

  @AfterAll
  static void drop() {
    index.delete();
    connection.close();
  }

  @Test
  void countsAreFilteredBySite() {
    assertEquals(60, index.count(Optional.empty()));
    assertEquals(30, index.count(Optional.of("county-a")));
    assertEquals(20, index.count(Optional.of("county-b")));
    assertEquals(0, index.count(Optional.of("county-z")));
  }

  @Test
  void theSiteFacetCountsEverySiteMostFirst() {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("county-a", 30L);
    expected.put("county-b", 20L);
    expected.put("city", 10L);
    assertEquals(expected, index.countPerSite());
    assertEquals(expected.keySet().stream().toList(), index.countPerSite().keySet().stream().toList());
  }

  @Test
  void aFacetIsCountedWithinOneSite() {
    // n = 0..29: multiples of 3 are 0, 3, ..., 27 → 10; n = 0..19 → 7
    assertEquals(Map.of("县财政局", 20L, "县政府办公室", 10L), index.facetCounts("county-a", "department"));
    assertEquals(Map.of("县财政局", 13L, "县政府办公室", 7L), index.facetCounts("county-b", "department"));
  }
}
