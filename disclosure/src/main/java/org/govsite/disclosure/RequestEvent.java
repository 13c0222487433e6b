package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;
import org.govsite.core.support.Checks;

/**
 * One step in a request's history (办理记录): a 补正 notice, the corrected request, a consultation
 * starting or ending, an extension, the answer, or a withdrawal.
 *
 * @param type what happened
 * @param date the day it happened
 * @param outcome the outcome, present exactly for {@link Type#ANSWERED}
 * @param workingDays the working days an {@link Type#EXTENDED} event adds (0: not stated, the most the
 *     rules allow); 0 for other events
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RequestEvent(Type type, LocalDate date, Optional<Outcome> outcome, int workingDays) {
  /** Checks that the parts fit the type. */
  public RequestEvent {
    Checks.notNull(type, "type");
    Checks.notNull(date, "date");
    Checks.notNull(outcome, "outcome");
    Checks.argument(outcome.isPresent() == (type == Type.ANSWERED), "outcome", "仅答复记录有办理结果",
        "an answered event needs an outcome and only it has one");
    Checks.argument(type == Type.EXTENDED ? workingDays >= 0 : workingDays == 0, "days", "仅延期记录有工作日数",
        "only an extended event has days, and they are not negative");
  }

  /** Returns an event without outcome or days. */
  public static RequestEvent of(Type type, LocalDate date) {
    return new RequestEvent(type, date, Optional.empty(), 0);
  }

  /** Returns an {@code answered} event. */
  public static RequestEvent answered(LocalDate date, Outcome outcome) {
    return new RequestEvent(Type.ANSWERED, date, Optional.of(Checks.notNull(outcome, "outcome")), 0);
  }

  /** Returns an {@code extended} event adding this many working days (0: the most the rules allow). */
  public static RequestEvent extended(LocalDate date, int workingDays) {
    return new RequestEvent(Type.EXTENDED, date, Optional.empty(), workingDays);
  }

  /** The kinds of event (事件类型), with their stable codes. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Type {
    /** 补正通知: the agency asked the applicant to make the request clear (Art. 30). */
    CORRECTION_REQUESTED("correction-requested"),
    /** 补正到达: the corrected request arrived; the reply clock restarts from this day. */
    CORRECTED("corrected"),
    /** 征求意见开始: consultation of a third party or agency began (Art. 32, 34). */
    CONSULTATION_STARTED("consultation-started"),
    /** 征求意见结束. */
    CONSULTATION_ENDED("consultation-ended"),
    /** 延期答复: the one extension (Art. 33). */
    EXTENDED("extended"),
    /** 答复: the request was answered with an outcome. */
    ANSWERED("answered"),
    /** 撤回: the applicant withdrew the request. */
    WITHDRAWN("withdrawn");

    private final String code;

    Type(String code) {
      this.code = code;
    }

    /** Returns the stable code, e.g. {@code correction-requested}. */
    public String code() {
      return code;
    }

    /** Returns the type with this code. */
    public static Type fromCode(String code) {
      return Codes.byName(values(), code, "type", "未知的事件类型 / unknown event type", Type::code);
    }
  }
}
