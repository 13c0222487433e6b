package org.govsite.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of working-day arithmetic, checked against a naive day-by-day walk. */
class WorkingDayCalendarProperties {
  private static final WorkingDayCalendar CAL = WorkingDayCalendar.official();
  private static final LocalDate FROM = LocalDate.of(2006, 1, 1);

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 22).map(FROM::plusDays);
  }

  @Group
  class Adding {
    @Property
    void resultIsAWorkingDay(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 400) int n) {
      assertTrue(CAL.isWorkingDay(CAL.addWorkingDays(d, n).date()));
    }

    @Property
    void countUndoesAdd(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 400) int n) {
      assertEquals(n, CAL.countWorkingDays(d, CAL.addWorkingDays(d, n).date()).count());
    }

    @Property
    void monotonicInN(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 300) int n) {
      assertTrue(CAL.addWorkingDays(d, n + 1).date().isAfter(CAL.addWorkingDays(d, n).date()));
    }

    @Property
    void monotonicInStart(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 300) int n) {
      assertTrue(!CAL.addWorkingDays(d.plusDays(1), n).date().isBefore(CAL.addWorkingDays(d, n).date()));
    }

    @Property
    void addIsAssociativeFromWorkingDays(@ForAll("dates") LocalDate d,
        @ForAll @IntRange(min = 0, max = 200) int a, @ForAll @IntRange(min = 0, max = 200) int b) {
      LocalDate w = CAL.addWorkingDays(d, 1).date();
      assertEquals(CAL.addWorkingDays(w, a + b).date(), CAL.addWorkingDays(CAL.addWorkingDays(w, a).date(), b).date());
    }

    @Property
    void equalsNaiveWalk(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 120) int n) {
      LocalDate x = d;
      for (int left = n; left > 0; ) {
        x = x.plusDays(1);
        if (CAL.isWorkingDay(x)) {
          left--;
        }
      }
      assertEquals(x, CAL.addWorkingDays(d, n).date());
    }
  }

  @Group
  class Days {
    @Property
    void weekdaysNotListedOffAreWorkingDays(@ForAll("dates") LocalDate d) {
      CalendarDay day = CAL.day(d);
      boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      if (weekday && day.kind() != DayKind.OFFICIAL_DAY_OFF) {
        assertTrue(day.isWorkingDay(), d.toString());
      }
      if (!weekday && day.kind() != DayKind.MAKEUP_WORKING_DAY) {
        assertTrue(!day.isWorkingDay(), d.toString());
      }
    }

    @Property
    void countIsAntisymmetricAndAdditive(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
      assertEquals(-CAL.countWorkingDays(a, b).count(), CAL.countWorkingDays(b, a).count());
      assertEquals(CAL.countWorkingDays(a, c).count(), CAL.countWorkingDays(a, b).count() + CAL.countWorkingDays(b, c).count());
    }

    @Property
    void nextAndPreviousAreInverse(@ForAll("dates") LocalDate d) {
      CalendarDay next = CAL.nextWorkingDay(d);
      assertTrue(next.isWorkingDay());
      assertEquals(1, CAL.countWorkingDays(d, next.date()).count());
      LocalDate prev = CAL.previousWorkingDay(next.date()).date();
      assertEquals(0, CAL.countWorkingDays(prev, d).count() - (CAL.isWorkingDay(d) && !prev.equals(d) ? 1 : 0));
    }
  }
}
