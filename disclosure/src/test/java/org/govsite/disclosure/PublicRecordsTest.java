package org.govsite.disclosure;

import org.govsite.core.testkit.RecordNullChecks;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every public record of disclosure rejects a null component with an error naming it (README, Conventions). */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(Catalogue.class)
        .with(IndexNumber.class, () -> new IndexNumber("000014349", "01", 2017, 1))
        .with(RequestEvent.class, () -> RequestEvent.of(RequestEvent.Type.CORRECTED, LocalDate.of(2024, 1, 2)))
        .with(CoverageReport.class, () -> Catalogue.builder().build().coverage(LocalDate.of(2024, 1, 2)))
        .tests();
  }
}
