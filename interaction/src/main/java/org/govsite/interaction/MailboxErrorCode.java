package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ErrorCategory;
import org.govsite.core.ErrorCode;

/** The error codes of the mailbox (信箱错误代码); {@code name()} is the code error bodies carry. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MailboxErrorCode implements ErrorCode {
  /** A submission with faulty fields ({@link SubmissionException}). */
  INVALID_SUBMISSION(ErrorCategory.BAD_INPUT),
  /** No letter has the id, or the query code does not match ({@link LetterNotFoundException}). */
  LETTER_NOT_FOUND(ErrorCategory.NOT_FOUND),
  /** Another operator changed the letter first ({@link ConcurrentUpdateException}). */
  CONFLICT(ErrorCategory.CONFLICT),
  /** The letter's state does not allow the action ({@link IllegalTransitionException}). */
  ILLEGAL_TRANSITION(ErrorCategory.CONFLICT),
  /** The letter store failed, e.g. the database is unreachable ({@link StoreException}). */
  STORE(ErrorCategory.UNAVAILABLE);

  private final ErrorCategory category;

  MailboxErrorCode(ErrorCategory category) {
    this.category = category;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }
}
