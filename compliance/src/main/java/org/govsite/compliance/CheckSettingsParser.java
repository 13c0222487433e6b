package org.govsite.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Codes;

/** Reads the {@code checks} object of a profile, naming the file and field of every fault. */
final class CheckSettingsParser {
  private static final Set<String> FIELDS = Set.of("weights", "searchUrl", "httpsUrl", "httpUrl", "guideElements", "guideVetoThreshold",
      "guidesPerColumn", "forgedDatesThreshold", "minContrast", "minLargeTextContrast");

  private CheckSettingsParser() {}

  static CheckSettings parse(String source, JsonNode node) {
    CheckSettings.Builder b = CheckSettings.builder();
    if (node == null || node.isNull()) {
      return b.build();
    }
    if (!node.isObject()) {
      throw new DataFormatException(source, 0, "checks", "应为对象 / expected an object");
    }
    String field = "checks";
    try {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        field = "checks." + e.getKey();
        JsonNode v = e.getValue();
        switch (e.getKey()) {
          case "weights" -> {
            if (!v.isObject()) {
              throw new DataFormatException(source, 0, field, "应为对象 / expected an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> w = v.fields(); w.hasNext();) {
              Map.Entry<String, JsonNode> we = w.next();
              field = "checks.weights." + we.getKey();
              CheckCode code = Codes.byName(CheckCode.values(), we.getKey(), field, "未知检查项 / unknown check", CheckCode::name);
              b.weight(code, Weight.parse(text(source, field, we.getValue()), field));
            }
          }
          case "searchUrl" -> b.searchUrl(text(source, field, v));
          case "httpsUrl" -> b.httpsUrl(text(source, field, v));
          case "httpUrl" -> b.httpUrl(text(source, field, v));
          case "guideElements" -> {
            if (!v.isArray()) {
              throw new DataFormatException(source, 0, field, "应为数组 / expected an array");
            }
            List<String> elements = new ArrayList<>();
            for (JsonNode x : v) {
              elements.add(text(source, field, x));
            }
            b.guideElements(elements);
          }
          case "guideVetoThreshold" -> b.guideVetoThreshold(integer(source, field, v));
          case "guidesPerColumn" -> b.guidesPerColumn(integer(source, field, v));
          case "forgedDatesThreshold" -> b.forgedDatesThreshold(integer(source, field, v));
          case "minContrast" -> b.minContrast(number(source, field, v));
          case "minLargeTextContrast" -> b.minLargeTextContrast(number(source, field, v));
          default -> throw new DataFormatException(source, 0, field, "未知字段 / unknown field, expected one of " + FIELDS);
        }
      }
      return b.build();
    } catch (DataFormatException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new DataFormatException(source, 0, field, e.reason(), e);
    }
  }

  private static String text(String source, String field, JsonNode v) {
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new DataFormatException(source, 0, field, "应为非空字符串 / expected a non-empty string");
    }
    return v.asText().strip();
  }

  private static int integer(String source, String field, JsonNode v) {
    if (!v.isInt()) {
      throw new DataFormatException(source, 0, field, "应为整数 / expected an integer");
    }
    return v.asInt();
  }

  private static double number(String source, String field, JsonNode v) {
    if (!v.isNumber()) {
      throw new DataFormatException(source, 0, field, "应为数字 / expected a number");
    }
    return v.asDouble();
  }
}
