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
 * entries and requests 404, a taken id 409, anything else 500 without internals.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Provider
public final class GovSiteExceptionMapper implements ExceptionMapper<GovSiteException> {
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
    } else if (e.code().equals(RequestStore.NOT_FOUND) || e.code().equals(CatalogueResource.NOT_FOUND)) {
      status = 404;
      body.put("message", e.getMessage());
    } else if (e.code().equals(RequestStore.EXISTS)) {
      status = 409;
      body.put("message", e.getMessage());
    } else {
      status = 500;
      body.put("message", "内部错误 / internal error");
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
