package org.govsite.core.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.apiguardian.api.API;
import org.govsite.core.TooManyRequestsException;

/**
 * The one JAX-RS exception mapper of every GovSite resource (错误响应): any failure becomes the
 * status of its category and an {@link ErrorBody} as {@code application/json}.
 *
 * <ul>
 *   <li>GovSite exceptions: the status of their category (400, 404, 409, 413, 415, 422, 503, 500),
 *       the code, the message, and for bad input the field and every field error;
 *   <li>a path or query parameter that cannot be converted ({@code ?year=abc}): 400 naming it;
 *   <li>malformed JSON, a wrong JSON type, an unknown field or value: 400 naming the JSON path;
 *   <li>Bean Validation failures: 400 with every field error;
 *   <li>the container's own errors (an unknown path, a wrong method or content type): their status
 *       with {@code NOT_FOUND}, {@code METHOD_NOT_ALLOWED}, {@code UNSUPPORTED_MEDIA_TYPE} …;
 *   <li>anything else: 500 {@code INTERNAL} with a generic bilingual message, logged.
 * </ul>
 *
 * <p>Server faults (5xx) never show their message, a class name or a stack trace. Register
 * {@link ErrorMappingFeature} rather than this class alone: it also outranks the mappers that
 * JSON and validation providers bring for their own exceptions.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ErrorMapper implements ExceptionMapper<Throwable> {
  /** Creates the mapper. */
  public ErrorMapper() {}

  @Override
  public Response toResponse(Throwable e) {
    ErrorAnswers.Answer a = ErrorAnswers.of(e);
    // Keep what the container put on its own answer (Allow on a 405, WWW-Authenticate on a 401).
    Response.ResponseBuilder b = Response.status(a.status());
    if (e instanceof WebApplicationException w && w.getResponse() != null) {
      w.getResponse().getHeaders().forEach((name, values) -> {
        if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
          values.forEach(v -> b.header(name, v));
        }
      });
    }
    if (e instanceof TooManyRequestsException t) {
      b.header(HttpHeaders.RETRY_AFTER, t.retryAfterSeconds());
    }
    return b.type(MediaType.APPLICATION_JSON_TYPE).entity(a.body()).build();
  }
}
