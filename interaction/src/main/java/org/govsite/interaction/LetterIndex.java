package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.support.Checks;

/**
 * An immutable index of the letters awaiting a reply (待答复信件索引), sorted by deadline, for
 * fast queries at any instant: overdue letters, the chase list (催办) and the census risk.
 *
 * <p>Deadlines are computed once, when the index is built, from each letter's current history;
 * rebuild the index (or query the tracker directly) after letters change. Queries then cost a
 * binary search plus the size of the answer, not a scan of every letter.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LetterIndex {
  private final MailboxTracker tracker;
  private final Letter[] open;
  private final long[] deadlineDay;
  private final ReplyDeadline[] deadlines;
  private final DeadlinePolicy[] policies;
  private final Letter[] consultations;

  LetterIndex(MailboxTracker tracker, Collection<Letter> letters) {
    this.tracker = tracker;
    List<Letter> waiting = new ArrayList<>();
    List<Letter> consult = new ArrayList<>();
    for (Letter l : letters) {
      Checks.notNull(l, "letters[]");
      if (l.state().awaitingReply()) {
        waiting.add(l);
        if (l.type() == LetterType.CONSULTATION) {
          consult.add(l);
        }
      }
    }
    int n = waiting.size();
    ReplyDeadline[] d = new ReplyDeadline[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      d[i] = tracker.deadline(waiting.get(i));
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer, LocalDate>comparing(i -> d[i].date())
        .thenComparing(i -> waiting.get(i).received()).thenComparing(i -> waiting.get(i).id()));
    this.open = new Letter[n];
    this.deadlines = new ReplyDeadline[n];
    this.deadlineDay = new long[n];
    this.policies = new DeadlinePolicy[n];
    for (int k = 0; k < n; k++) {
      open[k] = waiting.get(order[k]);
      policies[k] = tracker.policyFor(open[k]);
      deadlines[k] = d[order[k]];
      deadlineDay[k] = deadlines[k].date().toEpochDay();
    }
    consult.sort(Comparator.comparing(Letter::received).thenComparing(Letter::id));
    this.consultations = consult.toArray(new Letter[0]);
  }

  /** Returns the number of letters awaiting a reply. */
  public int size() {
    return open.length;
  }

  /** Returns the letters whose deadline had passed at {@code at}, earliest deadline first. */
  public List<Letter> overdue(LocalDateTime at) {
    Checks.notNull(at, "at");
    return Collections.unmodifiableList(Arrays.asList(open).subList(0, firstAfter(at.toLocalDate().toEpochDay() - 1)));
  }

  /**
   * Returns the chase list (催办清单) at {@code at}: letters overdue or due within {@code workingDays}
   * working days, per department; departments ordered by their most urgent letter, letters most
   * urgent first.
   */
  public Map<String, List<ChaseItem>> chaseList(LocalDateTime at, int workingDays) {
    Checks.notNull(at, "at");
    Checks.argument(workingDays >= 0, "workingDays", "工作日数不能为负数", "workingDays must not be negative: " + workingDays);
    WorkingDayCalendar cal = tracker.calendar();
    LocalDate today = at.toLocalDate();
    int end = firstAfter(cal.addWorkingDays(today, workingDays).date().toEpochDay());
    Map<String, List<ChaseItem>> out = new LinkedHashMap<>();
    for (int k = 0; k < end; k++) {
      Letter l = open[k];
      ReplyDeadline d = deadlines[k];
      int left = cal.countWorkingDays(today, d.date()).count();
      AlarmLevel alarm = policies[k].alarmAt(-left);
      out.computeIfAbsent(l.department(), x -> new ArrayList<>())
          .add(new ChaseItem(l.id(), l.department(), d.date(), d.provisional(), today.isAfter(d.date()), left, alarm));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /** Returns the unanswered consultations past the census limit at {@code at} (互动回应差), oldest first. */
  public List<Letter> censusRisk(LocalDateTime at) {
    Checks.notNull(at, "at");
    List<Letter> out = new ArrayList<>();
    for (Letter l : consultations) {
      if (tracker.isCensusRisk(l, at)) {
        out.add(l);
      }
    }
    return List.copyOf(out);
  }

  /** Returns the index of the first letter whose deadline day is after {@code day}. */
  private int firstAfter(long day) {
    int lo = 0;
    int hi = deadlineDay.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (deadlineDay[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
