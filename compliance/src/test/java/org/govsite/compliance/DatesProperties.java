package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.govsite.compliance.internal.Dates;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class DatesProperties {
  @Property
  void everyWrittenFormIsFoundAsTheSameDate(@ForAll @IntRange(min = 0, max = 36500) int offset, @ForAll @IntRange(min = 0, max = 3) int form) {
    LocalDate d = LocalDate.of(2000, 1, 1).plusDays(offset);
    String text = switch (form) {
      case 0 -> String.format("%d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      case 1 -> String.format("%d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      case 2 -> String.format("%d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      default -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    };
    assertEquals(List.of(d), Dates.find("发布时间：" + text + " 点击"));
  }

  /** The scan that tries the pattern only where a year can start finds what find() over every character finds. */
  @Property
  void theScanFindsWhatAPlainFindFinds(@ForAll("dateish") String text) {
    assertEquals(plainFind(text), Dates.find(text));
  }

  @Provide
  Arbitrary<String> dateish() {
    return Arbitraries.strings().withChars("0123456789012-/.年月日 x").ofMaxLength(40)
        .map(s -> s.replace("x", "2026-11-0"));
  }

  private static List<LocalDate> plainFind(String text) {
    Pattern date = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?:-([0-9]{1,2})-([0-9]{1,2})|/([0-9]{1,2})/([0-9]{1,2})"
        + "|\\.([0-9]{1,2})\\.([0-9]{1,2})|\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日)(?![0-9])");
    List<LocalDate> out = new ArrayList<>();
    Matcher m = date.matcher(text);
    while (m.find()) {
      for (int g = 2; g <= 8; g += 2) {
        if (m.group(g) != null) {
          try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)));
            if (!d.isBefore(WorkingDayCalendar.SUPPORTED_FROM) && !d.isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
              out.add(d);
            }
          } catch (DateTimeException e) {
            // not a date
          }
          break;
        }
      }
    }
    return out;
  }

  @Test
  void notDatesAreNotFound() {
    assertEquals(List.of(), Dates.find("2026-02-30 12026-11-01 2026-11-011 电话 2026-13-01"));
    assertEquals(List.of(LocalDate.of(2026, 11, 1)), Dates.find("2026年11月1日"));
  }
}
