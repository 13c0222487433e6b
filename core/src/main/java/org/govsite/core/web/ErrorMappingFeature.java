package org.govsite.core.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.apiguardian.api.API;

/**
 * The one registration point of GovSite's error model for a JAX-RS application (错误处理注册):
 * {@code resourceConfig.register(new ErrorMappingFeature())} and every failure of every resource
 * answers one {@link ErrorBody} (see {@link ErrorMapper}).
 *
 * <p>JSON and validation providers bring mappers of their own for their exceptions (Jersey's
 * {@code JacksonFeature} for {@code JsonParseException} and {@code JsonMappingException}, its
 * validation feature for {@code ValidationException}) that answer in plain text naming Java types.
 * This feature registers mappers for exactly those types at a higher priority, so GovSite's answer
 * wins; with Jersey, also register {@code JacksonFeature.withoutExceptionMappers()} so that theirs
 * are not registered at all.
 *
 * <p>It also registers the edge rules of {@link EdgeInput}: a malformed percent-encoded query is a
 * 400 naming the parameter, and a JSON body's UTF-8 byte order mark is removed before parsing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ErrorMappingFeature implements Feature {
  // Among mappers for the same exception type the lower priority value wins.
  private static final int PRIORITY = Priorities.USER - 1000;

  /** Creates the feature. */
  public ErrorMappingFeature() {}

  @Override
  public boolean configure(FeatureContext context) {
    context.register(new ErrorMapper());
    context.register(new JsonParseMapper(), PRIORITY);
    context.register(new JsonMappingMapper(), PRIORITY);
    // The edge rules (EdgeInput) travel with the error model: every resource answers them alike.
    context.register(new EdgeInput.QueryFilter(), PRIORITY);
    context.register(new EdgeInput.ByteOrderMarkInterceptor(), PRIORITY);
    if (ErrorAnswers.validationPresent()) {
      ValidationMappers.register(context, PRIORITY);
    }
    return true;
  }

  private static final ErrorMapper MAPPER = new ErrorMapper();

  static final class JsonParseMapper implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException e) {
      return MAPPER.toResponse(e);
    }
  }

  static final class JsonMappingMapper implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException e) {
      return MAPPER.toResponse(e);
    }
  }

  /** Loaded only when Bean Validation is present. */
  static final class ValidationMappers {
    private ValidationMappers() {}

    static void register(FeatureContext context, int priority) {
      context.register(new ViolationMapper(), priority);
      context.register(new ValidationMapper(), priority);
    }
  }

  static final class ViolationMapper implements ExceptionMapper<jakarta.validation.ConstraintViolationException> {
    @Override
    public Response toResponse(jakarta.validation.ConstraintViolationException e) {
      return MAPPER.toResponse(e);
    }
  }

  static final class ValidationMapper implements ExceptionMapper<jakarta.validation.ValidationException> {
    @Override
    public Response toResponse(jakarta.validation.ValidationException e) {
      return MAPPER.toResponse(e);
    }
  }
}
