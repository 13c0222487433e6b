package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.InputDates;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.support.Checks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads files into {@link SearchDocument}s (文件导入): {@code .txt} (id = file name, title = first
 * line), {@code .html}/{@code .htm} (title from {@code <title>} or the first {@code <h1>}, visible
 * text as body) and {@code .json} (one document object or an array of them).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DocumentFiles {
  /**
   * The default largest file indexed (索引上限), 16 MiB: a file is read whole and analysed as one
   * document, which takes several times its size in heap; a page or a 公文 is far smaller, and a
   * larger file is a dump to split, not a document.
   */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L << 20;

  private DocumentFiles() {}

  /** Receives a file skipped by {@link #read(Path, long, Skipped, Consumer)} and why. */
  @FunctionalInterface
  @API(status = EXPERIMENTAL, since = "0.1")
  public interface Skipped {
    /** Called for a file of {@code size} bytes over the limit of {@code maxBytes}. */
    void skipped(Path file, long size, long maxBytes);
  }

  /**
   * Reads a file, or every supported file under a folder in name order, handing each document to
   * {@code sink} as its file is read, so only one file is in memory at a time; a file larger than
   * {@code maxDocumentBytes} is not read but reported to {@code skipped}.
   */
  public static void read(Path path, long maxDocumentBytes, Skipped skipped, Consumer<SearchDocument> sink) {
    Checks.argument(maxDocumentBytes >= 1, "maxDocumentBytes", "须为正数", "must be positive: " + maxDocumentBytes);
    Checks.notNull(skipped, "skipped");
    Checks.notNull(sink, "sink");
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(DocumentFiles::supported).sorted().toList();
      } catch (IOException e) {
        throw new DataFormatException(path.toString(), 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
      }
    } else if (Files.isRegularFile(path)) {
      files = List.of(path);
    } else {
      throw new DataFormatException(path.toString(), 0, "", "文件不存在 / no such file or folder");
    }
    for (Path f : files) {
      long size;
      try {
        size = Files.size(f);
      } catch (IOException e) {
        throw new DataFormatException(f.toString(), 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
      }
      if (size > maxDocumentBytes) {
        skipped.skipped(f, size, maxDocumentBytes);
      } else {
        readFile(f).forEach(sink);
      }
    }
  }

  /** Reads a file, or every .txt/.html/.htm/.json file under a folder, into documents. */
  public static List<SearchDocument> read(Path path) {
    if (Files.isDirectory(path)) {
      List<SearchDocument> all = new ArrayList<>();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(Files::isRegularFile).filter(DocumentFiles::supported).sorted().toList()) {
          all.addAll(readFile(f));
        }
      } catch (IOException e) {
        throw new DataFormatException(path.toString(), 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
      }
      return all;
    }
    if (!Files.isRegularFile(path)) {
      throw new DataFormatException(path.toString(), 0, "", "文件不存在 / no such file or folder");
    }
    return readFile(path);
  }

  private static boolean supported(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".json");
  }

  private static List<SearchDocument> readFile(Path f) {
    String name = f.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String text;
    try {
      text = Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DataFormatException(f.toString(), 0, "", "无法以 UTF-8 读取 / cannot be read as UTF-8: " + e.getMessage(), e);
    }
    if (lower.endsWith(".json")) {
      return json(f, text);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      Document d = Jsoup.parse(text);
      String title = !d.title().isBlank() ? d.title() : d.select("h1").text();
      return List.of(SearchDocument.builder(name, ContentKind.ARTICLE, title.isBlank() ? name : title.strip())
          .body(d.body() == null ? "" : d.body().text()).build());
    }
    if (!lower.endsWith(".txt")) {
      throw new DataFormatException(f.toString(), 0, "", "不支持的文件类型 / unsupported file type (txt, html, htm, json)");
    }
    String stripped = text.strip();
    int nl = stripped.indexOf('\n');
    String title = (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
    String body = nl < 0 ? "" : stripped.substring(nl + 1).strip();
    return List.of(SearchDocument.builder(name, ContentKind.ARTICLE, title.isEmpty() ? name : title).body(body).build());
  }

  private static List<SearchDocument> json(Path f, String text) {
    JsonNode root;
    try {
      root = GovSiteJson.reader().readTree(text);
    } catch (JsonProcessingException e) {
      throw new DataFormatException(f.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
          "JSON 语法错误 / malformed JSON: " + e.getOriginalMessage(), e);
    }
    List<SearchDocument> out = new ArrayList<>();
    if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        out.add(document(f, root.get(i), "[" + i + "]"));
      }
    } else if (root != null && root.isObject()) {
      out.add(document(f, root, ""));
    } else {
      throw new DataFormatException(f.toString(), 1, "(root)", "应为文档对象或数组 / expected a document object or an array of them");
    }
    return out;
  }

  private static SearchDocument document(Path f, JsonNode n, String at) {
    try {
      String id = required(f, n, at, "id");
      ContentKind kind = n.hasNonNull("kind") ? ContentKind.ofCode(n.get("kind").asText(), path(at, "kind")) : ContentKind.ARTICLE;
      SearchDocument.Builder b = SearchDocument.builder(id, kind, required(f, n, at, "title"));
      if (n.hasNonNull("body")) {
        b.body(n.get("body").asText());
      }
      text(n, "url").ifPresent(b::url);
      text(n, "column").ifPresent(b::column);
      text(n, "organ").ifPresent(b::organ);
      text(n, "topic").ifPresent(b::topic);
      text(n, "documentNumber").ifPresent(b::documentNumber);
      if (n.hasNonNull("date")) {
        String d = n.get("date").asText();
        try {
          LocalDate day = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
          if (!InputDates.contains(day)) {
            throw new DataFormatException(f.toString(), 0, path(at, "date"), InputDates.outOfRange(d));
          }
          b.date(day);
        } catch (DateTimeParseException e) {
          throw new DataFormatException(f.toString(), 0, path(at, "date"), "不是有效日期 / not a yyyy-mm-dd date: '" + d + "'");
        }
      }
      if (n.hasNonNull("extra")) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("extra").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isContainerNode()) {
            // asText() would store an object or array as "" without a word.
            throw new DataFormatException(f.toString(), 0, path(at, "extra." + e.getKey()), "应为文字或数字 / expected text or a number");
          }
          b.extra(e.getKey(), e.getValue().asText());
        }
      }
      return b.build();
    } catch (DataFormatException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new DataFormatException(f.toString(), 0, at.isEmpty() || e.field().startsWith(at) ? e.field() : path(at, e.field()), e.reason(), e);
    }
  }

  /** A field's path in the file: {@code [2].date} in an array, {@code date} in a single object. */
  private static String path(String at, String field) {
    return at.isEmpty() ? field : at + "." + field;
  }

  private static String required(Path f, JsonNode n, String at, String field) {
    if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
      throw new DataFormatException(f.toString(), 0, path(at, field), "必填 / is required");
    }
    return n.get(field).asText();
  }

  private static java.util.Optional<String> text(JsonNode n, String field) {
    return n.hasNonNull(field) ? java.util.Optional.of(n.get(field).asText()) : java.util.Optional.empty();
  }
}
