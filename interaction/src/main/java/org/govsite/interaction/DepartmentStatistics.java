package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One row of the department league table (部门答复排行).
 *
 * @param rank 1 for the best department
 * @param name the department ("未分办" for letters not yet assigned)
 * @param counts its figures
 * @param overdue ids of its letters unreplied and past the deadline at the instant
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DepartmentStatistics(int rank, String name, ReplyCounts counts, List<String> overdue) {
  /** Rejects a null component, naming it, and copies the list. */
  public DepartmentStatistics {
    Checks.notNull(name, "name");
    Checks.notNull(counts, "counts");
    overdue = List.copyOf(Checks.notNull(overdue, "overdue"));
  }
}
