package org.govsite.core.screening;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.json.GovSiteJson;

/** Parsers of the dictionary file formats; every fault names the source and line. */
final class DictionaryFiles {
  private static final Set<String> TERM_FIELDS = Set.of("term", "category", "severity", "suggestion");

  private DictionaryFiles() {}

  /** Parses the tab format into the builder. */
  public static Dictionary parseTsv(String source, Reader reader, Dictionary.Builder out) {
    Category defaultCategory = Category.CUSTOM;
    Severity defaultSeverity = Severity.REVIEW;
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(reader)) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.startsWith("#!")) {
          for (String setting : line.substring(2).trim().split("\\s+")) {
            String[] kv = setting.split("=", 2);
            try {
              if (kv.length == 2 && kv[0].equals("category")) {
                defaultCategory = Category.of(kv[1]);
              } else if (kv.length == 2 && kv[0].equals("severity")) {
                defaultSeverity = Severity.parse(kv[1], "severity");
              } else if (kv.length == 2 && MatchSettings.names().contains(kv[0])) {
                out.set(kv[0], kv[1]);
              } else if (!setting.isEmpty()) {
                throw new DataFormatException(source, lineNo, "#!", "未知设置 / unknown setting '" + setting
                    + "' (expected category=…, severity=… or a matching setting: " + String.join(", ", MatchSettings.names()) + ")");
              }
            } catch (DataFormatException e) {
              throw e;
            } catch (InvalidInputException e) {
              throw new DataFormatException(source, lineNo, e.field(), e.reason(), e);
            }
          }
          continue;
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length > 4) {
          throw new DataFormatException(source, lineNo, "", "字段过多 / at most 4 tab-separated fields: term, category, severity, suggestion");
        }
        try {
          String term = f[0].strip();
          Category category = f.length > 1 && !f[1].isBlank() ? Category.of(f[1].strip()) : defaultCategory;
          Severity severity = f.length > 2 && !f[2].isBlank() ? Severity.parse(f[2], "severity") : defaultSeverity;
          Optional<String> suggestion = f.length > 3 && !f[3].isBlank() ? Optional.of(f[3].strip()) : Optional.empty();
          out.add(new Term(term, category, severity, suggestion));
        } catch (InvalidInputException e) {
          throw new DataFormatException(source, lineNo, e.field(), e.reason(), e);
        }
      }
    } catch (IOException e) {
      throw new DataFormatException(source, lineNo, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
    return out.build();
  }

  /** Parses an allow-list into the builder. */
  public static Dictionary parseAllowList(String source, Reader reader, Dictionary.Builder out) {
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(reader)) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        String phrase = (lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
        if (phrase.isEmpty() || phrase.startsWith("#")) {
          continue;
        }
        try {
          out.addAllowed(phrase);
        } catch (InvalidInputException e) {
          throw new DataFormatException(source, lineNo, e.field(), e.reason(), e);
        }
      }
    } catch (IOException e) {
      throw new DataFormatException(source, lineNo, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
    return out.build();
  }

  /** Parses the JSON format into the builder, streaming so that faults carry their line. */
  public static Dictionary parseJson(String source, Reader reader, Dictionary.Builder out) {
    try (JsonParser p = GovSiteJson.reader().createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        readTerms(source, p, out);
      } else if (t == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          int line = p.currentLocation().getLineNr();
          JsonToken v = p.nextToken();
          if (name.equals("terms") && v == JsonToken.START_ARRAY) {
            readTerms(source, p, out);
          } else if (name.equals("allow") && v == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              int l = p.currentLocation().getLineNr();
              if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new DataFormatException(source, l, "allow", "须为字符串 / must be a string");
              }
              try {
                out.addAllowed(p.getText());
              } catch (InvalidInputException e) {
                throw new DataFormatException(source, l, e.field(), e.reason(), e);
              }
            }
          } else if (name.equals("settings") && v == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              int l = p.currentLocation().getLineNr();
              JsonToken value = p.nextToken();
              if (!value.isScalarValue()) {
                throw new DataFormatException(source, l, "settings." + key, "须为字符串、数字或布尔值 / must be a string, number or boolean");
              }
              try {
                out.set(key, p.getText());
              } catch (InvalidInputException e) {
                throw new DataFormatException(source, l, "settings." + e.field(), e.reason(), e);
              }
            }
          } else if (name.equals("settings")) {
            throw new DataFormatException(source, line, name, "须为对象 / must be an object");
          } else if (name.equals("terms") || name.equals("allow")) {
            throw new DataFormatException(source, line, name, "须为数组 / must be an array");
          } else {
            throw new DataFormatException(source, line, name, "未知字段 / unknown field (expected \"terms\": [...], \"allow\": [...] and \"settings\": {...})");
          }
        }
      } else {
        throw new DataFormatException(source, p.currentLocation().getLineNr(), "", "须为对象或数组 / expected an object or an array");
      }
    } catch (IOException e) {
      int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
          ? j.getLocation().getLineNr() : 0;
      throw new DataFormatException(source, line, "", "JSON 格式错误 / malformed JSON: " + Objects.requireNonNullElse(e.getMessage(), "").lines().findFirst().orElse(""), e);
    }
    return out.build();
  }

  private static void readTerms(String source, JsonParser p, Dictionary.Builder out) throws IOException {
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int line = p.currentLocation().getLineNr();
      String field = "terms[" + index + "]";
      JsonNode n = p.readValueAsTree();
      if (n == null || !n.isObject()) {
        throw new DataFormatException(source, line, field, "须为对象 / must be an object with \"term\"");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!TERM_FIELDS.contains(e.getKey())) {
          throw new DataFormatException(source, line, field + "." + e.getKey(), "未知字段 / unknown field");
        }
        if (!e.getValue().isTextual()) {
          throw new DataFormatException(source, line, field + "." + e.getKey(), "须为字符串 / must be a string");
        }
      }
      try {
        String term = n.path("term").asText("");
        Category category = n.has("category") ? Category.of(n.get("category").asText()) : Category.CUSTOM;
        Severity severity = n.has("severity") ? Severity.parse(n.get("severity").asText(), "severity") : Severity.REVIEW;
        Optional<String> suggestion = n.has("suggestion") && !n.get("suggestion").asText().isBlank()
            ? Optional.of(n.get("suggestion").asText()) : Optional.empty();
        out.add(new Term(term, category, severity, suggestion));
      } catch (InvalidInputException e) {
        throw new DataFormatException(source, line, field + "." + e.field(), e.reason(), e);
      }
      index++;
    }
  }
}
