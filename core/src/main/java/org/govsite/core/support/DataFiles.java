package org.govsite.core.support;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.DataFormatException;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.govsite.core.json.GovSiteJson;

/**
 * Opens a data file or a bundled resource for a parser, so that every loader reports a missing or
 * unreadable one the same way: a {@link DataFormatException} naming it, never a raw
 * {@link IOException} or a null stream.
 */
@API(status = INTERNAL, since = "0.1")
public final class DataFiles {
  private DataFiles() {}

  /** Parses an open stream; may throw what reading the stream throws. */
  @API(status = INTERNAL, since = "0.1")
  @FunctionalInterface
  public interface Parser<T> {
    /** Parses the stream; {@code source} is the file's name for error messages. */
    T parse(String source, InputStream in) throws IOException;
  }

  /**
   * The largest data file read by default: 64 MiB. Data files (site profiles, policies, calendars,
   * letter and request exports) are parsed whole, and a parsed JSON tree takes several times its
   * size in heap; a larger file is refused by name rather than exhausting the heap (issue 14:
   * bounded input). Set {@value #MAX_FILE_BYTES_PROPERTY} to change it.
   */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

  /** The system property that overrides {@link #DEFAULT_MAX_FILE_BYTES}, e.g. {@code GOVSITE_JAVA_OPTS=-Dgovsite.data-files.max-bytes=…}. */
  public static final String MAX_FILE_BYTES_PROPERTY = "govsite.data-files.max-bytes";

  /** Opens {@code file} and hands it to {@code parser} under the file's name; refuses a file over the size limit. */
  public static <T> T read(Path file, Parser<T> parser) {
    Checks.notNull(file, "file");
    String source = file.toString();
    long limit = maxFileBytes();
    try {
      if (Files.isRegularFile(file) && Files.size(file) > limit) {
        throw new GovSiteException(CoreErrorCode.TOO_LARGE, source + "：文件超过上限 " + limit + " 字节 / " + source
            + ": file larger than the limit of " + limit + " bytes (-D" + MAX_FILE_BYTES_PROPERTY + ")");
      }
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parser.parse(source, in);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(source, 0, "", "文件不存在 / file not found", e);
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
  }

  private static long maxFileBytes() {
    String set = System.getProperty(MAX_FILE_BYTES_PROPERTY);
    if (set == null) {
      return DEFAULT_MAX_FILE_BYTES;
    }
    try {
      long v = Long.parseLong(set.strip());
      Checks.argument(v > 0, MAX_FILE_BYTES_PROPERTY, "须为正整数", "must be a positive number of bytes: " + set);
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(MAX_FILE_BYTES_PROPERTY, "须为正整数 / must be a positive number of bytes: " + set, e);
    }
  }

  /**
   * Opens a resource shipped in a GovSite jar (内置数据) and hands it to {@code parser} under the
   * name given. The resource is read from the module of {@code anchor}, never through the thread's
   * context class loader, so it is found the same way on the class path, on the module path, and
   * in a container whose context loader belongs to the application.
   *
   * <p>On the module path a resource in one of a module's packages is encapsulated: asked through
   * {@link Class#getResourceAsStream}, it is found only by the module itself or one its package is
   * opened to, and here the asker would be core. So in a named module the resource is read from
   * the contents of the anchor's module ({@link ModuleReader}); nothing needs to be opened.
   *
   * @param anchor a class of the module that owns the resource, e.g. {@code TopicTree.class}
   * @param name the resource's name: relative to {@code anchor}'s package, or absolute when it
   *     starts with {@code /}, as {@link Class#getResource} reads it
   * @throws DataFormatException naming the resource when it is missing or cannot be read, and
   *     whatever the parser throws for bad content
   */
  public static <T> T bundled(Class<?> anchor, String name, Parser<T> parser) {
    Checks.notNull(anchor, "anchor");
    Checks.notNull(name, "name");
    Checks.notNull(parser, "parser");
    String path = absolute(anchor, name);
    Module module = anchor.getModule();
    try {
      if (module.isNamed() && module.getLayer() != null) {
        Optional<ResolvedModule> resolved = module.getLayer().configuration().findModule(module.getName());
        if (resolved.isPresent()) {
          try (ModuleReader reader = resolved.get().reference().open()) {
            Optional<InputStream> in = reader.open(path);
            return parse(anchor, name, path, in.orElse(null), parser);
          }
        }
      }
      return parse(anchor, name, path, anchor.getResourceAsStream("/" + path), parser);
    } catch (IOException e) {
      throw new DataFormatException(name, 0, "", "无法读取内置数据 / cannot read bundled resource " + path + ": " + e.getMessage(), e);
    }
  }

  private static <T> T parse(Class<?> anchor, String name, String path, @Nullable InputStream stream, Parser<T> parser) throws IOException {
    if (stream == null) {
      throw new DataFormatException(name, 0, "", "内置数据缺失 / bundled resource missing: " + path + " in "
          + (anchor.getModule().isNamed() ? "module " + anchor.getModule().getName() : "the jar of " + anchor.getName()));
    }
    try (InputStream in = stream) {
      return parser.parse(name, in);
    }
  }

  /** Resolves a name as {@link Class#getResource} does: {@code /a/b.txt} → {@code a/b.txt}, {@code b.txt} → package path + b.txt. */
  private static String absolute(Class<?> anchor, String name) {
    if (name.startsWith("/")) {
      return name.substring(1);
    }
    String pkg = anchor.getPackageName();
    return pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
  }

  /**
   * Reads a whole JSON document from a stream; malformed JSON fails with its line, an unreadable
   * stream with the reason, both as a {@link DataFormatException} naming {@code source}. An empty
   * stream gives null or a missing node, which callers report as the wrong shape.
   */
  public static JsonNode readJson(String source, InputStream in) {
    try {
      return GovSiteJson.reader().readTree(in);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DataFormatException(source, line, "", "JSON 语法错误 / malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
  }
}
