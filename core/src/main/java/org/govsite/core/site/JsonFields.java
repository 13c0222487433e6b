package org.govsite.core.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.InputDates;
import org.jspecify.annotations.Nullable;

/** Typed reads of JSON tree fields that fail with a {@link DataFormatException} naming the field path. */
final class JsonFields {
  /** The instant a bare date stands for. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final String source;

  JsonFields(String source) {
    this.source = source;
  }

  DataFormatException fault(String field, String reason) {
    return new DataFormatException(source, 0, field, reason);
  }

  DataFormatException fault(String prefix, InvalidInputException e) {
    return new DataFormatException(source, 0, prefix.isEmpty() ? e.field() : prefix + "." + e.field(), e.reason(), e);
  }

  void onlyKnown(JsonNode object, String path, Set<String> known) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw fault(join(path, f), "未知字段 / unknown field, expected one of " + known);
      }
    }
  }

  /** Returns the object, or null when it is absent and not required. */
  @Nullable JsonNode object(JsonNode parent, String name, String path, boolean required) {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) {
      if (required) {
        throw fault(join(path, name), "缺少字段 / missing field (an object)");
      }
      return null;
    }
    if (!n.isObject()) {
      throw fault(join(path, name), "应为对象 / must be an object");
    }
    return n;
  }

  Optional<String> text(JsonNode parent, String name, String path, boolean required) {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) {
      if (required) {
        throw fault(join(path, name), "缺少字段 / missing field (a string)");
      }
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw fault(join(path, name), "应为字符串 / must be a string");
    }
    return Optional.of(n.asText());
  }

  Optional<Integer> integer(JsonNode parent, String name, String path) {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw fault(join(path, name), "应为整数 / must be a whole number");
    }
    return Optional.of(n.intValue());
  }

  Optional<Boolean> bool(JsonNode parent, String name, String path) {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isBoolean()) {
      throw fault(join(path, name), "应为 true 或 false / must be true or false");
    }
    return Optional.of(n.booleanValue());
  }

  /**
   * Reads {@code yyyy-mm-dd}, {@code yyyy-mm-ddThh:mm[:ss]} or the same with a space. A date alone
   * stands for the end of that day (23:59:59): the publisher gets the benefit of the doubt, and
   * dates then compare day by day (dated D−14 is fresh on D, D−15 is stale).
   */
  Optional<LocalDateTime> time(JsonNode parent, String name, String path, boolean required) {
    Optional<String> s = text(parent, name, path, required);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      LocalDateTime t = parseTime(s.get());
      if (!InputDates.contains(t.toLocalDate())) {
        throw fault(join(path, name), InputDates.outOfRange(s.get()));
      }
      return Optional.of(t);
    } catch (DateTimeParseException e) {
      throw fault(join(path, name), "不是有效日期时间 / not a date (yyyy-mm-dd) or date-time (yyyy-mm-ddThh:mm[:ss]): '" + s.get() + "'");
    }
  }

  static LocalDateTime parseTime(String s) {
    String t = s.strip();
    if (t.length() == 10) {
      return LocalDate.parse(t).atTime(END_OF_DAY);
    }
    return LocalDateTime.parse(t.replace(' ', 'T'));
  }

  /** Reads a rule object {within, veto, mayBeBlank, maxLevel} over a base rule. */
  FreshnessRule rule(JsonNode n, String path, FreshnessRule base) {
    if (!n.isObject()) {
      throw fault(path, "应为对象 / must be an object {within, veto, mayBeBlank, maxLevel}");
    }
    onlyKnown(n, path, Set.of("within", "veto", "mayBeBlank", "maxLevel"));
    try {
      Optional<FreshnessLimit> limit = base.limit();
      JsonNode w = n.get("within");
      if (w != null) {
        if (w.isNull() || (w.isTextual() && w.asText().equals("none"))) {
          limit = Optional.empty();
        } else if (w.isTextual()) {
          limit = Optional.of(FreshnessLimit.parse(w.asText(), "within"));
        } else {
          throw fault(join(path, "within"), "应为时限字符串如 14d、2w、6m、1y、7wd 或 none / must be a limit such as 14d, 2w, 6m, 1y, 7wd or none");
        }
      }
      FreshnessVetoCode veto = base.staleVeto();
      Optional<String> v = text(n, "veto", path, false);
      if (v.isPresent()) {
        veto = FreshnessVetoCode.parse(v.get(), "veto");
      }
      boolean blank = bool(n, "mayBeBlank", path).orElse(base.mayBeBlank());
      int level = integer(n, "maxLevel", path).orElse(base.maxLevel());
      return new FreshnessRule(limit, veto, blank, level);
    } catch (DataFormatException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw fault(path, e);
    }
  }

  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
