package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The 政府信息公开工作年度报告 (annual report, 条例 第49条) tables for a year: section 二 from the
 * catalogue where it holds the data, section 三 from the requests in the national layout.
 * {@code org.govsite.disclosure.render.AnnualReportRenderer} writes it as JSON, publishable HTML
 * and CSV.
 *
 * <p>Requests received in earlier years and still open on 1 January count as 上年结转; those still
 * open on 31 December as 结转下年度继续办理, so 本年新收 + 上年结转 = 总计 + 结转下年度 in every column.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AnnualReport {
  private final int year;
  private final RequestTable table;
  private final List<RegulationRow> regulations;
  private final List<RequestStatus> statuses;

  private AnnualReport(int year, RequestTable table, List<RegulationRow> regulations, List<RequestStatus> statuses) {
    this.year = year;
    this.table = table;
    this.regulations = List.copyOf(regulations);
    this.statuses = List.copyOf(statuses);
  }

  /** Returns a builder for a year's report. */
  public static Builder builder(int year) {
    return new Builder(year);
  }

  /** Returns the year reported on. */
  public int year() {
    return year;
  }

  /** Returns section 三: requests received and handled. */
  public RequestTable requestTable() {
    return table;
  }

  /** Returns section 二's table for Art. 20 item (1), when a catalogue was given; empty otherwise. */
  public List<RegulationRow> regulations() {
    return regulations;
  }

  /** Returns the status at year end (or at the answer) of every request the table counts, in input order. */
  public List<RequestStatus> requestStatuses() {
    return statuses;
  }

  /**
   * A row of section 二's table for Art. 20 item (1) (规章 / 行政规范性文件).
   *
   * @param label 规章 or 行政规范性文件
   * @param issued entries written this year (本年制发件数)
   * @param repealed entries repealed this year (本年废止件数)
   * @param current entries in force on 31 December (现行有效件数)
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record RegulationRow(String label, int issued, int repealed, int current) {
    /** Rejects a null component, naming it. */
    public RegulationRow {
      Checks.notNull(label, "label");
    }
  }

  /** Builds an annual report (年度报告), checking each input as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final int year;
    private final List<DisclosureRequest> requests = new ArrayList<>();
    private @Nullable Catalogue catalogue;
    private RequestTracker tracker = RequestTracker.national();

    private Builder(int year) {
      Checks.argument(year >= 2008 && year <= 2099, "year", "年份须在 2008–2099 之间（条例自2008年施行）",
          "the year must be between 2008 and 2099: " + year);
      this.year = year;
    }

    /** Adds requests; those received after the year are ignored. */
    public Builder requests(Collection<DisclosureRequest> v) {
      Checks.notNull(v, "requests");
      java.util.Set<String> ids = new java.util.HashSet<>();
      requests.forEach(r -> ids.add(r.id()));
      for (DisclosureRequest r : v) {
        Checks.notNull(r, "requests");
        Checks.argument(ids.add(r.id()), "requests", "申请编号重复", "duplicate request id '" + r.id() + "'");
        requests.add(r);
      }
      return this;
    }

    /** Sets the catalogue that section 二 counts. */
    public Builder catalogue(Catalogue v) {
      catalogue = Checks.notNull(v, "catalogue");
      return this;
    }

    /** Sets the tracker computing deadlines (default: official calendar, national limits). */
    public Builder tracker(RequestTracker v) {
      tracker = Checks.notNull(v, "tracker");
      return this;
    }

    /** Returns the report. */
    public AnnualReport build() {
      AnnualCounter counter = new AnnualCounter(year, tracker);
      for (DisclosureRequest r : requests) {
        counter.add(r);
      }
      List<RegulationRow> regs = catalogue == null ? List.of() : AnnualCounter.regulations(year, catalogue);
      return new AnnualReport(year, new RequestTable(counter.counts()), regs, counter.statuses());
    }
  }
}
