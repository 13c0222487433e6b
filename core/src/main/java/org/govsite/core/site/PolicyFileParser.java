package org.govsite.core.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.DataFiles;

/**
 * Reads a policy file: {@code name}, {@code source}, {@code extends} (national, strict-local or
 * none), {@code homePage} (a limit or none), {@code warningDays}, {@code kinds {kind: rule}} and
 * {@code thresholds {CODE: n or null}}. Settings not given keep the base's.
 */
final class PolicyFileParser {
  private PolicyFileParser() {}

  /** Parses one policy file. */
  public static FreshnessPolicy parse(String source, InputStream in) {
    JsonNode root = DataFiles.readJson(source, in);
    JsonFields f = new JsonFields(source);
    if (root == null || !root.isObject()) {
      throw f.fault("", "应为 JSON 对象 / must be a JSON object");
    }
    f.onlyKnown(root, "", Set.of("name", "source", "extends", "homePage", "warningDays", "kinds", "thresholds"));
    String base = f.text(root, "extends", "", false).orElse("national");
    FreshnessPolicy.Builder b;
    if (base.equals("none")) {
      b = FreshnessPolicy.builder();
    } else {
      try {
        b = FreshnessPolicy.preset(base).toBuilder();
      } catch (InvalidInputException e) {
        throw f.fault("extends", "未知基础规则 / unknown base '" + base + "', expected national, strict-local or none");
      }
    }
    FreshnessPolicy.Builder builder = b;
    try {
      f.text(root, "name", "", true).ifPresent(builder::name);
    } catch (InvalidInputException e) {
      throw f.fault("", e);
    }
    f.text(root, "source", "", false).ifPresent(builder::source);
    JsonNode home = root.get("homePage");
    if (home != null) {
      if (home.isNull() || (home.isTextual() && home.asText().equals("none"))) {
        builder.noHomePageLimit();
      } else if (home.isTextual()) {
        builder.homePage(limit(f, home.asText(), "homePage"));
      } else {
        throw f.fault("homePage", "应为时限字符串如 2w 或 none / must be a limit such as 2w, or none");
      }
    }
    Optional<Integer> warning = f.integer(root, "warningDays", "");
    if (warning.isPresent()) {
      try {
        builder.warningWindow(Duration.ofDays(warning.get()));
      } catch (InvalidInputException e) {
        throw f.fault("warningDays", e.reason());
      }
    }
    FreshnessPolicy current = builder.build();
    JsonNode kinds = f.object(root, "kinds", "", false);
    if (kinds != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = kinds.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = "kinds." + e.getKey();
        ColumnKind kind;
        try {
          kind = ColumnKind.parse(e.getKey(), path);
        } catch (InvalidInputException ex) {
          throw f.fault(path, ex.reason());
        }
        builder.rule(kind, f.rule(e.getValue(), path, current.rule(kind)));
      }
    }
    JsonNode thresholds = f.object(root, "thresholds", "", false);
    if (thresholds != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = thresholds.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = "thresholds." + e.getKey();
        FreshnessVetoCode code;
        try {
          code = FreshnessVetoCode.parse(e.getKey(), path);
        } catch (InvalidInputException ex) {
          throw f.fault(path, ex.reason());
        }
        JsonNode v = e.getValue();
        if (v.isNull()) {
          builder.withoutVeto(code);
        } else if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1) {
          builder.threshold(code, v.intValue());
        } else {
          throw f.fault(path, "应为不小于1的整数或 null / must be a whole number ≥ 1, or null to stop checking it");
        }
      }
    }
    return builder.build();
  }

  private static FreshnessLimit limit(JsonFields f, String text, String field) {
    try {
      return FreshnessLimit.parse(text, field);
    } catch (InvalidInputException e) {
      throw f.fault(field, e.reason());
    }
  }
}
