package org.govsite.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govsite.core.DataFormatException;
import org.govsite.core.support.DataFiles;

/** Reads topic trees from JSON, naming the field at fault. */
final class TopicTreeReader {
  /** A tree as read: its name and top-level topics. */
  public record Result(String name, List<Topic> roots) {}

  private TopicTreeReader() {}

  /** Reads a tree. */
  public static Result read(String source, InputStream in) {
    JsonNode root = DataFiles.readJson(source, in);
    if (root == null || !root.isObject()) {
      throw new DataFormatException(source, 0, "", "应为 JSON 对象 / expected a JSON object");
    }
    JsonNode name = root.get("name");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      throw new DataFormatException(source, 0, "name", "缺少分类体系名称 / the tree needs a non-blank name");
    }
    JsonNode cats = root.get("categories");
    if (cats == null || !cats.isArray() || cats.isEmpty()) {
      throw new DataFormatException(source, 0, "categories", "应为非空数组 / expected a non-empty array");
    }
    return new Result(name.asText(), topics(source, cats, "categories", Optional.empty(), new HashSet<>()));
  }

  private static List<Topic> topics(String source, JsonNode array, String path, Optional<String> parent, Set<String> seen) {
    List<Topic> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode n = array.get(i);
      String code = text(source, n, p, "code");
      String name = text(source, n, p, "name");
      if (!seen.add(code)) {
        throw new DataFormatException(source, 0, p + ".code", "分类代码重复 / duplicate code: " + code);
      }
      JsonNode kids = n.get("children");
      List<Topic> children = List.of();
      if (kids != null && !kids.isNull()) {
        if (!kids.isArray()) {
          throw new DataFormatException(source, 0, p + ".children", "应为数组 / expected an array");
        }
        children = topics(source, kids, p + ".children", Optional.of(code), seen);
      }
      out.add(new Topic(code, name, parent, children));
    }
    return out;
  }

  private static String text(String source, JsonNode n, String path, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new DataFormatException(source, 0, path + "." + field, "应为非空字符串 / expected a non-blank string");
    }
    return v.asText();
  }
}
