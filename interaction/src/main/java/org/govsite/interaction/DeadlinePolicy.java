package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A reply-deadline policy (答复时限规则): working days to reply, working days once an extension
 * notice was posted in time, and the alarm ladder.
 *
 * <p>Counting follows RULES §1: the day of receipt never counts; the deadline is the end of the
 * Nth working day after it. An extension notice counts only when posted on or before the normal
 * deadline; it moves the deadline to the extended count (still from receipt); there is no second
 * extension.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DeadlinePolicy {
  /** 答复时限 5 个工作日 — RULES §4, seed {@code 000_…txt} 篇六 (a city mailbox rule). */
  public static final int SEED_CITY_REPLY_WORKING_DAYS = 5;
  /** 最长办理时限 15 — RULES §4, seed {@code 000_…txt} 篇六; counted in working days, as the issue asks. */
  public static final int SEED_CITY_EXTENDED_WORKING_DAYS = 15;
  /** 简单问题 3 个工作日 — RULES §4, other local rules. */
  public static final int SIMPLE_REPLY_WORKING_DAYS = 3;
  /** 复杂问题 10 个工作日 — RULES §4, other local rules. */
  public static final int COMPLEX_REPLY_WORKING_DAYS = 10;
  /** 12345 热线 3 个工作日 — RULES §4. */
  public static final int HOTLINE_12345_REPLY_WORKING_DAYS = 3;
  /** 12345 热线 投诉 13 个工作日 — RULES §4. */
  public static final int HOTLINE_12345_EXTENDED_WORKING_DAYS = 13;
  /** The example ladder: warning 5 working days before, yellow card 2 before, red card 2 after. */
  public static final List<AlarmStep> DEFAULT_ALARMS = List.of(
      new AlarmStep(AlarmLevel.WARNING, -5), new AlarmStep(AlarmLevel.YELLOW_CARD, -2), new AlarmStep(AlarmLevel.RED_CARD, 2));

  private final String name;
  private final int replyWorkingDays;
  private final int extendedWorkingDays;
  private final List<AlarmStep> alarms;

  private DeadlinePolicy(Builder b) {
    this.name = b.name;
    this.replyWorkingDays = b.replyWorkingDays;
    this.extendedWorkingDays = b.extendedWorkingDays;
    List<AlarmStep> sorted = new ArrayList<>(b.alarms);
    sorted.sort(Comparator.comparingInt(AlarmStep::offset));
    this.alarms = List.copyOf(sorted);
  }

  /** Returns a builder starting from the default (5/15 working days, default ladder). */
  public static Builder builder() {
    return new Builder();
  }

  /** The default: reply within 5 working days, 15 after an extension notice (RULES §4, seed 000 篇六). */
  public static DeadlinePolicy standard() {
    return builder().name("standard-5-15").build();
  }

  /** Simple 3 / complex 10 working days (RULES §4, other local rules). */
  public static DeadlinePolicy simpleComplex() {
    return builder().name("simple-complex-3-10").replyWorkingDays(SIMPLE_REPLY_WORKING_DAYS)
        .extendedWorkingDays(COMPLEX_REPLY_WORKING_DAYS).build();
  }

  /** 12345-style: 3 working days, 13 after an extension notice (RULES §4). */
  public static DeadlinePolicy hotline12345() {
    return builder().name("12345-3-13").replyWorkingDays(HOTLINE_12345_REPLY_WORKING_DAYS)
        .extendedWorkingDays(HOTLINE_12345_EXTENDED_WORKING_DAYS).build();
  }

  /** Returns the policy's name. */
  public String name() {
    return name;
  }

  /** Returns the working days to reply without an extension. */
  public int replyWorkingDays() {
    return replyWorkingDays;
  }

  /** Returns the working days to reply after an extension notice posted in time. */
  public int extendedWorkingDays() {
    return extendedWorkingDays;
  }

  /** Returns the alarm ladder, lowest offset first. */
  public List<AlarmStep> alarms() {
    return alarms;
  }

  /** Returns the alarm level at {@code offset} working days from the deadline (positive after it). */
  public AlarmLevel alarmAt(int offset) {
    AlarmLevel level = AlarmLevel.NONE;
    for (AlarmStep s : alarms) {
      if (offset >= s.offset() && s.level().compareTo(level) > 0) {
        level = s.level();
      }
    }
    return level;
  }

  @Override
  public String toString() {
    return "DeadlinePolicy[" + name + ", " + replyWorkingDays + "/" + extendedWorkingDays + " working days, alarms=" + alarms + "]";
  }

  /** Builds a policy; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private String name = "custom";
    private int replyWorkingDays = SEED_CITY_REPLY_WORKING_DAYS;
    private int extendedWorkingDays = SEED_CITY_EXTENDED_WORKING_DAYS;
    private List<AlarmStep> alarms = DEFAULT_ALARMS;

    private Builder() {}

    /** Sets the name shown in reports. */
    public Builder name(String name) {
      Checks.notNull(name, "name");
      Checks.argument(!name.isBlank(), "name", "名称不能为空", "the name must not be blank");
      this.name = name;
      return this;
    }

    /** Sets the working days to reply (1–366). */
    public Builder replyWorkingDays(int days) {
      Checks.argument(days >= 1 && days <= 366, "replyWorkingDays", "答复时限须为 1–366 个工作日",
          "replyWorkingDays must be 1..366: " + days);
      this.replyWorkingDays = days;
      return this;
    }

    /** Sets the working days to reply after an extension notice (1–366, not below the normal limit). */
    public Builder extendedWorkingDays(int days) {
      Checks.argument(days >= 1 && days <= 366, "extendedWorkingDays", "延期时限须为 1–366 个工作日",
          "extendedWorkingDays must be 1..366: " + days);
      this.extendedWorkingDays = days;
      return this;
    }

    /** Sets the alarm ladder (may be empty: no colours). */
    public Builder alarms(List<AlarmStep> alarms) {
      Checks.notNull(alarms, "alarms");
      alarms.forEach(a -> Checks.notNull(a, "alarms[]"));
      this.alarms = List.copyOf(alarms);
      return this;
    }

    /** Builds the policy. */
    public DeadlinePolicy build() {
      Checks.argument(extendedWorkingDays >= replyWorkingDays, "extendedWorkingDays", "延期时限不能短于答复时限",
          "extendedWorkingDays (" + extendedWorkingDays + ") must not be below replyWorkingDays (" + replyWorkingDays + ")");
      return new DeadlinePolicy(this);
    }
  }
}
