package org.govsite.disclosure.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.LateNotice;
import org.govsite.core.support.Checks;
import org.govsite.disclosure.RequestStatus;

/**
 * The JSON shape of an annual report (年度报告 JSON), as docs/disclosure.md and docs/cli.md list
 * it; dates are yyyy-mm-dd, a missing date is {@code null}.
 *
 * @param year the year reported on
 * @param table3 section 三: row code → column code → count, in the national order
 * @param section2 section 二's rows for Art. 20 item (1) ({@code label}, {@code issued},
 *     {@code repealed}, {@code current}); empty without a catalogue
 * @param requests the status of every request the table counts, in input order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AnnualReportJson(int year, Map<String, Map<String, Integer>> table3, List<AnnualReport.RegulationRow> section2,
    List<Request> requests) {

  /** Rejects a null component, naming it, and copies the table (keeping the national order) and the lists. */
  public AnnualReportJson {
    Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
    Checks.notNull(table3, "table3")
        .forEach((row, columns) -> rows.put(row, Collections.unmodifiableMap(new LinkedHashMap<>(columns))));
    table3 = Collections.unmodifiableMap(rows);
    section2 = List.copyOf(Checks.notNull(section2, "section2"));
    requests = List.copyOf(Checks.notNull(requests, "requests"));
  }

  /** Returns the shape of a report. */
  public static AnnualReportJson of(AnnualReport r) {
    return new AnnualReportJson(r.year(), r.requestTable().asMap(), r.regulations(),
        r.requestStatuses().stream().map(Request::of).toList());
  }

  /**
   * One request's status (申请办理情况).
   *
   * @param id the request id
   * @param deadline the reply deadline in force, {@code null} while there is none
   * @param late whether the reply is or was late
   * @param state the state code
   * @param rule {@code 2019} or {@code 2007} (the regulation version that applies)
   * @param provisional whether the deadline may still move (RULES §1)
   * @param lateNotices the notices given late or missing
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Request(String id, Optional<LocalDate> deadline, boolean late, String state, String rule, boolean provisional,
      List<Notice> lateNotices) {
    /** Rejects a null component, naming it, and copies the list. */
    public Request {
      Checks.notNull(id, "id");
      Checks.notNull(deadline, "deadline");
      Checks.notNull(state, "state");
      Checks.notNull(rule, "rule");
      lateNotices = List.copyOf(Checks.notNull(lateNotices, "lateNotices"));
    }

    static Request of(RequestStatus s) {
      return new Request(s.requestId(), s.deadline(), s.late(), s.state().code(), s.legacy() ? "2007" : "2019", s.provisional(),
          s.lateNotices().stream().map(Notice::of).toList());
    }
  }

  /**
   * A late notice (逾期记录).
   *
   * @param kind the notice kind code
   * @param due the last day allowed
   * @param given the day given, {@code null} while missing
   * @param workingDaysLate working days late
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Notice(String kind, LocalDate due, Optional<LocalDate> given, int workingDaysLate) {
    /** Rejects a null component, naming it. */
    public Notice {
      Checks.notNull(kind, "kind");
      Checks.notNull(due, "due");
      Checks.notNull(given, "given");
    }

    static Notice of(LateNotice n) {
      return new Notice(n.kind().code(), n.due(), n.given(), n.workingDaysLate());
    }
  }
}
