package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;

/**
 * Maps GovSite failures to HTTP answers (错误响应): bad input 400 naming the field, unknown
 * entries, requests and letters 404, a taken id or a conflicting change 409, anything else 500
 * without internals.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Provider
public final class GovSiteExceptionMapper implements ExceptionMapper<GovSiteException> {
  /** Creates the mapper; a JAX-RS runtime calls this when the class is registered. */
  public GovSiteExceptionMapper() {}

  /** Returns the response for a failure: {@code {code, field?, message}}. */
  @Override
  public Response toResponse(GovSiteException e) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("code", e.code());
    int status;
    if (e instanceof InvalidInputException i) {
      status = 400;
      body.put("field", i.field());
      body.put("message", e.getMessage());
    } else if (notFound(e.code())) {
      status = 404;
      body.put("message", e.getMessage());
    } else if (conflict(e.code())) {
      status = 409;
      body.put("message", e.getMessage());
    } else {
      status = 500;
      body.put("message", "内部错误 / internal error");
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  // A portal that registers this mapper and the mailbox's gets one of them for every GovSiteException
  // (both map the same type), so both read the codes by the same convention: NOT_FOUND or *_NOT_FOUND
  // is 404; CONFLICT, ILLEGAL_TRANSITION or *_EXISTS is 409.
  private static boolean notFound(String code) {
    return code.equals("NOT_FOUND") || code.endsWith("_NOT_FOUND");
  }

  private static boolean conflict(String code) {
    return code.equals("CONFLICT") || code.equals("ILLEGAL_TRANSITION") || code.endsWith("_EXISTS");
  }
}
