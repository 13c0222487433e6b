package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ErrorCategory;
import org.govsite.core.ErrorCode;

/** The error codes of the review workflow (审核错误代码). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ReviewErrorCode implements ErrorCode {
  /** No review item has the id. */
  ITEM_NOT_FOUND(ErrorCategory.NOT_FOUND),
  /** A review item with the id is already stored ({@link ReviewStore#add}). */
  ITEM_EXISTS(ErrorCategory.CONFLICT),
  /** Someone changed the item first (optimistic locking): read it again and retry. */
  ITEM_CHANGED(ErrorCategory.CONFLICT),
  /** The item's state does not allow the action, e.g. approving a returned item or withdrawing an unpublished one. */
  WRONG_STATE(ErrorCategory.CONFLICT),
  /** The item holds {@code review} findings that the secrecy stage has not acknowledged in this round. */
  FINDINGS_UNACKNOWLEDGED(ErrorCategory.CONFLICT),
  /** {@link Actor#signedIn} found no signed-in user. */
  NOT_SIGNED_IN(ErrorCategory.UNAUTHENTICATED),
  /** The actor lacks the role the stage (or the withdrawal) needs. */
  ROLE_REQUIRED(ErrorCategory.FORBIDDEN),
  /** The author may not sign any stage of their own item. */
  OWN_ITEM(ErrorCategory.FORBIDDEN),
  /** The actor already decided another stage of this item: one person signs at most one stage. */
  OTHER_STAGE_SIGNED(ErrorCategory.FORBIDDEN),
  /** Only the author resubmits a returned item. */
  NOT_AUTHOR(ErrorCategory.FORBIDDEN),
  /** Screening found {@code block} findings: the item may not go on. */
  CONTENT_BLOCKED(ErrorCategory.CONTENT_REJECTED),
  /** A {@code review} finding was not acknowledged with a reason, or an acknowledgement names no finding. */
  ACKNOWLEDGEMENT_MISSING(ErrorCategory.BAD_INPUT),
  /** A publication listener failed: the others were told to undo and the item is back where it stood (its history says so). Retry later. */
  LISTENER_FAILED(ErrorCategory.UNAVAILABLE),
  /** The review database failed; nothing was written. */
  STORAGE(ErrorCategory.UNAVAILABLE);

  private final ErrorCategory category;

  ReviewErrorCode(ErrorCategory category) {
    this.category = category;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
