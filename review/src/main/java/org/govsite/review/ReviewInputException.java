package org.govsite.review;

import org.govsite.core.InvalidInputException;

/** Bad input with a review error code; callers catch it as {@link InvalidInputException}. */
final class ReviewInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  ReviewInputException(ReviewErrorCode code, String field, String reason) {
    super(code, field, reason, null);
  }
}
