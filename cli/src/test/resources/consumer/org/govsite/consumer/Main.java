package org.govsite.consumer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.govsite.core.calendar.Deadline;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Letter;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.ReplyDeadline;
import org.govsite.interaction.Submission;

/**
 * Uses GovSite from the module path as a user's application would: the bundled official calendar,
 * the JDBC letter store on H2 (a driver found through java.sql's service loader), screening of the
 * submission, the reply-deadline policy, and duplicate flags stored as JSON by Jackson.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // A 依申请公开 answer is due 20 working days after receipt; from 2025-09-30 that crosses the
    // National Day and Mid-Autumn holiday (2025-10-01..08) and the make-up Saturday 2025-10-11.
    Deadline deadline = WorkingDayCalendar.official().addWorkingDays(LocalDate.of(2025, 9, 30), 20);
    System.out.println("deadline " + deadline.date() + " provisional=" + deadline.provisional());

    Mailbox mailbox = Mailbox.builder()
        .store(JdbcLetterStore.builder().url("jdbc:h2:mem:consumer;DB_CLOSE_DELAY=-1", "sa", "").build())
        .build();
    LocalDateTime received = LocalDateTime.of(2025, 9, 30, 10, 0);
    Letter first = mailbox.submit(submission(), received);
    ReplyDeadline reply = mailbox.tracker().deadline(first);
    System.out.println("reply " + reply.date() + " extended=" + reply.extended());

    Letter again = mailbox.submit(submission(), received.plusHours(1));
    Letter stored = mailbox.find(again.id()).orElseThrow();
    System.out.println("duplicates " + stored.duplicates().size()
        + " of-first=" + stored.duplicates().get(0).letterId().equals(first.id()));
  }

  private static Submission submission() {
    return new Submission("县长信箱", "consultation", "孩子入学咨询", "请问孩子明年上小学需要准备哪些材料？", "李四",
        "13912345678", "", "", "", "web", false);
  }
}
