package org.govsite.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govsite.compliance.internal.Dates;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.screening.PersonalDataMasker;

/** Turns the mailbox's list rows into letters: the first date is received, the second the reply. */
final class MailboxReader {
  private final AuditOptions options;
  private final LocalDate at;

  /** Creates a reader for the audit date. */
  public MailboxReader(AuditOptions options, LocalDate at) {
    this.options = options;
    this.at = at;
  }

  /** Returns the letters received up to the audit date, with their status. */
  public List<Letter> letters(ListReader.Result list, SiteProfile.Mailbox m) {
    List<Letter> out = new ArrayList<>();
    for (ListReader.Item item : list.items()) {
      List<LocalDate> dates = item.dates();
      LocalDate received = m.receivedSelector().isPresent() ? first(item, m.receivedSelector().get()).orElse(dates.get(0)) : dates.get(0);
      Optional<LocalDate> replied = m.repliedSelector().isPresent() ? first(item, m.repliedSelector().get())
          : dates.size() > 1 ? Optional.of(dates.get(1)) : Optional.empty();
      if (received.isAfter(at)) {
        continue;
      }
      replied = replied.filter(d -> !d.isAfter(at));
      out.add(status(PersonalDataMasker.standard().mask(item.title()), item.url(), received, replied));
    }
    return out;
  }

  /** Decides a letter's status at the audit date. */
  public Letter status(String title, String url, LocalDate received, Optional<LocalDate> replied) {
    WorkingDayCalendar cal = options.freshnessPolicy().calendar();
    LocalDate due = cal.addWorkingDays(received, options.replyWithinWorkingDays()).date();
    Letter.Status s;
    if (replied.isPresent()) {
      s = replied.get().isAfter(due) ? Letter.Status.ANSWERED_LATE : Letter.Status.ANSWERED;
    } else if (at.isAfter(received.plus(options.unansweredLimit()))) {
      s = Letter.Status.UNANSWERED_OVER_LIMIT;
    } else {
      s = at.isAfter(due) ? Letter.Status.OVERDUE : Letter.Status.OPEN;
    }
    return new Letter(title, url, received, replied, due, s);
  }

  private static Optional<LocalDate> first(ListReader.Item item, String selector) {
    try {
      return Dates.find(ListReader.spaced(item.row().select(selector))).stream().findFirst();
    } catch (org.jsoup.select.Selector.SelectorParseException e) {
      throw new org.govsite.core.InvalidInputException("mailbox", "CSS选择器无效 / not a CSS selector: " + selector);
    }
  }
}
