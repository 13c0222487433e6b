package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** What is being reviewed (待审内容类型): everything a portal publishes goes through review. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ItemKind {
  /** A column article (栏目文章). */
  ARTICLE,
  /** A reply to a mailbox letter (信件答复). */
  LETTER_REPLY,
  /** An information-disclosure catalogue entry (公开目录条目). */
  CATALOGUE_ENTRY,
  /** The annual information-disclosure report (年度报告). */
  ANNUAL_REPORT;

  /** Returns the lower-case code kept in stores: {@code article}, {@code letter-reply}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a {@link #code()}, naming {@code field} when it fails. */
  public static ItemKind fromCode(String code, String field) {
    return Codes.byName(values(), code, field, "未知的内容类型 / unknown item kind", ItemKind::code);
  }
}
