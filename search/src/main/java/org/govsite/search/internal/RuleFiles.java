package org.govsite.search.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.core.support.DataFiles;

/** Reads the line-based rule files (synonyms, confusions): blank lines and # comments skipped. */
@API(status = INTERNAL, since = "0.1")
public final class RuleFiles {
  private RuleFiles() {}

  /** One meaningful line and its 1-based number. */
  @API(status = INTERNAL, since = "0.1")
  public record Line(int number, String text) {}

  /** Reads a file's meaningful lines. */
  public static List<Line> read(Path file) {
    return DataFiles.read(file, RuleFiles::read);
  }

  /** Reads a stream's meaningful lines; {@code source} names it in errors. */
  public static List<Line> read(String source, InputStream in) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        String t = s.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          lines.add(new Line(n, t));
        }
      }
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
    return lines;
  }

  /** Reads a bundled resource of the search module, e.g. {@code confusions.txt} in {@code org/govsite/search}. */
  public static List<Line> bundled(String name) {
    return DataFiles.bundled(RuleFiles.class, "/org/govsite/search/" + name, RuleFiles::read);
  }
}
