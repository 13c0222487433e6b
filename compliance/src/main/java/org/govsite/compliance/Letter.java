package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A letter on the mailbox's public list (信件), with its status at the audit date.
 *
 * @param title the letter's title (personal data masked)
 * @param url the letter's page, or the list page when it has none
 * @param received when it was received
 * @param replied when it was answered; empty when it was not
 * @param replyDue the last day to answer under the site's reply policy
 * @param status where it stands
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Letter(String title, String url, LocalDate received, Optional<LocalDate> replied, LocalDate replyDue, Status status) {
  /** Validates the components. */
  public Letter {
    Checks.notNull(title, "title");
    Checks.notNull(url, "url");
    Checks.notNull(received, "received");
    Checks.notNull(replied, "replied");
    Checks.notNull(replyDue, "replyDue");
    Checks.notNull(status, "status");
  }

  /** Where a letter stands (办理状态). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Status {
    /** 按时答复: answered within the policy. */
    ANSWERED,
    /** 超期答复: answered after the policy's deadline. */
    ANSWERED_LATE,
    /** 办理中: not answered, still within the policy. */
    OPEN,
    /** 超期未复: not answered past the policy's deadline. */
    OVERDUE,
    /** 超过3个月未复: not answered for more than 3 months (census veto, RULES §3). */
    UNANSWERED_OVER_LIMIT;

    /** Returns the name used in JSON, e.g. {@code answered-late}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
