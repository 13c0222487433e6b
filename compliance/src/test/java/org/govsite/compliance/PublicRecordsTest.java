package org.govsite.compliance;

import org.govsite.core.testkit.RecordNullChecks;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every public record of compliance rejects a null component with an error naming it (README, Conventions). */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(Auditor.class).with(CheckSettings.class, CheckSettings::defaults).with(Weight.class, Weight::advice).tests();
  }
}
