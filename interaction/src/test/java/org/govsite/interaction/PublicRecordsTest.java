package org.govsite.interaction;

import org.govsite.core.testkit.RecordNullChecks;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public record of interaction rejects a null component with an error naming it (README,
 * Conventions), except {@link Submission}: a web form leaves fields out, and it reads them as "".
 */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(Mailbox.class)
        .with(AlarmStep.class, () -> new AlarmStep(AlarmLevel.WARNING, -1))
        .nullMeansDefault(Submission.class, "mailbox", "type", "subject", "body", "name", "phone", "email", "idNumber",
            "address", "channel")
        .tests();
  }
}
