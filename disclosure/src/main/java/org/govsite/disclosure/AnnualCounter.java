package org.govsite.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govsite.core.InvalidInputException;
import org.govsite.disclosure.AnnualReport.RegulationRow;

/** Counts requests into the annual report's section 三 table. */
final class AnnualCounter {
  private static final int NEW = 0;
  private static final int CARRIED_OVER = 1;
  private static final int FIRST_OUTCOME = 2;
  private static final int TOTAL = FIRST_OUTCOME + Outcome.values().length;
  private static final int CARRIED_FORWARD = TOTAL + 1;
  private static final int TOTAL_COLUMN = ApplicantType.values().length;

  private final int year;
  private final LocalDate start;
  private final LocalDate end;
  private final RequestTracker tracker;
  private final int[][] counts = new int[CARRIED_FORWARD + 1][TOTAL_COLUMN + 1];
  private final List<RequestStatus> statuses = new ArrayList<>();

  /** Creates a counter for a year. */
  public AnnualCounter(int year, RequestTracker tracker) {
    this.year = year;
    this.start = LocalDate.of(year, 1, 1);
    this.end = LocalDate.of(year, 12, 31);
    this.tracker = tracker;
    assert RequestTable.rows().size() == counts.length;
  }

  /** Counts one request, if the year's table includes it. */
  public void add(DisclosureRequest r) {
    if (r.received().getYear() > year) {
      return;
    }
    Optional<RequestEvent> closure = closure(r);
    if (closure.isPresent() && closure.get().date().isBefore(start)) {
      return;
    }
    int col = r.applicant().ordinal();
    inc(r.received().getYear() == year ? NEW : CARRIED_OVER, col);
    if (closure.isPresent()) {
      // A withdrawal has no row of its own in the national table; it is reported under （六）其他处理 3．其他.
      Outcome o = closure.get().outcome().orElse(Outcome.OTHER_OTHER);
      inc(FIRST_OUTCOME + o.ordinal(), col);
      inc(TOTAL, col);
    } else {
      inc(CARRIED_FORWARD, col);
    }
    try {
      statuses.add(tracker.status(r, end));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("requests[" + r.id() + "]." + e.field(), e.reason(), e);
    }
  }

  private Optional<RequestEvent> closure(DisclosureRequest r) {
    for (RequestEvent e : r.events()) {
      if (e.date().isAfter(end)) {
        break;
      }
      if (e.type() == RequestEvent.Type.ANSWERED || e.type() == RequestEvent.Type.WITHDRAWN) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private void inc(int row, int col) {
    counts[row][col]++;
    counts[row][TOTAL_COLUMN]++;
  }

  /** Returns the counts, rows and columns in {@link RequestTable}'s order. */
  public int[][] counts() {
    return counts;
  }

  /** Returns the statuses of the requests counted. */
  public List<RequestStatus> statuses() {
    return statuses;
  }

  /** Returns section 二's rows for Art. 20 item (1): 规章 by genre, everything else 行政规范性文件. */
  public static List<RegulationRow> regulations(int year, Catalogue catalogue) {
    LocalDate end = LocalDate.of(year, 12, 31);
    int[][] c = new int[2][3];
    for (CatalogueEntry e : catalogue.entries()) {
      if (e.category().orElse(null) != ProactiveCategory.REGULATIONS) {
        continue;
      }
      int row = e.genre().filter(g -> g.contains("规章")).isPresent() ? 0 : 1;
      if (e.writtenDate().getYear() == year) {
        c[row][0]++;
      }
      if (e.validity() == Validity.REPEALED && e.validityChangedOn().filter(d -> d.getYear() == year).isPresent()) {
        c[row][1]++;
      }
      if (e.currentOn(end)) {
        c[row][2]++;
      }
    }
    return List.of(new RegulationRow("规章", c[0][0], c[0][1], c[0][2]),
        new RegulationRow("行政规范性文件", c[1][0], c[1][1], c[1][2]));
  }
}
