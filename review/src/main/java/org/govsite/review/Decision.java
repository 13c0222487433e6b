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
  /**
   * A stage signed the item off (通过). The last approval claims the publication: the item goes to
   * {@link ReviewState#PUBLISHING}, and {@link #PUBLISHED} or {@link #PUBLICATION_FAILED} follows.
   */
  APPROVED,
  /** A stage sent it back to the author with an opinion (退回). */
  REJECTED,
  /** The author submitted an edited text after a rejection; review starts again at the first stage (重新送审). */
  RESUBMITTED,
  /**
   * A withdrawal after publication, with a reason (撤稿): the item goes to {@link ReviewState#WITHDRAWING},
   * and {@link #TAKEN_DOWN} or {@link #WITHDRAWAL_FAILED} follows.
   */
  WITHDRAWN,
  /** Every publication listener ran after the last approval: the item is public (发布完成). */
  PUBLISHED,
  /** A publication listener failed; the others were undone and the item waits for its last stage again (发布失败). */
  PUBLICATION_FAILED,
  /** Every listener ran after a withdrawal: the item is down everywhere (撤稿完成). */
  TAKEN_DOWN,
  /** A listener failed during a withdrawal; the others were undone and the item is published again (撤稿失败). */
  WITHDRAWAL_FAILED;

  /** Returns the lower-case code kept in stores: {@code submitted}, {@code approved}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #code()}, naming {@code field} when it fails. */
  public static Decision fromCode(String code, String field) {
    return Codes.byName(values(), code, field, "未知的审核操作 / unknown decision", Decision::code);
  }
}
