package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A notice or reply that was, or still is, late (逾期): its kind, when it was due, when it was
 * given, and by how many working days it was late.
 *
 * @param kind which notice
 * @param due the last day it was allowed
 * @param given the day it was given; empty while it is still missing
 * @param workingDaysLate working days after {@code due} up to the day given (or the day of the report)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LateNotice(Kind kind, LocalDate due, Optional<LocalDate> given, int workingDaysLate) {
  /** Checks the parts. */
  public LateNotice {
    Checks.notNull(kind, "kind");
    Checks.notNull(due, "due");
    Checks.notNull(given, "given");
    Checks.argument(workingDaysLate >= 1, "workingDaysLate", "逾期天数至少为1", "a late notice is late by at least one working day");
  }

  /** The notices whose lateness is tracked (告知书类型). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** 补正通知, due within 7 working days of receipt (Art. 30). */
    CORRECTION_NOTICE("correction-notice"),
    /** 延期告知, due before the reply limit runs out (Art. 33). */
    EXTENSION_NOTICE("extension-notice"),
    /** 答复, due by the request's deadline (Art. 33). */
    REPLY("reply");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** Returns the stable code, e.g. {@code correction-notice}. */
    public String code() {
      return code;
    }
  }
}
