package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.InputDates;
import org.govsite.core.support.DataFiles;

/**
 * Reads letters exported as JSON (信件导入): an array of {@code {id, mailbox, type, department,
 * received, events: [{type, at, reason?, department?, mode?, rating?, text?, by?}]}}. Events are
 * replayed through the lifecycle, so an impossible sequence is reported, not imported.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LetterJson {
  private static final String IMPORT_ACTOR = "import";

  private LetterJson() {}

  /**
   * Reads a file of letters.
   *
   * @throws DataFormatException naming the file, the letter id and the field at fault
   */
  public static List<Letter> read(Path file) {
    return DataFiles.read(file, LetterJson::read);
  }

  /** Reads letters from a stream; {@code source} names it in errors. */
  public static List<Letter> read(String source, InputStream in) {
    JsonNode root = DataFiles.readJson(source, in);
    if (root == null || !root.isArray()) {
      throw new DataFormatException(source, 0, "", "须为信件数组 / must be a JSON array of letters");
    }
    List<Letter> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode n = root.get(i);
      String where = "[" + i + "]";
      try {
        if (!n.isObject()) {
          throw new InvalidInputException("", "须为 JSON 对象 / must be a JSON object");
        }
        String id = text(n, "id", true);
        where = id;
        if (!seen.add(id)) {
          throw new InvalidInputException("id", "编号重复 / duplicate id");
        }
        out.add(letter(n, id));
      } catch (DataFormatException e) {
        throw e;
      } catch (InvalidInputException e) {
        String field = e.field().isEmpty() ? where : where + "." + e.field();
        throw new DataFormatException(source, 0, field, "letter " + where + ": " + e.reason(), e);
      } catch (IllegalTransitionException e) {
        throw new DataFormatException(source, 0, where + ".events", String.valueOf(e.getMessage()), e);
      }
    }
    return List.copyOf(out);
  }

  private static Letter letter(JsonNode n, String id) {
    LocalDateTime received = time(n, "received");
    JsonNode events = n.path("events");
    if (!events.isMissingNode() && !events.isArray()) {
      throw new InvalidInputException("events", "须为数组 / must be an array");
    }
    boolean published = false;
    for (JsonNode e : events) {
      published |= "published".equals(e.path("type").asText());
    }
    Letter letter = Letter.builder().id(id)
        .mailbox(text(n, "mailbox", true))
        .type(LetterType.parse(text(n, "type", true), "type"))
        .subject(text(n, "subject", false))
        .body(text(n, "body", false))
        .channel(n.has("channel") ? text(n, "channel", false) : "import")
        .department(text(n, "department", false))
        .received(received)
        .publication(published ? PublicationDecision.PUBLISH : PublicationDecision.UNDECIDED)
        .build();
    for (int k = 0; k < events.size(); k++) {
      String f = "events[" + k + "]";
      JsonNode e = events.get(k);
      if (!e.isObject()) {
        throw new InvalidInputException(f, "须为 JSON 对象 / must be a JSON object");
      }
      try {
        letter = Lifecycle.apply(letter, transition(e, letter));
      } catch (InvalidInputException x) {
        throw new InvalidInputException(f + "." + x.field(), x.reason(), x);
      } catch (IllegalTransitionException x) {
        throw new InvalidInputException(f + ".type", String.valueOf(x.getMessage()), x);
      }
    }
    return letter;
  }

  private static Transition transition(JsonNode e, Letter letter) {
    String by = e.has("by") ? text(e, "by", true) : IMPORT_ACTOR;
    LocalDateTime at = time(e, "at");
    String reason = text(e, "reason", false);
    return switch (LetterAction.parse(text(e, "type", true), "type")) {
      case ACCEPT -> Transition.accept(by, at);
      case REJECT -> Transition.reject(by, at,
          e.has("rejection") ? RejectionReason.parse(text(e, "rejection", true), "rejection") : RejectionReason.INVALID,
          reason.isEmpty() ? "（导入数据未载明理由）" : reason);
      case ASSIGN -> {
        String dept = e.has("department") ? text(e, "department", true) : letter.department();
        if (dept.isEmpty()) {
          throw new InvalidInputException("department", "分办须有承办部门 / an assignment needs a department");
        }
        yield Transition.assign(by, at, dept,
            e.has("mode") ? HandlingMode.parse(text(e, "mode", true), "mode") : HandlingMode.FORWARDED, reason);
      }
      case POST_EXTENSION -> Transition.postExtension(by, at, reason.isEmpty() ? "（导入数据未载明理由）" : reason);
      case REPLY -> Transition.reply(by, at, e.has("text") ? text(e, "text", true) : "（导入数据未载明答复内容）");
      case PUBLISH -> Transition.publish(by, at);
      case RATE -> Transition.rate(by, at, Rating.parse(text(e, "rating", true), "rating"));
      case REOPEN -> Transition.reopen(by, at, reason.isEmpty() ? "（导入数据未载明理由）" : reason);
      case CLOSE -> Transition.close(by, at);
      default -> throw new InvalidInputException("type", "导入不支持此事件 / not an importable event type");
    };
  }

  private static String text(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new InvalidInputException(field, "必填 / is required");
      }
      return "";
    }
    if (!v.isTextual()) {
      throw new InvalidInputException(field, "须为字符串 / must be a string");
    }
    if (required && v.asText().isBlank()) {
      throw new InvalidInputException(field, "不能为空 / must not be blank");
    }
    return v.asText().strip();
  }

  private static LocalDateTime time(JsonNode n, String field) {
    String s = text(n, field, true);
    try {
      return InputDates.check(s.length() == 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s.replace(' ', 'T')),
          field);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "不是有效的时间 / not a valid date-time (yyyy-mm-ddThh:mm:ss): '" + s + "'");
    }
  }
}
