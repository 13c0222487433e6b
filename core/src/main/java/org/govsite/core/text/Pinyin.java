package org.govsite.core.text;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.DataFiles;
import org.jspecify.annotations.Nullable;

/**
 * Pinyin readings (拼音) of Han characters: the toneless, lower-case pinyin of each character of
 * U+4E00–U+9FFF, its common reading only ({@code 法} → {@code fa}, {@code ü} written {@code v}).
 * The one pinyin table of GovSite, shared by search's pinyin field and screening's pinyin switch;
 * the data is {@code org/govsite/core/text/pinyin.txt} (see the README beside it).
 */
@API(status = MAINTAINED, since = "0.1")
public final class Pinyin {
  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;

  private Pinyin() {}

  /** Returns the toneless pinyin of a Han character, empty for any other char. */
  public static Optional<String> reading(char c) {
    return c >= FIRST && c <= LAST ? Optional.ofNullable(Table.READINGS[c - FIRST]) : Optional.empty();
  }

  /** Returns the full pinyin of a text made only of Han characters with readings ({@code 社保} → {@code shebao}). */
  public static Optional<String> full(CharSequence text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String r = raw(text.charAt(i));
      if (r == null) {
        return Optional.empty();
      }
      b.append(r);
    }
    return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
  }

  /** Returns the initials of a text made only of Han characters with readings ({@code 社保} → {@code sb}). */
  public static Optional<String> initials(CharSequence text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String r = raw(text.charAt(i));
      if (r == null) {
        return Optional.empty();
      }
      b.append(r.charAt(0));
    }
    return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
  }

  private static @Nullable String raw(char c) {
    return c >= FIRST && c <= LAST ? Table.READINGS[c - FIRST] : null;
  }

  private static final class Table {
    static final String[] READINGS = DataFiles.bundled(Pinyin.class, "pinyin.txt", Table::parse);

    private static String[] parse(String source, InputStream in) throws IOException {
      String[] t = new String[LAST - FIRST + 1];
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 0) {
          continue;
        }
        String reading = line.substring(0, tab).intern();
        for (int i = tab + 1; i < line.length(); i++) {
          char c = line.charAt(i);
          if (c >= FIRST && c <= LAST) {
            t[c - FIRST] = reading;
          }
        }
      }
      return t;
    }
  }
}
