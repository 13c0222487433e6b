package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;

/** A submission with one or more faulty fields (提交内容有误); lists every field at fault. */
@API(status = EXPERIMENTAL, since = "0.1")
public class SubmissionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The stable error code of this exception. */
  public static final String CODE = "INVALID_SUBMISSION";

  private final transient List<FieldError> errors;

  /** Creates the exception for a non-empty list of field errors. */
  public SubmissionException(List<FieldError> errors) {
    super(CODE, errors.get(0).field(), errors.get(0).message(),
        errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), null);
    this.errors = List.copyOf(errors);
  }

  /** Returns every field error, in form order. */
  public List<FieldError> errors() {
    return errors;
  }
}
