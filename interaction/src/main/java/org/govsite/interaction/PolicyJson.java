package org.govsite.interaction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.DataFiles;

/**
 * Reads a policy set from JSON:
 * {@code {"default": {...}, "policies": [{"mailbox": "…", "type": "…", "preset": "…" | "replyWorkingDays": n, …}]}}.
 */
final class PolicyJson {
  private PolicyJson() {}

  /** Parses the JSON into the builder and builds the set. */
  public static PolicySet parse(String source, InputStream in, PolicySet.Builder builder) {
    JsonNode root = DataFiles.readJson(source, in);
    if (root == null || !root.isObject()) {
      throw new DataFormatException(source, 0, "", "须为 JSON 对象 / must be a JSON object");
    }
    try {
      if (root.has("default")) {
        builder.defaultPolicy(policy(root.get("default"), "default"));
      }
      JsonNode list = root.path("policies");
      if (!list.isMissingNode() && !list.isArray()) {
        throw new InvalidInputException("policies", "须为数组 / must be an array");
      }
      for (int i = 0; i < list.size(); i++) {
        JsonNode p = list.get(i);
        String at = "policies[" + i + "]";
        DeadlinePolicy policy = policy(p, at);
        String mailbox = text(p, "mailbox", at);
        String type = text(p, "type", at);
        if (mailbox.isEmpty() && type.isEmpty()) {
          throw new InvalidInputException(at, "须指定 mailbox 或 type / needs a mailbox or a type (use \"default\" otherwise)");
        }
        if (type.isEmpty()) {
          builder.forMailbox(mailbox, policy);
        } else if (mailbox.isEmpty()) {
          builder.forType(LetterType.parse(type, at + ".type"), policy);
        } else {
          builder.forMailboxAndType(mailbox, LetterType.parse(type, at + ".type"), policy);
        }
      }
      return builder.build();
    } catch (DataFormatException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new DataFormatException(source, 0, e.field(), e.reason(), e);
    }
  }

  private static DeadlinePolicy policy(JsonNode p, String at) {
    try {
      return build(p, at);
    } catch (InvalidInputException e) {
      // The builder names its own setting; say where in the file it sits.
      throw e.field().startsWith(at) ? e : new InvalidInputException(at + "." + e.field(), e.reason(), e);
    }
  }

  private static DeadlinePolicy build(JsonNode p, String at) {
    if (!p.isObject()) {
      throw new InvalidInputException(at, "须为 JSON 对象 / must be a JSON object");
    }
    DeadlinePolicy base = switch (text(p, "preset", at)) {
      case "", "standard", "5/15" -> DeadlinePolicy.standard();
      case "simple-complex", "3/10" -> DeadlinePolicy.simpleComplex();
      case "12345", "3/13" -> DeadlinePolicy.hotline12345();
      default -> throw new InvalidInputException(at + ".preset", "未知的预设 / unknown preset '" + p.get("preset").asText()
          + "' (standard, simple-complex, 12345)");
    };
    DeadlinePolicy.Builder b = DeadlinePolicy.builder().name(base.name()).replyWorkingDays(base.replyWorkingDays())
        .extendedWorkingDays(base.extendedWorkingDays()).alarms(base.alarms());
    String name = text(p, "name", at);
    if (!name.isEmpty()) {
      b.name(name);
    }
    if (p.has("replyWorkingDays")) {
      b.replyWorkingDays(integer(p, "replyWorkingDays", at));
    }
    if (p.has("extendedWorkingDays")) {
      b.extendedWorkingDays(integer(p, "extendedWorkingDays", at));
    }
    if (p.has("alarms")) {
      JsonNode a = p.get("alarms");
      if (!a.isArray()) {
        throw new InvalidInputException(at + ".alarms", "须为数组 / must be an array");
      }
      List<AlarmStep> steps = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        String where = at + ".alarms[" + i + "]";
        steps.add(new AlarmStep(AlarmLevel.parse(text(a.get(i), "level", where), where + ".level"), integer(a.get(i), "offset", where)));
      }
      b.alarms(steps);
    }
    return b.build();
  }

  private static String text(JsonNode p, String field, String at) {
    JsonNode v = p.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new InvalidInputException(at + "." + field, "须为字符串 / must be a string");
    }
    return v.asText().strip();
  }

  private static int integer(JsonNode p, String field, String at) {
    JsonNode v = p.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new InvalidInputException(at + "." + field, "须为整数 / must be an integer");
    }
    return v.intValue();
  }
}
