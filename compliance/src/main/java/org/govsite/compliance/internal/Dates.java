package org.govsite.compliance.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.calendar.WorkingDayCalendar;

/** Finds dates in list-page text: 2026-11-01, 2026/11/01, 2026.11.01 and 2026年11月1日. */
@API(status = INTERNAL, since = "0.1")
public final class Dates {
  private static final Pattern DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})(?:-([0-9]{1,2})-([0-9]{1,2})|/([0-9]{1,2})/([0-9]{1,2})|\\.([0-9]{1,2})\\.([0-9]{1,2})"
          + "|\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日)(?![0-9])");

  private Dates() {}

  /** Returns every valid date in the text, in order. */
  public static List<LocalDate> find(String text) {
    List<LocalDate> out = new ArrayList<>();
    Matcher m = DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    // The regex is tried only where a year can start (19xx or 20xx after a non-digit): letting
    // find() try it at every character of a 3 KB page cost a tenth of an audit.
    for (int i = 0; i + 1 < n; i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if (!((c == '1' && next == '9') || (c == '2' && next == '0')) || (i > 0 && isDigit(text.charAt(i - 1)))) {
        continue;
      }
      m.region(i, n);
      if (!m.lookingAt()) {
        continue;
      }
      i = m.end() - 1;
      int year = Integer.parseInt(m.group(1));
      for (int g = 2; g <= 8; g += 2) {
        if (m.group(g) != null) {
          try {
            LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)));
            if (!d.isBefore(WorkingDayCalendar.SUPPORTED_FROM) && !d.isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
              out.add(d);
            }
          } catch (DateTimeException e) {
            // 2026-02-30 is not a date: not an item's date either
          }
          break;
        }
      }
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
