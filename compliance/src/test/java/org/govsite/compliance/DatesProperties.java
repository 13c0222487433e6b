package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.govsite.compliance.internal.Dates;
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

  @Test
  void notDatesAreNotFound() {
    assertEquals(List.of(), Dates.find("2026-02-30 12026-11-01 2026-11-011 电话 2026-13-01"));
    assertEquals(List.of(LocalDate.of(2026, 11, 1)), Dates.find("2026年11月1日"));
  }
}
