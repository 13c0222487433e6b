package org.govsite.search.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.text.TextNormalizer;

/**
 * Normalized keys for 发文字号 so that {@code 国办发〔2014〕57号}, {@code 国办发[2014]57号} and
 * {@code 国办发2014 57} meet: organ code, full year and serial without leading zeros. Documents'
 * own numbers are read with core's {@link org.govsite.core.identifiers.DocumentNumber}; this class finds
 * numbers loosely written inside a query, which that strict reader need not accept.
 */
@API(status = INTERNAL, since = "0.1")
public final class DocumentNumberKeys {
  /** Organ code, a year in any bracket or none, an optional 第, the serial, an optional 号. */
  private static final Pattern NUMBER = Pattern.compile(
      "([\\p{IsHan}A-Za-z]{1,16}?)\\s*[〔\\[［(（【{]?\\s*((?:19|20)\\d{2}|\\d{2})\\s*[〕\\]］)）】}]?\\s*第?\\s*0*(\\d{1,6})\\s*号?");

  private DocumentNumberKeys() {}

  /** Returns the indexed form of a number, {@code 国办发|2014|57}. */
  public static String term(String organ, int year, int serial) {
    return organ + "|" + year + "|" + serial;
  }

  /**
   * Returns the keys a text may mean. The organ code has no fixed length, so for a query each
   * trailing part of the Han run before the year is a candidate (关于国办发 → 国办发, 办发 …); the
   * indexed key matches one of them.
   */
  public static List<String> candidates(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(TextNormalizer.standard().fold(text));
    while (m.find()) {
      if (!hasYearMarker(m)) {
        continue;
      }
      String organ = m.group(1);
      int year = year(m.group(2));
      int serial = Integer.parseInt(m.group(3));
      for (int i = 0; i < organ.length(); i++) {
        out.add(term(organ.substring(i), year, serial));
      }
    }
    return out;
  }

  // Without brackets, only a four-digit year followed by a separate serial counts ("国办发2014 57").
  private static boolean hasYearMarker(Matcher m) {
    String whole = m.group();
    boolean bracket = whole.matches(".*[〔\\[［(（【{].*");
    return bracket || m.group(2).length() == 4 && whole.substring(m.end(2) - m.start()).matches("\\s+.*|[〕\\]］)）】}].*");
  }

  private static int year(String y) {
    int v = Integer.parseInt(y);
    return y.length() == 2 ? (v > 50 ? 1900 + v : 2000 + v) : v;
  }
}
