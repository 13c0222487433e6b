package org.govsite.core.calendar;

import org.govsite.core.docs.DocExamples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs the examples of docs/calendar.md and checks the page shows exactly this code. */
class CalendarGuideTest {

  @Test
  void guideExampleRuns() {
    // tag::example[]
    WorkingDayCalendar calendar = WorkingDayCalendar.official();

    // A request received on 2025-09-30 must be answered within 5 working days.
    Deadline deadline = calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 5);
    assertEquals(LocalDate.of(2025, 10, 14), deadline.date());
    assertFalse(deadline.provisional());
    System.out.println(deadline.explain()); // names 国庆节、中秋节 and the make-up day 2025-10-11

    assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))); // Saturday, 调休上班
    assertEquals(5, calendar.countWorkingDays(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 14)).count());

    // No 2027 notice yet: the answer is marked provisional.
    assertTrue(calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 10).provisional());

    // A county adds its own day off on top of the official calendar.
    WorkingDayCalendar county = WorkingDayCalendar.builder()
        .addLocalDayOff(LocalDate.of(2025, 11, 19), "县庆")
        .build();
    assertFalse(county.isWorkingDay(LocalDate.of(2025, 11, 19)));
    // end::example[]
  }

  @Test
  void guideShowsTheTestedCode() throws IOException {
    DocExamples.assertGuideShows("calendar.md", CalendarGuideTest.class);
  }
}
