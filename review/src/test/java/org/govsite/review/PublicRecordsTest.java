package org.govsite.review;

import java.util.stream.Stream;
import org.govsite.core.testkit.RecordNullChecks;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every public record of review rejects a null component with an error naming it (README, Conventions). */
class PublicRecordsTest {
  @TestFactory
  Stream<DynamicNode> everyPublicRecordRejectsANullComponentNamingIt() {
    return RecordNullChecks.of(ReviewWorkflow.class)
        .with(Draft.class, () -> Draft.of(ItemKind.ARTICLE, "a1", "c1", "标题", "正文"))
        .with(ReviewStages.class, ReviewStages::standard)
        .with(ReviewStage.class, () -> ReviewStage.of("初审", "reviewer"))
        .with(Actor.class, () -> Actor.of("张三", "reviewer"))
        .tests();
  }
}
