package org.govsite.core;

import org.govsite.core.testkit.RecordNullChecks;
import java.util.Optional;
import java.util.stream.Stream;
import org.govsite.core.identifiers.BankCardNumbers;
import org.govsite.core.screening.Category;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.Severity;
import org.govsite.core.site.FreshnessRule;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every public record of core rejects a null component with an error naming it (README, Conventions). */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(GovSiteException.class)
        .with(FreshnessRule.class, FreshnessRule::noLimit)
        .with(BankCardNumbers.IssuerRange.class, () -> BankCardNumbers.UNIONPAY)
        .with(Finding.class, () -> new Finding("dictionary", Category.CUSTOM, Severity.REVIEW, 0, 2, "赌博", Optional.empty()))
        .tests();
  }
}
