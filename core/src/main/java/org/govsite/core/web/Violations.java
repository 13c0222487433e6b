package org.govsite.core.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.FieldError;

/**
 * Bean Validation failures as error answers: 400 with every field at fault. Kept apart from
 * {@link ErrorAnswers} because Bean Validation is optional: this class is loaded only when it is
 * present.
 */
final class Violations {
  private static final String BUILT_IN = "{jakarta.validation.constraints.";

  private Violations() {}

  static boolean handles(Throwable e) {
    return e instanceof ConstraintViolationException;
  }

  static ErrorAnswers.Answer answer(Throwable e) {
    ConstraintViolationException c = (ConstraintViolationException) e;
    // A violated return value is our own fault, not the caller's.
    if (c.getConstraintViolations().isEmpty() || c.getConstraintViolations().stream().anyMatch(Violations::ofReturnValue)) {
      return ErrorAnswers.internal(e);
    }
    List<FieldError> errors = c.getConstraintViolations().stream()
        .map(v -> new FieldError(field(v.getPropertyPath()), message(v)))
        .distinct()
        .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
        .toList();
    String message = errors.stream().map(x -> x.field() + ": " + x.message()).collect(Collectors.joining("; "));
    return new ErrorAnswers.Answer(400, new ErrorBody(CoreErrorCode.INVALID_INPUT.name(), message, errors.get(0).field(), errors));
  }

  private static boolean ofReturnValue(ConstraintViolation<?> v) {
    for (Path.Node n : v.getPropertyPath()) {
      if (n.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  // The path of a resource parameter is method.parameter[.property…]: a caller knows the JSON
  // property inside a body (subject) or the query parameter's name (year), never the Java method.
  static String field(Path path) {
    StringBuilder b = new StringBuilder();
    String parameter = "";
    for (Path.Node n : path) {
      switch (n.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
        case PARAMETER -> {
          parameter = n.getName();
          b.setLength(0);
        }
        default -> {
          if (n.isInIterable()) {
            if (b.length() == 0) {
              b.append(parameter);
            }
            b.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey() != null ? n.getKey() : "").append(']');
          }
          if (n.getKind() != ElementKind.CONTAINER_ELEMENT && n.getName() != null) {
            if (b.length() > 0) {
              b.append('.');
            }
            b.append(n.getName());
          }
        }
      }
    }
    return b.length() > 0 ? b.toString() : parameter;
  }

  // The built-in constraints get the house's bilingual wording; a constraint with a message of its
  // own (e.g. @Screened) keeps it.
  static String message(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    if (template == null || !template.startsWith(BUILT_IN)) {
      return v.getMessage();
    }
    Map<String, Object> a = v.getConstraintDescriptor().getAttributes();
    String type = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (type) {
      case "NotNull", "NotBlank", "NotEmpty" -> "不能为空 / is required";
      case "Size" -> Integer.valueOf(0).equals(a.get("min"))
          ? "不能超过 " + a.get("max") + " 个字符 / must be at most " + a.get("max") + " long"
          : "长度须在 " + a.get("min") + "–" + a.get("max") + " 之间 / length must be between " + a.get("min") + " and " + a.get("max");
      case "Min", "DecimalMin" -> "不能小于 " + a.get("value") + " / must be at least " + a.get("value");
      case "Max", "DecimalMax" -> "不能大于 " + a.get("value") + " / must be at most " + a.get("value");
      case "Pattern" -> "格式不对 / does not have the expected form";
      case "Email" -> "不是有效的电子邮箱地址 / not a valid e-mail address";
      case "Positive" -> "须大于 0 / must be greater than 0";
      case "PositiveOrZero" -> "不能小于 0 / must not be negative";
      case "Past", "PastOrPresent" -> "须为过去的日期 / must be in the past";
      case "Future", "FutureOrPresent" -> "须为将来的日期 / must be in the future";
      default -> v.getMessage();
    };
  }
}
