package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** What a history entry records (审核操作). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Decision {
  /** The author submitted the item (送审). */
  SUBMITTED,
  /** A stage signed the item off (通过); the last approval publishes it. */
  APPROVED,
  /** A stage sent it back to the author with an opinion (退回). */
  REJECTED,
  /** The author submitted an edited text after a rejection; review starts again at the first stage (重新送审). */
  RESUBMITTED,
  /** The item was taken down after publication, with a reason (撤稿). */
  WITHDRAWN;

  /** Returns the lower-case code kept in stores: {@code submitted}, {@code approved}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #code()}, naming {@code field} when it fails. */
  public static Decision fromCode(String code, String field) {
    return Codes.byName(values(), code, field, "未知的审核操作 / unknown decision", Decision::code);
  }
}
