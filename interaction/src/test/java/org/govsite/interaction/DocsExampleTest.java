package org.govsite.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/mailbox.md ("In code"), on H2 with the policy file shown there. */
class DocsExampleTest {
  @Test
  void theDocsExampleRuns(@TempDir Path dir) throws Exception {
    Path policy = dir.resolve("mailbox-policy.json");
    Files.writeString(policy, """
        {"default": {"preset": "standard"},
         "policies": [
           {"mailbox": "12345热线", "preset": "12345"},
           {"type": "complaint", "name": "投诉", "replyWorkingDays": 7, "extendedWorkingDays": 20},
           {"mailbox": "县长信箱", "type": "consultation", "replyWorkingDays": 3, "extendedWorkingDays": 10,
            "alarms": [{"level": "warning", "offset": -2}, {"level": "yellow-card", "offset": 0}, {"level": "red-card", "offset": 1}]}]}
        """);
    LocalDateTime now = LocalDateTime.of(2025, 9, 30, 10, 0);
    Mailbox mailbox = Mailbox.builder()
        .store(JdbcLetterStore.builder().url("jdbc:h2:mem:docs;DB_CLOSE_DELAY=-1", "sa", "").schema("mailbox").build())
        .tracker(MailboxTracker.builder().policies(PolicySet.fromFile(policy)).build())
        .build();

    Letter l = mailbox.submit(new Submission("县长信箱", "consultation", "孩子入学咨询", "请问……", "李四",
        "13912345678", "", "", "", "web", false), now);
    l = mailbox.act(l.id(), l.version(), Transition.accept("受理员", now));
    l = mailbox.act(l.id(), l.version(), Transition.assign("受理员", now, "教育局", HandlingMode.FORWARDED, "属其职责"));
    l = mailbox.act(l.id(), l.version(), Transition.postExtension("教育局", now, "需协调学位"));
    ReplyDeadline d = mailbox.tracker().deadline(l);
    assertEquals(LocalDate.of(2025, 10, 21), d.date(), "3/10 policy of 县长信箱 consultations, extended");
    assertTrue(d.extended());
    assertFalse(d.provisional());

    LetterIndex index = mailbox.index();
    List<Letter> overdue = index.overdue(now);
    Map<String, List<ChaseItem>> chase = index.chaseList(LocalDateTime.of(2025, 10, 17, 9, 0), 3);
    MailboxStatistics report = mailbox.statistics(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), now);
    PublishedPage page = mailbox.published(1, 20);
    assertEquals(List.of(), overdue);
    assertEquals(List.of(l.id()), chase.get("教育局").stream().map(ChaseItem::letterId).toList());
    assertEquals(1, report.totals().valid());
    assertEquals(0, page.total());
  }
}
