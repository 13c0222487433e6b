package org.govsite.disclosure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.InputDates;
import org.govsite.core.json.GovSiteJson;

/** Reads the requests file of {@code govsite disclosure report}, naming the line and field at fault. */
final class RequestJson {
  private RequestJson() {}

  /** Reads a JSON array of requests. */
  public static List<DisclosureRequest> read(String source, InputStream in) {
    List<DisclosureRequest> out = new ArrayList<>();
    try (JsonParser p = GovSiteJson.reader().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new DataFormatException(source, line(p.currentLocation()), "", "应为 JSON 数组 / expected a JSON array of requests");
      }
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        int line = line(p.currentLocation());
        JsonNode n = GovSiteJson.reader().readTree(p);
        out.add(request(source, line, "[" + i + "]", n));
        i++;
      }
    } catch (JsonProcessingException e) {
      throw new DataFormatException(source, line(e.getLocation()), "", "不是有效的 JSON / not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "", "无法读取 / cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  private static int line(JsonLocation l) {
    return l == null ? 0 : Math.max(0, l.getLineNr());
  }

  private static DisclosureRequest request(String source, int line, String path, JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new DataFormatException(source, line, path, "应为 JSON 对象 / expected an object");
    }
    try {
      String id = text(n, "id").orElseThrow(() -> missing("id"));
      ApplicantType applicant = ApplicantType.fromCode(text(n, "applicant").orElseThrow(() -> missing("applicant")));
      Channel channel = Channel.fromCode(text(n, "channel").orElse("other"));
      LocalDate received = date(n, "received");
      String content = text(n, "content").orElse("");
      List<RequestEvent> events = new ArrayList<>();
      JsonNode ev = n.get("events");
      if (ev != null && !ev.isNull()) {
        if (!ev.isArray()) {
          throw new InvalidInputException("events", "应为数组 / expected an array");
        }
        for (int j = 0; j < ev.size(); j++) {
          events.add(event(ev.get(j), j));
        }
      }
      return new DisclosureRequest(id, applicant, channel, received, content, events);
    } catch (DataFormatException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new DataFormatException(source, line, path + "." + e.field(), e.reason(), e);
    }
  }

  private static RequestEvent event(JsonNode e, int j) {
    String f = "events[" + j + "]";
    if (e == null || !e.isObject()) {
      throw new InvalidInputException(f, "应为 JSON 对象 / expected an object");
    }
    try {
      RequestEvent.Type type = RequestEvent.Type.fromCode(text(e, "type").orElseThrow(() -> missing("type")));
      LocalDate at = date(e, "at");
      Optional<Outcome> outcome = text(e, "outcome").map(Outcome::fromCode);
      int days = 0;
      JsonNode d = e.get("days");
      if (d != null && !d.isNull()) {
        if (!d.canConvertToInt() || !d.isIntegralNumber()) {
          throw new InvalidInputException("days", "应为整数 / expected an integer");
        }
        days = d.asInt();
      }
      return new RequestEvent(type, at, outcome, days);
    } catch (InvalidInputException x) {
      throw new InvalidInputException(f + "." + x.field(), x.reason(), x);
    }
  }

  private static InvalidInputException missing(String field) {
    return new InvalidInputException(field, "缺少必填字段 / is required");
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new InvalidInputException(field, "应为字符串 / expected a string");
    }
    return Optional.of(v.asText());
  }

  private static LocalDate date(JsonNode n, String field) {
    String s = text(n, field).orElseThrow(() -> missing(field));
    return InputDates.parse(s, field);
  }
}
