package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** Where a review item stands (审核状态). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ReviewState {
  /** Waiting for a stage to decide (审核中): {@link ReviewItem#approvedStages()} is the index of that stage. */
  IN_REVIEW,
  /** Rejected by a stage and back with its author (退回修改); the author resubmits it. */
  RETURNED,
  /**
   * The last stage approved and the publication is claimed (发布中): the publication listeners are
   * running. Transient: it becomes {@link #PUBLISHED}, or {@link #IN_REVIEW} again when a listener
   * fails; an item left here by a crash is finished by {@link ReviewWorkflow#resumeInterrupted()}.
   */
  PUBLISHING,
  /** Every stage approved and every listener ran: public (已发布). */
  PUBLISHED,
  /**
   * A withdrawal is claimed (撤稿中): the listeners are taking the item down. Transient: it becomes
   * {@link #WITHDRAWN}, or {@link #PUBLISHED} again when a listener fails; see {@link #PUBLISHING}.
   */
  WITHDRAWING,
  /** Taken down after publication with a reason (已撤稿); final. */
  WITHDRAWN;

  /** Whether the state is a claim whose listeners have not finished ({@link #PUBLISHING}, {@link #WITHDRAWING}). */
  public boolean claimed() {
    return this == PUBLISHING || this == WITHDRAWING;
  }

  /** Returns the lower-case code kept in stores: {@code in-review}, {@code returned}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a {@link #code()}, naming {@code field} when it fails. */
  public static ReviewState fromCode(String code, String field) {
    return Codes.byName(values(), code, field, "未知的审核状态 / unknown review state", ReviewState::code);
  }
}
