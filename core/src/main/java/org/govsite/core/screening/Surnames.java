package org.govsite.core.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.govsite.core.DataFormatException;
import org.govsite.core.support.DataFiles;

/**
 * The bundled surnames (姓氏, {@code surnames.txt}) and the spaced heading words that are not
 * names ({@code spaced-words.txt}), loaded once through {@link DataFiles#bundled}. Sources are in
 * the README beside the files.
 */
final class Surnames {
  private static final Set<String> SINGLE;
  private static final Set<String> COMPOUND;
  private static final Set<String> NOT_NAMES;

  static {
    Set<String> all = DataFiles.bundled(Surnames.class, "surnames.txt", Surnames::entries);
    Set<String> single = new HashSet<>();
    Set<String> compound = new HashSet<>();
    for (String e : all) {
      (e.codePointCount(0, e.length()) == 1 ? single : compound).add(e);
    }
    SINGLE = Set.copyOf(single);
    COMPOUND = Set.copyOf(compound);
    NOT_NAMES = Set.copyOf(DataFiles.bundled(Surnames.class, "spaced-words.txt", Surnames::entries));
  }

  private Surnames() {}

  /** Whether the character is a single surname of the list. */
  static boolean single(int codePoint) {
    return SINGLE.contains(Character.toString(codePoint));
  }

  /** Whether the two characters are a compound surname of the list (欧阳, 司马…). */
  static boolean compound(int first, int second) {
    return COMPOUND.contains(Character.toString(first) + Character.toString(second));
  }

  /** Whether a run, its separators removed, is a heading word often written spaced (简介, 时间). */
  static boolean notAName(String joined) {
    return NOT_NAMES.contains(joined);
  }

  /** Reads whitespace-separated entries of one or two Han characters; {@code #} starts a comment line. */
  private static Set<String> entries(String source, InputStream in) throws IOException {
    Set<String> out = new HashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      for (String e : line.strip().split("\\s+")) {
        int n = e.codePointCount(0, e.length());
        if (n < 1 || !e.codePoints().allMatch(Character::isIdeographic)) {
          throw new DataFormatException(source, lineNo, e, "须为汉字 / must be Han characters");
        }
        out.add(e);
      }
    }
    return out;
  }
}
