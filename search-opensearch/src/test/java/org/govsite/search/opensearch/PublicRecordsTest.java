package org.govsite.search.opensearch;

import java.util.stream.Stream;
import org.govsite.core.testkit.RecordNullChecks;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every public record of search-opensearch rejects a null component with an error naming it (README, Conventions). */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(OpenSearchIndex.class).with(BulkSettings.class, () -> BulkSettings.DEFAULTS).tests();
  }
}
