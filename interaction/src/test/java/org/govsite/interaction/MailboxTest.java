package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.govsite.core.FieldError;
import org.govsite.interaction.render.PublicLetterRenderer;
import org.govsite.core.identifiers.QueryCodes;
import org.junit.jupiter.api.Test;

class MailboxTest {
  /** A random id that collides with a stored letter's is replaced: both letters are kept, each under its own id. */
  @Test
  void anIdCollisionNeverLosesALetterNorSharesAnId() {
    java.util.Iterator<String> given = List.of("XX20250930-AAAAAAAA", "XX20250930-AAAAAAAA", "XX20250930-BBBBBBBB").iterator();
    LetterStore store = new InMemoryLetterStore();
    Mailbox m = Mailbox.builder().store(store).ids(given::next).build();
    Letter first = m.submit(SubmissionRulesTest.valid(), t("2025-09-30T10:00:00"));
    Letter second = m.submit(SubmissionRulesTest.valid(), t("2025-09-30T10:05:00"));
    assertEquals("XX20250930-AAAAAAAA", first.id());
    assertEquals("XX20250930-BBBBBBBB", second.id(), "the second letter took a fresh id");
    assertEquals(first, store.find(first.id()).orElseThrow(), "the first letter is untouched");
    assertEquals(second, store.find(second.id()).orElseThrow());
    assertEquals(2, store.all().size());
  }

  /** An id source that only ever gives taken ids fails the submission after a bounded number of tries, storing nothing. */
  @Test
  void anIdSourceThatKeepsCollidingFailsWithoutOverwriting() {
    AtomicInteger asked = new AtomicInteger();
    LetterStore store = new InMemoryLetterStore();
    Mailbox m = Mailbox.builder().store(store).ids(() -> {
      asked.incrementAndGet();
      return "XX20250930-SAMESAME";
    }).build();
    Letter first = m.submit(SubmissionRulesTest.valid(), t("2025-09-30T10:00:00"));
    assertThrows(ConcurrentUpdateException.class, () -> m.submit(SubmissionRulesTest.valid(), t("2025-09-30T10:05:00")));
    assertEquals(1 + Mailbox.MAX_ID_ATTEMPTS, asked.get());
    assertEquals(List.of(first), store.all());
  }

  @Test
  void aLetterFromSubmissionToPublicationOnH2() {
    AtomicInteger n = new AtomicInteger();
    Mailbox m = Mailbox.builder()
        .store(JdbcLetterStore.builder().url("jdbc:h2:mem:mb-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "").build())
        .ids(() -> "XX-" + n.incrementAndGet())
        .build();
    Letter l = m.submit(SubmissionRulesTest.valid(), t("2025-09-30T10:00:00"));
    assertEquals("XX-1", l.id());
    assertEquals(LetterState.RECEIVED, l.state());
    assertTrue(QueryCodes.isWellFormed(l.queryCode()), "a new letter gets a " + QueryCodes.LENGTH + "-character code: " + l.queryCode());
    l = m.act(l.id(), l.version(), Transition.accept("受理员", t("2025-09-30T11:00:00")));
    l = m.act(l.id(), l.version(), Transition.assign("受理员", t("2025-09-30T11:05:00"), "教育局", HandlingMode.SUPERVISED, "交办"));
    l = m.act(l.id(), l.version(), Transition.postExtension("教育局", t("2025-10-10T09:00:00"), "需协调学位"));
    LetterStatus status = m.status(l.id(), l.queryCode()).orElseThrow();
    assertEquals("extended", status.state());
    assertEquals(LocalDate.of(2025, 10, 28), status.deadline());
    assertEquals(Optional.empty(), m.status(l.id(), "000000"));
    assertEquals(Optional.empty(), m.status(l.id(), ""));
    assertEquals(Optional.empty(), m.status(l.id(), l.queryCode().substring(1)));
    assertTrue(m.status(l.id(), l.queryCode().toLowerCase(java.util.Locale.ROOT)).isPresent(), "case is ignored");
    l = m.act(l.id(), l.version(), Transition.reply("教育局", t("2025-10-20T16:00:00"), "可到片区学校报名。"));
    l = m.act(l.id(), l.version(), Transition.decidePublication("信箱管理员", t("2025-10-21T09:00:00"), true, "共性问题"));
    l = m.act(l.id(), l.version(), Transition.publish("信箱管理员", t("2025-10-21T09:10:00")));
    PublishedPage page = m.published(1, 10);
    assertEquals(1, page.total());
    assertEquals("可到片区学校报名。", page.letters().get(0).reply());
    assertFalse(PublicLetterRenderer.html(page.letters().get(0)).contains("13912345678"));
    assertEquals(List.of(), m.published(2, 10).letters());
    org.govsite.core.InvalidInputException tooFar = assertThrows(org.govsite.core.InvalidInputException.class,
        () -> m.published(Integer.MAX_VALUE, 100));
    assertEquals("page", tooFar.field(), "an overflowing offset names the page, not a negative offset");
    assertEquals(6, m.find(l.id()).orElseThrow().history().size());
    MailboxStatistics s = m.statistics(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), t("2025-11-01T00:00:00"));
    assertEquals(1, s.totals().onTime());
    assertEquals(0, m.index().size());
  }

  @Test
  void actingOnAStaleVersionOrAMissingLetterFails() {
    Mailbox m = Mailbox.builder().build();
    Letter l = m.submit(SubmissionRulesTest.valid(), t("2025-09-30T10:00:00"));
    m.act(l.id(), 0, Transition.accept("甲", t("2025-09-30T11:00:00")));
    assertThrows(ConcurrentUpdateException.class, () -> m.act(l.id(), 0, Transition.accept("乙", t("2025-09-30T11:00:00"))));
    assertThrows(LetterNotFoundException.class, () -> m.act("nope", 0, Transition.accept("乙", t("2025-09-30T11:00:00"))));
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> m.act(l.id(), 1, Transition.accept("乙", t("2025-09-30T12:00:00"))));
    assertTrue(e.getMessage().contains("'accepted'"));
    assertEquals(1, m.find(l.id()).orElseThrow().version(), "nothing written by failed actions");
  }

  @Test
  void invalidSubmissionsAreNotStored() {
    Mailbox m = Mailbox.builder().build();
    Submission bad = new Submission("县长信箱", "咨询", "", "", "", "", "", "", "", "", false);
    SubmissionException e = assertThrows(SubmissionException.class, () -> m.submit(bad, t("2025-09-30T10:00:00")));
    assertEquals(List.of("subject", "body", "phone"), e.errors().stream().map(FieldError::field).toList());
    assertEquals(List.of(), m.store().all());
  }
}
