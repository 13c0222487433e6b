package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.FieldError;
import org.govsite.core.InvalidInputException;

/**
 * A submission with one or more faulty fields (提交内容有误); lists every field at fault. Code
 * {@link MailboxErrorCode#INVALID_SUBMISSION}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class SubmissionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for a non-empty list of field errors, in form order. */
  public SubmissionException(List<FieldError> errors) {
    super(MailboxErrorCode.INVALID_SUBMISSION, errors);
  }
}
