package org.govsite.core.calendar;

import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {
  private final WorkingDayCalendar cal = WorkingDayCalendar.official();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Nested
  class OfficialNotices {
    @ParameterizedTest
    @ValueSource(strings = {"2025-09-28", "2025-10-11", "2026-02-14", "2026-02-28", "2025-01-26"})
    void makeUpWorkingDaysOnWeekendsAreWorkingDays(String date) {
      assertTrue(cal.isWorkingDay(d(date)), date);
      assertEquals(DayKind.MAKEUP_WORKING_DAY, cal.day(d(date)).kind());
    }

    @Test
    void nationalDayAndMidAutumn2025AreOff() {
      for (LocalDate x = d("2025-10-01"); !x.isAfter(d("2025-10-08")); x = x.plusDays(1)) {
        assertFalse(cal.isWorkingDay(x), x.toString());
      }
      CalendarDay oct1 = cal.day(d("2025-10-01"));
      assertEquals(DayKind.OFFICIAL_DAY_OFF, oct1.kind());
      assertTrue(oct1.holidayName().orElseThrow().contains("国庆"), oct1.toString());
      assertFalse(oct1.provisional());
    }

    @Test
    void ordinaryDays() {
      assertEquals(DayKind.WEEKDAY, cal.day(d("2025-11-19")).kind());
      assertEquals(DayKind.WEEKEND, cal.day(d("2025-11-22")).kind());
    }

    @Test
    void previousDecemberDaysFromTheNextNoticeAreApplied() {
      // The 2012 notice made Saturday 2011-12-31 a working day.
      assertTrue(cal.isWorkingDay(d("2011-12-31")));
      assertEquals(DayKind.MAKEUP_WORKING_DAY, cal.day(d("2011-12-31")).kind());
    }
  }

  @Nested
  class Adding {
    @Test
    void issueExample() {
      Deadline dl = cal.addWorkingDays(d("2025-09-30"), 5);
      assertEquals(d("2025-10-14"), dl.date());
      assertFalse(dl.provisional());
    }

    @Test
    void startDayNeverCounts() {
      assertEquals(d("2025-11-20"), cal.addWorkingDays(d("2025-11-19"), 1).date());
      // A start on a day off behaves the same: day 1 is the first working day after it.
      assertEquals(d("2025-11-24"), cal.addWorkingDays(d("2025-11-22"), 1).date());
      assertEquals(d("2025-11-22"), cal.addWorkingDays(d("2025-11-22"), 0).date());
    }

    @Test
    void makeUpDayCountsAsDayOne() {
      // 2025-10-10 (Fri) + 1 → Saturday 2025-10-11, an official make-up working day.
      assertEquals(d("2025-10-11"), cal.addWorkingDays(d("2025-10-10"), 1).date());
    }

    @Test
    void twentyWorkingDaysAcrossSpringFestival2026() {
      // 2026 春节: 02-15..02-23 off, 02-14 and 02-28 make-up days.
      Deadline dl = cal.addWorkingDays(d("2026-02-02"), 20);
      assertEquals(20, cal.countWorkingDays(d("2026-02-02"), dl.date()).count());
      assertTrue(cal.isWorkingDay(dl.date()));
      List<CalendarDay> crossed = dl.crossedDays();
      assertTrue(crossed.stream().anyMatch(c -> c.date().equals(d("2026-02-14")) && c.isWorkingDay()), crossed.toString());
      assertTrue(crossed.stream().anyMatch(c -> c.date().equals(d("2026-02-17")) && !c.isWorkingDay()), crossed.toString());
      assertTrue(crossed.stream().allMatch(c -> c.kind().special()));
      assertTrue(dl.explain().contains("春节"), dl.explain());
    }

    @Test
    void explanationListsTheHolidayCrossed() {
      Deadline dl = cal.addWorkingDays(d("2025-09-30"), 5);
      List<CalendarDay> crossed = dl.crossedDays();
      assertEquals(d("2025-10-01"), crossed.get(0).date());
      assertTrue(crossed.stream().anyMatch(c -> c.date().equals(d("2025-10-11")) && c.kind() == DayKind.MAKEUP_WORKING_DAY));
      assertFalse(crossed.stream().anyMatch(c -> c.date().equals(d("2025-09-28"))), "before the start");
    }
  }

  @Nested
  class Provisional {
    @Test
    void aDeadlineIn2027IsProvisional() {
      Deadline dl = cal.addWorkingDays(d("2026-12-15"), 20);
      assertTrue(dl.provisional());
      assertTrue(dl.provisionalYears().contains(2027), dl.provisionalYears().toString());
      assertTrue(dl.explain().contains("暂定"));
    }

    @Test
    void lateDecemberDependsOnTheNextNotice() {
      assertTrue(cal.day(d("2026-12-28")).provisional());
      assertFalse(cal.day(d("2026-12-01")).provisional());
      assertFalse(cal.day(d("2025-12-28")).provisional());
      assertEquals(Set.of(2027), cal.addWorkingDays(d("2026-12-01"), 18).provisionalYears());
    }

    @Test
    void withinCoveredYearsNothingIsProvisional() {
      assertFalse(cal.addWorkingDays(d("2007-01-04"), 4000).provisional());
      assertFalse(cal.countWorkingDays(d("2010-01-01"), d("2020-01-01")).provisional());
      assertTrue(cal.countWorkingDays(d("2005-01-01"), d("2008-01-01")).provisional());
    }

    @Test
    void addingTheNextYearMakesItOfficial(@TempDir Path dir) throws Exception {
      Path y2027 = dir.resolve("2027.json");
      Files.writeString(y2027, """
          {"year": 2027, "papers": [], "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true}
          ]}""");
      WorkingDayCalendar withNext = WorkingDayCalendar.builder().addFile(y2027).build();
      assertTrue(withNext.coverage().isOfficial(2027));
      assertFalse(withNext.day(d("2026-12-28")).provisional());
      assertFalse(withNext.isWorkingDay(d("2027-01-01")));
      assertFalse(withNext.addWorkingDays(d("2026-12-15"), 20).provisional());
    }
  }

  @Nested
  class Counting {
    @Test
    void betweenCountsEndNotStart() {
      assertEquals(5, cal.countWorkingDays(d("2025-09-30"), d("2025-10-14")).count());
      assertEquals(0, cal.countWorkingDays(d("2025-10-01"), d("2025-10-08")).count());
      assertEquals(0, cal.countWorkingDays(d("2025-10-14"), d("2025-10-14")).count());
      assertEquals(-5, cal.countWorkingDays(d("2025-10-14"), d("2025-09-30")).count());
    }

    @Test
    void nextAndPrevious() {
      assertEquals(d("2025-10-09"), cal.nextWorkingDay(d("2025-09-30")).date());
      assertEquals(d("2025-09-30"), cal.previousWorkingDay(d("2025-10-09")).date());
      assertEquals(d("2025-09-30"), cal.previousWorkingDay(d("2025-10-05")).date());
      assertEquals(d("2025-09-28"), cal.previousWorkingDay(d("2025-09-29")).date());
    }

    @Test
    void coverage() {
      CalendarCoverage c = cal.coverage();
      assertEquals(2007, c.officialYears().first());
      assertEquals(2026, c.officialYears().last());
      assertEquals(20, c.officialYears().size());
    }
  }

  @Nested
  class BadInput {
    @Test
    void negativeN() {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> cal.addWorkingDays(d("2025-01-01"), -1));
      assertEquals("n", e.field());
    }

    @Test
    void nullDate() {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> cal.addWorkingDays(null, 1));
      assertEquals("start", e.field());
      assertThrows(InvalidInputException.class, () -> cal.isWorkingDay(null));
    }

    @Test
    void absurdYears() {
      assertThrows(InvalidInputException.class, () -> cal.isWorkingDay(LocalDate.of(1, 1, 1)));
      assertThrows(InvalidInputException.class, () -> cal.countWorkingDays(d("2025-01-01"), LocalDate.of(9999, 1, 1)));
      assertThrows(InvalidInputException.class, () -> cal.addWorkingDays(d("2099-12-20"), 30));
    }
  }

  @Nested
  class Loading {
    @Test
    void localDaysOverrideOfficialOnes() {
      WorkingDayCalendar county = WorkingDayCalendar.builder()
          .addLocalDayOff(d("2025-11-19"), "县庆")
          .build();
      CalendarDay day = county.day(d("2025-11-19"));
      assertEquals(DayKind.LOCAL_DAY_OFF, day.kind());
      assertEquals("县庆", day.holidayName().orElseThrow());
      assertEquals(d("2025-11-21"), county.addWorkingDays(d("2025-11-18"), 2).date());
    }

    @Test
    void overrideFileWithoutYear() {
      WorkingDayCalendar county = WorkingDayCalendar.builder()
          .addJson("local.json", """
              {"name": "某县", "days": [{"name": "三月三", "date": "2025-03-31", "isOffDay": true}]}""")
          .build();
      assertFalse(county.isWorkingDay(d("2025-03-31")));
      assertEquals(20, county.coverage().officialYears().size());
    }

    @Test
    void correctedYearReplacesBundledOne() {
      WorkingDayCalendar fixed = WorkingDayCalendar.builder()
          .addJson("2025.json", """
              {"year": 2025, "papers": [], "days": []}""")
          .build();
      assertTrue(fixed.isWorkingDay(d("2025-10-08")));
    }

    @Test
    void malformedFilesNameLineAndField() {
      DataFormatException e = assertThrows(DataFormatException.class, () -> WorkingDayCalendar.builder()
          .addJson("bad.json", """
              {"year": 2027,
               "papers": [],
               "days": [
                 {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                 {"name": "春节", "date": "2027-02-30", "isOffDay": true}
               ]}"""));
      assertEquals("bad.json", e.source());
      assertEquals(5, e.line().orElseThrow());
      assertEquals("days[1].date", e.field());
      assertTrue(e.getMessage().contains("bad.json line 5"), e.getMessage());
    }

    @Test
    void otherFaults() {
      assertThrows(DataFormatException.class, () -> WorkingDayCalendar.builder().addJson("x", "{\"year\": 2027,"));
      DataFormatException noDays = assertThrows(DataFormatException.class,
          () -> WorkingDayCalendar.builder().addJson("x", "{\"year\": 2027}"));
      assertEquals("days", noDays.field());
      DataFormatException type = assertThrows(DataFormatException.class, () -> WorkingDayCalendar.builder()
          .addJson("x", "{\"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": \"yes\"}]}"));
      assertEquals("days[0].isOffDay", type.field());
      DataFormatException wrongYear = assertThrows(DataFormatException.class, () -> WorkingDayCalendar.builder()
          .addJson("x", "{\"year\": 2027, \"days\": [{\"name\": \"\", \"date\": \"2028-01-01\", \"isOffDay\": true}]}"));
      assertEquals("days[0].date", wrongYear.field());
      assertThrows(DataFormatException.class, () -> WorkingDayCalendar.builder().addFile(Path.of("/no/such/file.json")));
    }
  }
}
