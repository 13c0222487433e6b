package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.NotFoundException;

/** No letter has the given id (信件不存在). Code {@link MailboxErrorCode#LETTER_NOT_FOUND}. */
@API(status = EXPERIMENTAL, since = "0.1")
public class LetterNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an id. */
  public LetterNotFoundException(String letterId) {
    super(MailboxErrorCode.LETTER_NOT_FOUND, "信件不存在 / no letter with id " + letterId);
  }
}
