package org.govsite.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.govsite.core.calendar.WorkingDayCalendar;

class TrackerProperties {
  private static final MailboxTracker TRACKER = MailboxTracker.standard();

  @Provide
  Arbitrary<LocalDateTime> receipts() {
    return Combinators.combine(Arbitraries.integers().between(0, 365 * 8), Arbitraries.integers().between(0, 23 * 60 + 59))
        .as((d, m) -> LocalDate.of(2018, 1, 1).plusDays(d).atStartOfDay().plusMinutes(m));
  }

  @Provide
  Arbitrary<DeadlinePolicy> policies() {
    return Arbitraries.integers().between(1, 20).flatMap(base -> Arbitraries.integers().between(base, 40)
        .map(ext -> DeadlinePolicy.builder().replyWorkingDays(base).extendedWorkingDays(ext).build()));
  }

  @Property
  void deadlineIsNeverBeforeReceiptAndNeverMovesEarlierWithAnExtension(@ForAll("receipts") LocalDateTime received,
      @ForAll("policies") DeadlinePolicy policy, @ForAll @IntRange(min = 0, max = 30) int noticeAfterDays) {
    MailboxTracker tracker = MailboxTracker.builder().policy(policy).build();
    Letter l = Fixtures.apply(Letter.builder().id("P").mailbox("m").type(LetterType.CONSULTATION).received(received).build(),
        Transition.accept("a", received));
    ReplyDeadline before = tracker.deadline(l);
    assertTrue(before.date().isAfter(received.toLocalDate()), "never before (nor on) the day of receipt");
    assertTrue(WorkingDayCalendar.official().isWorkingDay(before.date()), "a deadline is a working day");
    Letter extended = Fixtures.apply(l, Transition.postExtension("a", received.plusDays(noticeAfterDays), "延期"));
    ReplyDeadline after = tracker.deadline(extended);
    assertFalse(after.date().isBefore(before.date()), "an extension never moves the deadline earlier");
    assertEquals(!received.plusDays(noticeAfterDays).toLocalDate().isAfter(before.date()), after.extended());
  }

  @Property
  void indexAnswersEqualANaiveScan(@ForAll("letterSets") List<Letter> letters, @ForAll @IntRange(min = 0, max = 120) int day,
      @ForAll @IntRange(min = 0, max = 10) int within) {
    LocalDateTime at = LocalDate.of(2025, 9, 1).plusDays(day).atTime(12, 0);
    LetterIndex index = TRACKER.index(letters);
    assertEquals(TRACKER.overdue(letters, at).stream().map(Letter::id).sorted().toList(),
        index.overdue(at).stream().map(Letter::id).sorted().toList());
    LocalDate limit = WorkingDayCalendar.official().addWorkingDays(at.toLocalDate(), within).date();
    List<String> naive = new ArrayList<>();
    for (Letter l : letters) {
      if (l.state().awaitingReply() && !TRACKER.deadline(l).date().isAfter(limit)) {
        naive.add(l.id());
      }
    }
    List<String> chased = new ArrayList<>();
    index.chaseList(at, within).values().forEach(items -> {
      for (int i = 1; i < items.size(); i++) {
        assertFalse(items.get(i).deadline().isBefore(items.get(i - 1).deadline()), "most urgent first");
      }
      items.forEach(c -> chased.add(c.letterId()));
    });
    assertEquals(naive.stream().sorted().toList(), chased.stream().sorted().toList());
  }

  @Provide
  Arbitrary<List<Letter>> letterSets() {
    Arbitrary<Letter> one = Combinators.combine(Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 3),
        Arbitraries.of("教育局", "住建局", "民政局"), Arbitraries.integers().between(0, 1_000_000))
        .as((d, stage, dept, id) -> {
          LocalDateTime r = LocalDate.of(2025, 9, 1).plusDays(d).atTime(9, 0);
          Letter l = Letter.builder().id("L" + id + "-" + d + "-" + stage).mailbox("县长信箱").type(LetterType.CONSULTATION).received(r).build();
          if (stage >= 1) {
            l = Fixtures.apply(l, Transition.accept("a", r.plusHours(1)));
            l = Fixtures.apply(l, Transition.assign("a", r.plusHours(2), dept, HandlingMode.FORWARDED, ""));
          }
          if (stage >= 2) {
            l = Fixtures.apply(l, Transition.postExtension("a", r.plusDays(1), "延期"));
          }
          if (stage >= 3) {
            l = Fixtures.apply(l, Transition.reply("a", r.plusDays(3), "答复"));
          }
          return l;
        });
    return one.list().ofMaxSize(40).uniqueElements(Letter::id);
  }

  @Property
  void publicViewMaskingNeverRevealsAHiddenDigit(@ForAll("mobilePrefixes") int second,
      @ForAll @IntRange(min = 0, max = 99_999_999) int rest, @ForAll("fillers") String before, @ForAll("fillers") String after) {
    String phone = "1" + second + String.format("%09d", rest);
    String masked = PublicView.standard().mask(before + phone + after);
    assertTrue(masked.contains(phone.substring(0, 3) + "****" + phone.substring(7)), masked);
    assertFalse(masked.contains(phone.substring(3, 7) + phone.substring(7)) && !phone.substring(3, 7).equals("****"), masked);
    assertFalse(masked.contains(phone), masked);
  }

  @Provide
  Arbitrary<String> fillers() {
    return Arbitraries.strings().withChars("联系电话：，。 ").ofMaxLength(6);
  }

  @Provide
  Arbitrary<Integer> mobilePrefixes() {
    // Every second digit MobileNumbers accepts: 1[3-9].
    return Arbitraries.integers().between(3, 9);
  }
}
