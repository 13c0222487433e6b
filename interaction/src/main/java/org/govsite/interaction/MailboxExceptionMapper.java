package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;

/**
 * Maps GovSite errors to HTTP answers (错误响应): 400 with the field errors for bad input, 404, 409
 * for an illegal action or a concurrent change, 500 otherwise; the body is
 * {@code {"code", "message", "errors": [{"field", "message"}]}}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Provider
public class MailboxExceptionMapper implements ExceptionMapper<GovSiteException> {
  /** Creates the mapper. */
  public MailboxExceptionMapper() {}

  @Override
  public Response toResponse(GovSiteException e) {
    int status;
    List<FieldError> errors = List.of();
    if (e instanceof SubmissionException s) {
      status = 400;
      errors = s.errors();
    } else if (e instanceof InvalidInputException i) {
      status = 400;
      errors = List.of(new FieldError(i.field(), i.reason()));
    } else if (notFound(e.code())) {
      status = 404;
    } else if (conflict(e.code())) {
      status = 409;
    } else {
      status = 500;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", e.code());
    // A store failure's message may name tables or hosts: keep it out of public answers.
    body.put("message", status == 500 ? "internal error" : e.getMessage());
    body.put("errors", errors);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  // A portal that registers this mapper and the disclosure module's gets one of them for every
  // GovSiteException (both map the same type), so both read the codes by the same convention:
  // NOT_FOUND or *_NOT_FOUND is 404 (LetterNotFoundException); CONFLICT, ILLEGAL_TRANSITION or
  // *_EXISTS is 409 (ConcurrentUpdateException, IllegalTransitionException).
  private static boolean notFound(String code) {
    return code.equals(LetterNotFoundException.CODE) || code.endsWith("_NOT_FOUND");
  }

  private static boolean conflict(String code) {
    return code.equals(ConcurrentUpdateException.CODE) || code.equals(IllegalTransitionException.CODE)
        || code.endsWith("_EXISTS");
  }
}
