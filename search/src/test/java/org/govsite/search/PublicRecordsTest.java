package org.govsite.search;

import org.govsite.core.testkit.RecordNullChecks;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every public record of search rejects a null component with an error naming it (README, Conventions). */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(SiteSearch.class).tests();
  }
}
