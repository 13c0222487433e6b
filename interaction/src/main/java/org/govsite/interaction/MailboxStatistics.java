package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The mailbox report for a period (信箱办理情况统计): totals, counts by type, the department league
 * table, and the overdue and census-risk letters at an instant.
 *
 * @param from first day of receipt counted
 * @param to last day of receipt counted
 * @param at the instant overdue letters, replies and risks are judged at
 * @param totals the figures over all letters in the period
 * @param byType valid letters per type, in type order (every type present, possibly 0)
 * @param departments the league table: best reply rate first, then most on time, then name
 * @param overdue ids of letters unreplied and past the deadline at the instant
 * @param censusRisk ids of valid consultations unanswered for more than the census limit (互动回应差)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MailboxStatistics(LocalDate from, LocalDate to, LocalDateTime at, ReplyCounts totals,
    Map<LetterType, Long> byType, List<DepartmentStatistics> departments, List<String> overdue, List<String> censusRisk) {
  /** Rejects a null component, naming it, and copies the collections. */
  public MailboxStatistics {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(at, "at");
    Checks.notNull(totals, "totals");
    Checks.notNull(byType, "byType");
    EnumMap<LetterType, Long> types = new EnumMap<>(LetterType.class);
    types.putAll(byType);
    byType = Collections.unmodifiableMap(types);
    departments = List.copyOf(Checks.notNull(departments, "departments"));
    overdue = List.copyOf(Checks.notNull(overdue, "overdue"));
    censusRisk = List.copyOf(Checks.notNull(censusRisk, "censusRisk"));
  }
}
