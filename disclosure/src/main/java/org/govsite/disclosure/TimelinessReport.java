package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The Art. 26 timeliness report (主动公开时效): for each proactive entry, whether it was published
 * within the limit (20 working days) of its 成文 or 变更 date, and by how many working days it was late.
 *
 * @param limitWorkingDays the limit applied
 * @param results one result per proactive entry, in catalogue order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TimelinessReport(int limitWorkingDays, List<Result> results) {
  /** Rejects a null component, naming it, and copies the results. */
  public TimelinessReport {
    results = List.copyOf(Checks.notNull(results, "results"));
  }

  /** Returns the late entries only. */
  public List<Result> late() {
    return results.stream().filter(Result::late).toList();
  }

  /**
   * One entry's timeliness (时效结果).
   *
   * @param indexNumber the entry's 索引号
   * @param title the entry's title
   * @param formed the 成文 or 变更 date the limit counts from
   * @param due the last day allowed
   * @param published the 发布日期
   * @param workingDaysLate 0 when on time, else the working days after {@code due} up to publication
   * @param provisional true when the due day depends on a year without official calendar data
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Result(String indexNumber, String title, LocalDate formed, LocalDate due, LocalDate published,
      int workingDaysLate, boolean provisional) {
    /** Rejects a null component, naming it. */
    public Result {
      Checks.notNull(indexNumber, "indexNumber");
      Checks.notNull(title, "title");
      Checks.notNull(formed, "formed");
      Checks.notNull(due, "due");
      Checks.notNull(published, "published");
    }

    /** Returns true when published after the due day. */
    public boolean late() {
      return published.isAfter(due);
    }
  }
}
