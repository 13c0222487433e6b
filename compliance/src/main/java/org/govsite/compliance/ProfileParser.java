package org.govsite.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govsite.compliance.SiteProfile.Mailbox;
import org.govsite.compliance.SiteProfile.ProfileColumn;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.support.DataFiles;

/** Reads the profile JSON, naming the file and field path of every fault. */
final class ProfileParser {

  private ProfileParser() {}

  /** Parses a profile. */
  public static SiteProfile parse(String source, InputStream in) {
    JsonNode root = DataFiles.readJson(source, in);
    if (root == null || !root.isObject()) {
      throw new DataFormatException(source, 0, "", "应为JSON对象 / expected a JSON object");
    }
    Fields f = new Fields(source);
    f.only(root, "", Set.of("site", "columns", "mailbox", "checks"));
    JsonNode site = f.object(root, "site", true);
    f.only(site, "site", Set.of("name", "id"));
    String name = f.text(site, "site", "name", true).orElseThrow();
    Optional<String> id = f.text(site, "site", "id", false);
    WebsiteCode code;
    try {
      code = WebsiteCode.parse(id.orElse(SiteProfile.PLACEHOLDER_CODE), "site.id");
    } catch (InvalidInputException e) {
      throw new DataFormatException(source, 0, "site.id", e.reason(), e);
    }
    List<ProfileColumn> columns = new ArrayList<>();
    JsonNode cols = root.get("columns");
    if (cols != null && !cols.isNull()) {
      if (!cols.isArray()) {
        throw new DataFormatException(source, 0, "columns", "应为数组 / expected an array");
      }
      for (int i = 0; i < cols.size(); i++) {
        String at = "columns[" + i + "]";
        JsonNode c = cols.get(i);
        if (!c.isObject()) {
          throw new DataFormatException(source, 0, at, "应为对象 / expected an object");
        }
        f.only(c, at, Set.of("id", "name", "kind", "parent", "listUrl", "itemSelector", "dateSelector"));
        ColumnKind kind;
        try {
          kind = ColumnKind.parse(f.text(c, at, "kind", true).orElseThrow(), at + ".kind");
        } catch (DataFormatException e) {
          throw e;
        } catch (InvalidInputException e) {
          throw new DataFormatException(source, 0, at + ".kind", e.reason(), e);
        }
        columns.add(new ProfileColumn(f.text(c, at, "id", true).orElseThrow(), f.text(c, at, "name", true).orElseThrow(), kind,
            f.text(c, at, "parent", false), f.text(c, at, "listUrl", true).orElseThrow(),
            f.text(c, at, "itemSelector", false), f.text(c, at, "dateSelector", false)));
      }
    }
    Optional<Mailbox> mailbox = Optional.empty();
    JsonNode m = root.get("mailbox");
    if (m != null && !m.isNull()) {
      f.only(m, "mailbox", Set.of("listUrl", "itemSelector", "receivedSelector", "repliedSelector"));
      mailbox = Optional.of(new Mailbox(f.text(m, "mailbox", "listUrl", true).orElseThrow(), f.text(m, "mailbox", "itemSelector", false),
          f.text(m, "mailbox", "receivedSelector", false), f.text(m, "mailbox", "repliedSelector", false)));
    }
    CheckSettings checks = CheckSettingsParser.parse(source, root.get("checks"));
    try {
      return new SiteProfile(name, code, columns, mailbox, checks);
    } catch (InvalidInputException e) {
      throw new DataFormatException(source, 0, e.field(), e.reason(), e);
    }
  }

  private record Fields(String source) {
    void only(JsonNode node, String at, Set<String> allowed) {
      if (!node.isObject()) {
        throw new DataFormatException(source, 0, at, "应为对象 / expected an object");
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
        String n = it.next();
        if (!allowed.contains(n)) {
          throw new DataFormatException(source, 0, at.isEmpty() ? n : at + "." + n, "未知字段 / unknown field, expected one of " + allowed);
        }
      }
    }

    JsonNode object(JsonNode node, String name, boolean required) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw new DataFormatException(source, 0, name, "不能为空 / is required");
      }
      return v;
    }

    Optional<String> text(JsonNode node, String at, String name, boolean required) {
      JsonNode v = node.get(name);
      String path = at + "." + name;
      if (v == null || v.isNull()) {
        if (required) {
          throw new DataFormatException(source, 0, path, "不能为空 / is required");
        }
        return Optional.empty();
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        throw new DataFormatException(source, 0, path, "应为非空字符串 / expected a non-empty string");
      }
      return Optional.of(v.asText().strip());
    }
  }
}
