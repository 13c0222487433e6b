package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.support.Checks;

/**
 * The reply-deadline tracker (答复时限跟踪): deadlines, alarms, overdue letters, the chase list,
 * the national census floor and the statistics, for letters as they stood at an instant.
 *
 * <p>Immutable and thread-safe. Deadlines come from {@link WorkingDayCalendar}; the census floor
 * (RULES §3 互动回应差) applies on top of every local policy.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MailboxTracker {
  /**
   * 互动回应差: a valid 政务咨询 message unanswered for more than 3 months fails the census —
   * RULES §3, 全国政府网站普查评分表 (国办发〔2015〕15号 附件) and 国办秘函〔2019〕19号. Calendar months.
   */
  public static final int CENSUS_UNANSWERED_MONTHS = 3;
  /** 互动回应差 looks at messages of the past year (RULES §3). */
  public static final int CENSUS_LOOKBACK_MONTHS = 12;

  private final WorkingDayCalendar calendar;
  private final PolicySet policies;
  private final int censusMonths;
  private final int lookbackMonths;

  private MailboxTracker(Builder b) {
    this.calendar = b.calendar;
    this.policies = b.policies;
    this.censusMonths = b.censusMonths;
    this.lookbackMonths = b.lookbackMonths;
  }

  /** Returns a tracker on the official calendar with the standard policy. */
  public static MailboxTracker standard() {
    return builder().build();
  }

  /** Returns a builder (official calendar, standard policies, census floor of 3 months). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the calendar deadlines are counted on. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** Returns the policies. */
  public PolicySet policies() {
    return policies;
  }

  /** Returns the policy that applies to a letter. */
  public DeadlinePolicy policyFor(Letter letter) {
    return policies.policyFor(letter.mailbox(), letter.type());
  }

  /** Returns the letter's current deadline (with every recorded extension and reopening). */
  public ReplyDeadline deadline(Letter letter) {
    return deadline(letter, LocalDateTime.MAX);
  }

  /** Returns the deadline as it stood at {@code at} (only history up to that instant counts). */
  public ReplyDeadline deadline(Letter letter, LocalDateTime at) {
    Checks.notNull(letter, "letter");
    Checks.notNull(at, "at");
    try {
      return DeadlineEngine.deadline(letter, policyFor(letter), calendar, at);
    } catch (InvalidInputException e) {
      // The calendar names its own parameter ("start"); the caller needs the letter at fault.
      throw new InvalidInputException("letters[" + letter.id() + "].received", e.reason(), e);
    }
  }

  /** Returns the letter's state at {@code at}. */
  public LetterState stateAt(Letter letter, LocalDateTime at) {
    return DeadlineEngine.stateAt(Checks.notNull(letter, "letter"), Checks.notNull(at, "at"));
  }

  /** Returns whether a reply was owed and the deadline had passed at {@code at}. */
  public boolean isOverdue(Letter letter, LocalDateTime at) {
    return stateAt(letter, at).awaitingReply() && at.toLocalDate().isAfter(deadline(letter, at).date());
  }

  /** Returns the alarm colour at {@code at}: {@link AlarmLevel#NONE} once no reply is owed. */
  public AlarmLevel alarm(Letter letter, LocalDateTime at) {
    if (!stateAt(letter, at).awaitingReply()) {
      return AlarmLevel.NONE;
    }
    LocalDate due = deadline(letter, at).date();
    return policyFor(letter).alarmAt(calendar.countWorkingDays(due, at.toLocalDate()).count());
  }

  /**
   * Returns whether the letter puts the site at census risk (互动回应差) at {@code at}: a valid
   * consultation that was unanswered for more than {@link #CENSUS_UNANSWERED_MONTHS} calendar
   * months — still unanswered now, or answered that late within the past year. Counted in whole
   * days as RULES §1 counts calendar limits: the period runs to the end of the same day
   * {@code censusUnansweredMonths} later (received 09-30 → 12-30), so the risk starts the day after.
   */
  public boolean isCensusRisk(Letter letter, LocalDateTime at) {
    Checks.notNull(letter, "letter");
    Checks.notNull(at, "at");
    if (letter.type() != LetterType.CONSULTATION || stateAt(letter, at) == LetterState.REJECTED) {
      return false;
    }
    LocalDate limit = letter.received().toLocalDate().plusMonths(censusMonths);
    var reply = letter.firstReplyAt(at);
    if (reply.isEmpty()) {
      return at.toLocalDate().isAfter(limit);
    }
    return reply.get().toLocalDate().isAfter(limit) && !letter.received().isBefore(at.minusMonths(lookbackMonths));
  }

  /** Returns the letters overdue at {@code at}, earliest deadline first (a scan; see {@link #index}). */
  public List<Letter> overdue(Collection<Letter> letters, LocalDateTime at) {
    Checks.notNull(letters, "letters");
    Checks.notNull(at, "at");
    List<Map.Entry<LocalDate, Letter>> found = new ArrayList<>();
    LocalDate today = at.toLocalDate();
    for (Letter l : letters) {
      if (stateAt(l, at).awaitingReply()) {
        LocalDate due = deadline(l, at).date();
        if (today.isAfter(due)) {
          found.add(Map.entry(due, l));
        }
      }
    }
    found.sort(Map.Entry.comparingByKey());
    return found.stream().map(Map.Entry::getValue).toList();
  }

  /** Builds an immutable index of the letters still awaiting a reply, for fast queries at any instant. */
  public LetterIndex index(Collection<Letter> letters) {
    Checks.notNull(letters, "letters");
    return new LetterIndex(this, letters);
  }

  /**
   * Computes the report for letters received from {@code from} to {@code to} (inclusive), judged
   * at {@code at}.
   */
  public MailboxStatistics statistics(Collection<Letter> letters, LocalDate from, LocalDate to, LocalDateTime at) {
    Checks.notNull(letters, "letters");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(at, "at");
    Checks.argument(!to.isBefore(from), "to", "结束日期不能早于开始日期", "'to' must not be before 'from'");
    return StatisticsCalculator.compute(this, letters, from, to, at);
  }

  /** Builds a tracker; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private WorkingDayCalendar calendar = WorkingDayCalendar.official();
    private PolicySet policies = PolicySet.standard();
    private int censusMonths = CENSUS_UNANSWERED_MONTHS;
    private int lookbackMonths = CENSUS_LOOKBACK_MONTHS;

    private Builder() {}

    /** Sets the working-day calendar. */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Checks.notNull(calendar, "calendar");
      return this;
    }

    /** Sets the deadline policies. */
    public Builder policies(PolicySet policies) {
      this.policies = Checks.notNull(policies, "policies");
      return this;
    }

    /** Sets one policy for every mailbox and type. */
    public Builder policy(DeadlinePolicy policy) {
      this.policies = PolicySet.builder().defaultPolicy(Checks.notNull(policy, "policy")).build();
      return this;
    }

    /** Overrides the census floor (calendar months, 1–12); sites may be stricter, never laxer in practice. */
    public Builder censusUnansweredMonths(int months) {
      Checks.argument(months >= 1 && months <= 12, "censusUnansweredMonths", "须为 1–12 个月",
          "censusUnansweredMonths must be 1..12: " + months);
      this.censusMonths = months;
      return this;
    }

    /** Overrides how far back answered-too-late consultations count (calendar months, 1–60). */
    public Builder censusLookbackMonths(int months) {
      Checks.argument(months >= 1 && months <= 60, "censusLookbackMonths", "须为 1–60 个月",
          "censusLookbackMonths must be 1..60: " + months);
      this.lookbackMonths = months;
      return this;
    }

    /** Builds the tracker. */
    public MailboxTracker build() {
      return new MailboxTracker(this);
    }
  }
}
