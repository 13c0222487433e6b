package org.govsite.compliance;

import org.govsite.core.testkit.RecordNullChecks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.govsite.compliance.monitor.MonitorProbe;
import org.govsite.compliance.monitor.MonitorRules;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every public record of compliance rejects a null component with an error naming it (README, Conventions). */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(Auditor.class)
        .with(ZoneId.class, () -> MonitorRules.BEIJING)
        .with(MonitorRules.class, MonitorRules::census)
        .with(MonitorProbe.class, () -> new MonitorProbe(Instant.EPOCH, "http://127.0.0.1/", MonitorProbe.HOME, "http://127.0.0.1/", 200,
            Duration.ZERO, true, "", 0, Optional.empty()))
        .with(CheckSettings.class, CheckSettings::defaults)
        .with(Weight.class, Weight::advice)
        .tests();
  }
}
