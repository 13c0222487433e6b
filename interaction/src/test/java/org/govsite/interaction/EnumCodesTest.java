package org.govsite.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Codes read from storage and policy files go through Codes.byName: trimmed, case ignored, the accepted ones listed. */
class EnumCodesTest {
  @Test
  void everyStateAndDecisionReadsBackFromItsCode() {
    for (LetterState s : LetterState.values()) {
      assertEquals(s, LetterState.parse(" " + s.code().toUpperCase() + " ", "letter_state"));
      assertEquals(s, LetterState.parse(s.chinese(), "letter_state"));
    }
    for (PublicationDecision d : PublicationDecision.values()) {
      assertEquals(d, PublicationDecision.parse(d.code(), "publication"));
    }
    for (AlarmLevel l : AlarmLevel.values()) {
      assertEquals(l, AlarmLevel.parse(" " + l.code().toUpperCase(), "level"));
      assertEquals(l, AlarmLevel.parse(l.chinese(), "level"));
    }
  }

  @Test
  void anUnknownCodeNamesTheFieldAndListsTheCodes() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AlarmLevel.parse("orange", "alarms[1].level"));
    assertEquals("alarms[1].level", e.field());
    assertTrue(e.getMessage().contains("[none, warning, yellow-card, red-card]"), e.getMessage());
    assertEquals("to_state", assertThrows(InvalidInputException.class, () -> LetterState.parse("lost", "to_state")).field());
    assertEquals("publication", assertThrows(InvalidInputException.class, () -> PublicationDecision.parse(null, "publication")).field());
  }
}
