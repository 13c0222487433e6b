package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The statutory time limits of the 政府信息公开条例 (信息公开时限), national by default and
 * overridable per site, since local rules may be stricter.
 *
 * @param proactiveWorkingDays Art. 26: proactive items are published within this many working days
 * @param replyWorkingDays Art. 33: a request is answered within this many working days
 * @param extensionMaxWorkingDays Art. 33: the one extension adds at most this many working days
 * @param correctionNoticeWorkingDays Art. 30: a 补正 notice is due within this many working days
 * @param legacyReplyWorkingDays the 2007 text, Art. 24: reply limit for requests before the revision
 * @param legacyExtensionMaxWorkingDays the 2007 text, Art. 24: its extension limit
 * @param revisionInForce the day the 2019 revision took effect; earlier requests follow the 2007 text
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DisclosureRules(int proactiveWorkingDays, int replyWorkingDays, int extensionMaxWorkingDays,
    int correctionNoticeWorkingDays, int legacyReplyWorkingDays, int legacyExtensionMaxWorkingDays,
    LocalDate revisionInForce) {
  /** 条例 (2019) 第26条: 20 working days to publish a proactive item after it is formed or changed. */
  public static final int ART_26_PROACTIVE_WORKING_DAYS = 20;
  /** 条例 (2019) 第33条: 20 working days to answer a request. */
  public static final int ART_33_REPLY_WORKING_DAYS = 20;
  /** 条例 (2019) 第33条: one extension of at most 20 working days. */
  public static final int ART_33_EXTENSION_MAX_WORKING_DAYS = 20;
  /** 条例 (2019) 第30条: a 补正 notice within 7 working days of receipt. */
  public static final int ART_30_CORRECTION_NOTICE_WORKING_DAYS = 7;
  /** 条例 (2007) 第24条: 15 working days to answer. */
  public static final int LEGACY_ART_24_REPLY_WORKING_DAYS = 15;
  /** 条例 (2007) 第24条: one extension of at most 15 working days. */
  public static final int LEGACY_ART_24_EXTENSION_MAX_WORKING_DAYS = 15;
  /** 国务院令第711号: the 2019 revision is in force from 2019-05-15. */
  public static final LocalDate DECREE_711_IN_FORCE = LocalDate.of(2019, 5, 15);

  private static final DisclosureRules NATIONAL = new DisclosureRules(ART_26_PROACTIVE_WORKING_DAYS,
      ART_33_REPLY_WORKING_DAYS, ART_33_EXTENSION_MAX_WORKING_DAYS, ART_30_CORRECTION_NOTICE_WORKING_DAYS,
      LEGACY_ART_24_REPLY_WORKING_DAYS, LEGACY_ART_24_EXTENSION_MAX_WORKING_DAYS, DECREE_711_IN_FORCE);

  /** Checks each limit. */
  public DisclosureRules {
    positive(proactiveWorkingDays, "proactiveWorkingDays");
    positive(replyWorkingDays, "replyWorkingDays");
    Checks.argument(extensionMaxWorkingDays >= 0, "extensionMaxWorkingDays", "不能为负数", "must not be negative: " + extensionMaxWorkingDays);
    positive(correctionNoticeWorkingDays, "correctionNoticeWorkingDays");
    positive(legacyReplyWorkingDays, "legacyReplyWorkingDays");
    Checks.argument(legacyExtensionMaxWorkingDays >= 0, "legacyExtensionMaxWorkingDays", "不能为负数", "must not be negative: " + legacyExtensionMaxWorkingDays);
    Checks.notNull(revisionInForce, "revisionInForce");
  }

  private static void positive(int v, String field) {
    Checks.argument(v >= 1 && v <= 365, field, "须在 1–365 个工作日之间", "must be between 1 and 365 working days: " + v);
  }

  /** Returns the national limits of the 2019 条例 (and the 2007 text for older requests). */
  public static DisclosureRules national() {
    return NATIONAL;
  }

  /** Returns a builder starting from the national limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns true when a request received on this day follows the 2007 text. */
  public boolean legacy(LocalDate received) {
    return received.isBefore(revisionInForce);
  }

  /** Builds site-specific limits (本地规定), starting from the national ones. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int proactive = ART_26_PROACTIVE_WORKING_DAYS;
    private int reply = ART_33_REPLY_WORKING_DAYS;
    private int extension = ART_33_EXTENSION_MAX_WORKING_DAYS;
    private int correction = ART_30_CORRECTION_NOTICE_WORKING_DAYS;
    private int legacyReply = LEGACY_ART_24_REPLY_WORKING_DAYS;
    private int legacyExtension = LEGACY_ART_24_EXTENSION_MAX_WORKING_DAYS;
    private LocalDate revision = DECREE_711_IN_FORCE;

    private Builder() {}

    /** Sets the Art. 26 publication limit in working days. */
    public Builder proactiveWorkingDays(int days) {
      positive(days, "proactiveWorkingDays");
      proactive = days;
      return this;
    }

    /** Sets the Art. 33 reply limit in working days. */
    public Builder replyWorkingDays(int days) {
      positive(days, "replyWorkingDays");
      reply = days;
      return this;
    }

    /** Sets the Art. 33 maximum extension in working days. */
    public Builder extensionMaxWorkingDays(int days) {
      Checks.argument(days >= 0 && days <= 365, "extensionMaxWorkingDays", "须在 0–365 之间", "must be between 0 and 365: " + days);
      extension = days;
      return this;
    }

    /** Sets the Art. 30 limit for the 补正 notice in working days. */
    public Builder correctionNoticeWorkingDays(int days) {
      positive(days, "correctionNoticeWorkingDays");
      correction = days;
      return this;
    }

    /** Sets the reply and extension limits for requests received before the revision. */
    public Builder legacyWorkingDays(int reply, int extension) {
      positive(reply, "legacyReplyWorkingDays");
      Checks.argument(extension >= 0 && extension <= 365, "legacyExtensionMaxWorkingDays", "须在 0–365 之间", "must be between 0 and 365: " + extension);
      legacyReply = reply;
      legacyExtension = extension;
      return this;
    }

    /** Sets the day from which the 2019 limits apply. */
    public Builder revisionInForce(LocalDate day) {
      revision = Checks.notNull(day, "revisionInForce");
      return this;
    }

    /** Returns the rules. */
    public DisclosureRules build() {
      return new DisclosureRules(proactive, reply, extension, correction, legacyReply, legacyExtension, revision);
    }
  }
}
