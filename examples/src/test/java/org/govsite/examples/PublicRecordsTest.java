package org.govsite.examples;

import org.govsite.core.testkit.RecordNullChecks;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public record of examples rejects a null component with an error naming it (README,
 * Conventions), except the {@link PortalConfig} settings documented as defaulted when null.
 */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(Portal.class)
        .nullMeansDefault(PortalConfig.class, "jdbcUrl", "jdbcUser", "jdbcPassword", "freshnessPolicy", "siteName")
        .tests();
  }
}
