package org.govsite.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Channel;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.DisclosureRules;
import org.govsite.disclosure.RequestStore;
import org.govsite.disclosure.RequestTracker;
import org.govsite.interaction.HandlingMode;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Letter;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.MailboxTracker;
import org.govsite.interaction.Submission;
import org.govsite.interaction.Transition;
import org.govsite.spring.boot.actuate.GovSiteMetrics;
import org.govsite.spring.boot.web.ScreeningBlocks;
import org.govsite.testing.DatabaseExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The metrics on a real (H2) letter store, at a fixed date. */
class GovSiteMetricsTest {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.h2();

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private GovSiteMetrics metrics;

  @AfterEach
  void close() {
    if (metrics != null) {
      metrics.close();
    }
  }

  private static Submission letter(String subject) {
    return new Submission("县长信箱", "consultation", subject, "请问办理需要哪些材料", "某人", "13800138004", "", "", "", "web", false);
  }

  @Test
  void overdueLettersByDepartmentRequestsDueSoonAndBlocks() {
    Mailbox mailbox = Mailbox.builder().store(JdbcLetterStore.builder().dataSource(db.dataSource()).build())
        .tracker(MailboxTracker.builder().calendar(CALENDAR).build()).build();
    LocalDateTime longAgo = TODAY.minusMonths(2).atTime(10, 0);
    mailbox.submit(letter("营业执照"), longAgo);
    Letter assigned = mailbox.submit(letter("社保转移"), longAgo);
    assigned = mailbox.act(assigned.id(), assigned.version(), Transition.accept("staff", longAgo.plusHours(1)));
    mailbox.act(assigned.id(), assigned.version(),
        Transition.assign("staff", longAgo.plusHours(2), "县人社局", HandlingMode.FORWARDED, "转办"));
    mailbox.submit(letter("今天的来信"), TODAY.atTime(9, 0)); // not overdue

    RequestTracker tracker = RequestTracker.of(CALENDAR, DisclosureRules.national());
    RequestStore requests = RequestStore.inMemory();
    int dueSoon = 0;
    // Requests received on each of the last 30 days: those with 0–3 working days left are due soon.
    for (int back = 0; back < 30; back++) {
      LocalDate received = TODAY.minusDays(back);
      DisclosureRequest r = requests.register(ApplicantType.NATURAL_PERSON, Channel.ONLINE, received, "申请公开 " + back);
      LocalDate deadline = tracker.status(r, TODAY).deadline().orElseThrow();
      int left = CALENDAR.countWorkingDays(TODAY, deadline).count();
      if (left >= 0 && left <= 3 && !tracker.status(r, TODAY).late()) {
        dueSoon++;
      }
    }
    assertThat(dueSoon).isPositive();
    ScreeningBlocks blocks = new ScreeningBlocks();
    blocks.run();
    blocks.run();

    Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(BEIJING).toInstant(), BEIJING);
    metrics = new GovSiteMetrics(mailbox, requests, tracker, blocks, clock, 3, Duration.ofHours(1));
    metrics.bindTo(registry);

    assertThat(metrics.overdueByDepartment()).isEqualTo(Map.of("unassigned", 1L, "县人社局", 1L));
    assertThat(registry.get("govsite.mailbox.overdue").tag("department", "县人社局").gauge().value()).isEqualTo(1.0);
    assertThat(registry.get("govsite.mailbox.overdue").tag("department", "unassigned").gauge().value()).isEqualTo(1.0);
    assertThat(registry.get("govsite.disclosure.requests.due.soon").gauge().value()).isEqualTo(dueSoon);
    assertThat(registry.get("govsite.screening.blocks").functionCounter().count()).isEqualTo(2.0);
    blocks.run();
    assertThat(registry.get("govsite.screening.blocks").functionCounter().count()).isEqualTo(3.0);
  }

  @Test
  void aDatabaseAwayAtStartDoesNotStopBindingAndTheNextRefreshCounts() throws Exception {
    Mailbox mailbox = Mailbox.builder().store(JdbcLetterStore.builder().dataSource(db.dataSource()).build())
        .tracker(MailboxTracker.builder().calendar(CALENDAR).build()).build();
    mailbox.submit(letter("营业执照"), TODAY.minusMonths(2).atTime(10, 0));
    // The tables are gone for a moment (a database being restored): reading the letters fails.
    rename("govsite_", "");
    Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(BEIJING).toInstant(), BEIJING);
    metrics = new GovSiteMetrics(mailbox, null, null, null, clock, 3, Duration.ofHours(1));
    metrics.bindTo(registry); // does not throw: the start goes on
    org.assertj.core.api.Assertions.assertThatThrownBy(metrics::refresh).isInstanceOf(RuntimeException.class);
    assertThat(metrics.overdueByDepartment()).isEmpty();
    rename("away_", "away_");
    metrics.refresh();
    assertThat(metrics.overdueByDepartment()).isEqualTo(Map.of("unassigned", 1L));
  }

  /** Renames the tables whose names start with {@code like}: away (prefix away_) when {@code strip} is empty, back when it is away_. */
  private void rename(String like, String strip) throws Exception {
    try (java.sql.Connection c = db.dataSource().getConnection()) {
      java.util.List<String[]> tables = new java.util.ArrayList<>();
      try (java.sql.ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (r.next()) {
          if (!r.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT).startsWith(like)) {
            continue;
          }
          tables.add(new String[] {r.getString("TABLE_SCHEM"), r.getString("TABLE_NAME")});
        }
      }
      assertThat(tables).isNotEmpty();
      for (String[] t : tables) {
        String to = strip.isEmpty() ? "away_" + t[1] : t[1].substring(strip.length());
        try (java.sql.Statement st = c.createStatement()) {
          st.execute("ALTER TABLE \"" + t[0] + "\".\"" + t[1] + "\" RENAME TO \"" + to + "\"");
        }
      }
    }
  }
}
