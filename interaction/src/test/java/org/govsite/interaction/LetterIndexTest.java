package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterIndexTest {
  private final MailboxTracker tracker = MailboxTracker.standard();

  private List<Letter> letters() {
    return List.of(
        Fixtures.assigned("E1", LetterType.CONSULTATION, "2025-10-09T09:00:00", "教育局"),  // due 10-15
        Fixtures.assigned("E2", LetterType.COMPLAINT, "2025-10-13T09:00:00", "教育局"),     // due 10-20
        Fixtures.assigned("B1", LetterType.CONSULTATION, "2025-10-14T09:00:00", "住建局"),  // due 10-21
        Fixtures.assigned("B2", LetterType.HELP, "2025-10-20T09:00:00", "住建局"),          // due 10-27
        Fixtures.replied("R1", LetterType.CONSULTATION, "2025-10-09T09:00:00", "教育局", "2025-10-10T09:00:00"));
  }

  @Test
  void overdueIsThePrefixOfLettersWhoseDeadlinePassed() {
    LetterIndex index = tracker.index(letters());
    assertEquals(4, index.size(), "replied letters are not indexed");
    assertEquals(List.of(), index.overdue(t("2025-10-15T18:00:00")));
    assertEquals(List.of("E1"), index.overdue(t("2025-10-16T08:00:00")).stream().map(Letter::id).toList());
    assertEquals(List.of("E1", "E2", "B1"), index.overdue(t("2025-10-22T08:00:00")).stream().map(Letter::id).toList());
    assertEquals(tracker.overdue(letters(), t("2025-10-22T08:00:00")), index.overdue(t("2025-10-22T08:00:00")));
  }

  @Test
  void chaseListPerDepartmentMostUrgentFirst() {
    LetterIndex index = tracker.index(letters());
    Map<String, List<ChaseItem>> chase = index.chaseList(t("2025-10-16T10:00:00"), 3);
    // Until 10-21 (3 working days after 10-16): E1 overdue, E2 due 10-20, B1 due 10-21; B2 (10-27) not yet.
    assertEquals(List.of("教育局", "住建局"), List.copyOf(chase.keySet()));
    List<ChaseItem> edu = chase.get("教育局");
    assertEquals(List.of("E1", "E2"), edu.stream().map(ChaseItem::letterId).toList());
    assertTrue(edu.get(0).overdue());
    assertEquals(-1, edu.get(0).workingDaysLeft());
    assertEquals(2, edu.get(1).workingDaysLeft());
    assertEquals(AlarmLevel.YELLOW_CARD, edu.get(1).alarm());
    assertEquals(List.of("B1"), chase.get("住建局").stream().map(ChaseItem::letterId).toList());
    assertEquals(3, chase.get("住建局").get(0).workingDaysLeft());
    assertEquals(AlarmLevel.WARNING, chase.get("住建局").get(0).alarm());
  }

  @Test
  void censusRiskOfUnansweredConsultations() {
    LetterIndex index = tracker.index(letters());
    assertEquals(List.of(), index.censusRisk(t("2026-01-09T23:59:59")));
    assertEquals(List.of("E1"), index.censusRisk(t("2026-01-10T00:00:00")).stream().map(Letter::id).toList());
    assertEquals(List.of("E1", "B1"), index.censusRisk(t("2026-02-01T09:00:00")).stream().map(Letter::id).toList());
  }
}
