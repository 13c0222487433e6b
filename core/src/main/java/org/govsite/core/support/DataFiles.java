package org.govsite.core.support;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;

/**
 * Opens a data file for a parser, so that every loader reports a missing or unreadable file the
 * same way: a {@link DataFormatException} naming the file, never a raw {@link IOException}.
 */
@API(status = INTERNAL, since = "0.1")
public final class DataFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DataFiles() {}

  /** Parses an open stream; may throw what reading the stream throws. */
  @API(status = INTERNAL, since = "0.1")
  @FunctionalInterface
  public interface Parser<T> {
    /** Parses the stream; {@code source} is the file's name for error messages. */
    T parse(String source, InputStream in) throws IOException;
  }

  /** Opens {@code file} and hands it to {@code parser} under the file's name. */
  public static <T> T read(Path file, Parser<T> parser) {
    Checks.notNull(file, "file");
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return parser.parse(source, in);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(source, 0, "", "文件不存在 / file not found", e);
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a whole JSON document from a stream; malformed JSON fails with its line, an unreadable
   * stream with the reason, both as a {@link DataFormatException} naming {@code source}. An empty
   * stream gives null or a missing node, which callers report as the wrong shape.
   */
  public static JsonNode readJson(String source, InputStream in) {
    try {
      return JSON.readTree(in);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DataFormatException(source, line, "", "JSON 语法错误 / malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
  }
}
