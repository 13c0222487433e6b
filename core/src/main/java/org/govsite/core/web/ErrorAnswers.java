package org.govsite.core.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import jakarta.ws.rs.WebApplicationException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.ErrorCategory;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns a failure into an HTTP status and an {@link ErrorBody}. Server faults
 * (5xx) are logged here and answered with their category's description only: their messages may
 * name hosts, tables or files, and a Java class name never reaches a caller.
 */
final class ErrorAnswers {
  private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());
  private static final boolean VALIDATION = present("jakarta.validation.ConstraintViolationException");
  private static final int MAX_ECHO = 40;

  /** A status and the body that goes with it. */
  record Answer(int status, ErrorBody body) {}

  private ErrorAnswers() {}

  static Answer of(Throwable e) {
    GovSiteException g = govSiteCause(e);
    if (g != null) {
      return govSite(g);
    }
    if (e instanceof WebApplicationException w) {
      return webApplication(w);
    }
    if (e instanceof JsonProcessingException j && fromRequest(j)) {
      return json(j);
    }
    if (VALIDATION && Violations.handles(e)) {
      return Violations.answer(e);
    }
    return internal(e);
  }

  private static Answer govSite(GovSiteException g) {
    ErrorCategory c = g.category();
    if (c.httpStatus() >= 500) {
      LOG.log(c == ErrorCategory.UNAVAILABLE ? System.Logger.Level.WARNING : System.Logger.Level.ERROR,
          g.code().name() + ": " + String.valueOf(g.getMessage()), g);
      return new Answer(c.httpStatus(), ErrorBody.of(g.code(), c.description()));
    }
    if (g instanceof InvalidInputException i) {
      return new Answer(c.httpStatus(), new ErrorBody(g.code().name(), String.valueOf(g.getMessage()), i.field(), i.errors()));
    }
    return new Answer(c.httpStatus(), ErrorBody.of(g.code(), String.valueOf(g.getMessage())));
  }

  private static Answer webApplication(WebApplicationException w) {
    Optional<String> parameter = parameterName(w);
    if (parameter.isPresent()) {
      String p = parameter.get();
      return badInput(p, "参数取值无效 / not a valid value for this parameter");
    }
    int status = w.getResponse().getStatus();
    if (status >= 500) {
      LOG.log(System.Logger.Level.ERROR, "HTTP " + status, w);
    }
    return new Answer(status, ErrorBody.forStatus(status));
  }

  // Jersey's ParamException (the runtime the portal uses) names the parameter that could not be
  // converted; read it through its public method so core compiles against the JAX-RS API alone.
  // By the JAX-RS rules a bad path or query parameter would be a 404: a caller who typed ?year=abc
  // needs a 400 that names year instead.
  private static Optional<String> parameterName(WebApplicationException w) {
    try {
      Method m = w.getClass().getMethod("getParameterName");
      return m.invoke(w) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  // A JSON exception while reading the request is the caller's; while writing the answer, or a
  // type Jackson cannot bind at all, it is ours.
  private static boolean fromRequest(JsonProcessingException j) {
    if (j instanceof StreamReadException) {
      return true;
    }
    return j instanceof JsonMappingException m && !(j instanceof InvalidDefinitionException)
        && m.getProcessor() instanceof JsonParser;
  }

  private static Answer json(JsonProcessingException j) {
    if (j instanceof StreamReadException) {
      JsonLocation at = j.getLocation();
      String where = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）";
      String whereEn = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return badInput("body", "不是有效的 JSON" + where + " / not valid JSON" + whereEn);
    }
    JsonMappingException m = (JsonMappingException) j;
    String field = path(m.getPath());
    if (m instanceof PropertyBindingException) {
      return badInput(field, "未知字段 / unknown field");
    }
    if (m instanceof InvalidFormatException f) {
      return badInput(field, "不是可接受的取值 / not an accepted value: '" + echo(f.getValue()) + "'");
    }
    if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      String[] expected = expected(mi.getTargetType());
      return badInput(field, "类型不对，应为" + expected[0] + " / wrong JSON type, expected " + expected[1]);
    }
    return badInput(field, "取值无效 / not a valid value");
  }

  private static String path(List<JsonMappingException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "body" : b.toString();
  }

  private static String[] expected(Class<?> t) {
    if (Number.class.isAssignableFrom(t) || (t.isPrimitive() && t != boolean.class && t != char.class)) {
      return new String[] {"数字", "a number"};
    }
    if (t == Boolean.class || t == boolean.class) {
      return new String[] {"布尔值（true 或 false）", "true or false"};
    }
    if (CharSequence.class.isAssignableFrom(t) || t == Character.class || t == char.class || t.isEnum()) {
      return new String[] {"文本", "text"};
    }
    if (t.isArray() || Collection.class.isAssignableFrom(t)) {
      return new String[] {"数组", "an array"};
    }
    return new String[] {"对象", "an object"};
  }

  // The caller's own value, shortened: enough to recognise it, never a wall of text.
  private static String echo(Object value) {
    String s = String.valueOf(value);
    return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "…";
  }

  static Answer badInput(String field, String reason) {
    InvalidInputException e = new InvalidInputException(field, reason);
    return new Answer(400, new ErrorBody(e.code().name(), String.valueOf(e.getMessage()), e.field(), e.errors()));
  }

  static Answer internal(Throwable e) {
    LOG.log(System.Logger.Level.ERROR, "unexpected failure", e);
    return new Answer(500, ErrorBody.of(CoreErrorCode.INTERNAL, ErrorCategory.INTERNAL.description()));
  }

  // Jackson wraps what a record's constructor throws (an InvalidInputException naming the field)
  // in a ValueInstantiationException; the GovSite exception is the answer.
  private static @Nullable GovSiteException govSiteCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof GovSiteException g) {
        return g;
      }
      if (!(t instanceof JsonMappingException)) {
        return null;
      }
    }
    return null;
  }

  /** Whether Bean Validation is on the class path (it is {@code provided}: hosts may leave it out). */
  static boolean validationPresent() {
    return VALIDATION;
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, ErrorAnswers.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
