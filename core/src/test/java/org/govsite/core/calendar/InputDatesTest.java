package org.govsite.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class InputDatesTest {
  @Test
  void theRangeRunsFromTheFoundingOfThePrcToTheCalendarHorizon() {
    assertEquals(LocalDate.of(1949, 10, 1), InputDates.EARLIEST);
    assertEquals(WorkingDayCalendar.SUPPORTED_TO, InputDates.LATEST);
    assertEquals(LocalDate.of(1949, 10, 1), InputDates.parse("1949-10-01", "d"));
    assertEquals(LocalDate.of(2099, 12, 31), InputDates.parse("2099-12-31", "d"));
  }

  @Test
  void outOfRangeOrMalformedDatesNameTheirField() {
    for (String s : new String[] {"-5000-01-01", "0000-01-01", "1949-09-30", "2100-01-01", "+10000-01-01", "2025-02-30", "2025-1-1"}) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> InputDates.parse(s, "asOf"), s);
      assertEquals("asOf", e.field());
      assertTrue(e.getMessage().contains("/ "), e.getMessage());
    }
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> InputDates.check(LocalDate.of(0, 1, 1).atStartOfDay(), "received"));
    assertEquals("received", e.field());
    assertTrue(e.getMessage().contains("1949-10-01"), e.getMessage());
  }
}
