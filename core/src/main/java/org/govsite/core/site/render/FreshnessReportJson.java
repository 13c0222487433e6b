package org.govsite.core.site.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.govsite.core.site.ColumnFreshness;
import org.govsite.core.site.FreshnessReport;
import org.govsite.core.site.FreshnessSnapshot;
import org.govsite.core.site.FreshnessStatus;
import org.govsite.core.site.FreshnessTotals;
import org.govsite.core.site.FreshnessVeto;
import org.govsite.core.site.FreshnessVetoCode;
import org.govsite.core.site.HomePageFreshness;
import org.govsite.core.site.SiteFreshnessVerdict;
import org.govsite.core.support.Checks;

/**
 * The JSON shape of a freshness report (栏目更新报告 JSON), as docs/freshness.md lists it: the
 * cluster's verdict and totals, every veto item and every column of every site (each tagged with
 * its {@code site}), and per site a summary. The shape is the same for one site or many, so tools
 * read one format. Date-times are written as {@link LocalDateTime#toString()} writes them
 * ({@code 2026-11-20T09:00}, seconds only when not zero); absent values are {@code null} where
 * the guide shows them and left out where it says "when".
 *
 * @param at the instant evaluated
 * @param policy the default policy's name
 * @param verdict {@code pass} when every site passes, else {@code fail}
 * @param totals the cluster's totals
 * @param vetoes every veto item of every site
 * @param columns every column of every site
 * @param sites every site, riskiest first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FreshnessReportJson(String at, String policy, String verdict, Totals totals, List<Veto> vetoes, List<ColumnJson> columns,
    List<SiteJson> sites) {

  /** Rejects a null component, naming it, and copies the lists. */
  public FreshnessReportJson {
    Checks.notNull(at, "at");
    Checks.notNull(policy, "policy");
    Checks.notNull(verdict, "verdict");
    Checks.notNull(totals, "totals");
    vetoes = List.copyOf(Checks.notNull(vetoes, "vetoes"));
    columns = List.copyOf(Checks.notNull(columns, "columns"));
    sites = List.copyOf(Checks.notNull(sites, "sites"));
  }

  /** Returns the shape of a report. */
  public static FreshnessReportJson of(FreshnessReport r) {
    List<Veto> vetoes = new ArrayList<>();
    List<ColumnJson> columns = new ArrayList<>();
    List<SiteJson> sites = new ArrayList<>();
    for (SiteFreshnessVerdict v : r.sites()) {
      String site = v.site().code().value();
      for (FreshnessVeto x : v.vetoes()) {
        vetoes.add(new Veto(site, x.code().name(), x.code().chinese(), x.count(), x.threshold(), x.columns(), x.failed()));
      }
      for (ColumnFreshness c : v.columns()) {
        columns.add(ColumnJson.of(site, c, v.at()));
      }
      sites.add(SiteJson.of(v));
    }
    return new FreshnessReportJson(r.at().toString(), r.policyName(), r.passed() ? "pass" : "fail", Totals.of(r.totals()),
        vetoes, columns, sites);
  }

  /** Counts keyed by a code, in the enum's order, so the JSON lists every code even when zero. */
  private static <E extends Enum<E>> Map<String, Integer> byCode(E[] codes, Function<E, String> name, Function<E, Integer> count) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (E c : codes) {
      m.put(name.apply(c), count.apply(c));
    }
    return Collections.unmodifiableMap(m);
  }

  /** A copy that keeps the order of {@code m}, which the JSON lists its codes in (Map.copyOf would not). */
  private static Map<String, Integer> ordered(Map<String, Integer> m, String field) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(m, field)));
  }

  private static Optional<String> time(Optional<LocalDateTime> t) {
    return t.map(LocalDateTime::toString);
  }

  private static Optional<Long> days(OptionalLong d) {
    return d.isPresent() ? Optional.of(d.getAsLong()) : Optional.empty();
  }

  /**
   * The cluster's totals (汇总).
   *
   * @param sites sites evaluated
   * @param passed sites that pass
   * @param failed sites that fail
   * @param columns columns evaluated
   * @param byStatus columns per status ({@code fresh}, {@code due-soon}, {@code stale}, {@code blank}, {@code exempt})
   * @param failuresByVeto per veto code, the sites that fail it
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Totals(int sites, int passed, int failed, int columns, Map<String, Integer> byStatus, Map<String, Integer> failuresByVeto) {
    /** Rejects a null component, naming it, and copies the maps in their order. */
    public Totals {
      byStatus = ordered(byStatus, "byStatus");
      failuresByVeto = ordered(failuresByVeto, "failuresByVeto");
    }

    static Totals of(FreshnessTotals t) {
      return new Totals(t.sites(), t.passed(), t.failed(), t.columns(),
          byCode(FreshnessStatus.values(), FreshnessStatus::jsonName, t.byStatus()::get),
          byCode(FreshnessVetoCode.values(), FreshnessVetoCode::name, t.failuresByVeto()::get));
    }
  }

  /**
   * One veto item of one site (否决项).
   *
   * @param site the site's code
   * @param code the veto code, e.g. {@code COLUMNS_NOT_UPDATED}
   * @param name the item's Chinese name
   * @param count how many count against it
   * @param threshold how many fail the site
   * @param columns the offending column ids ({@code homepage} for the home page)
   * @param failed whether it fails the site
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Veto(String site, String code, String name, int count, int threshold, List<String> columns, boolean failed) {
    /** Rejects a null component, naming it, and copies the list. */
    public Veto {
      Checks.notNull(site, "site");
      Checks.notNull(code, "code");
      Checks.notNull(name, "name");
      columns = List.copyOf(Checks.notNull(columns, "columns"));
    }
  }

  /**
   * One column of one site (栏目).
   *
   * @param site the site's code
   * @param id the column's id
   * @param name its name
   * @param kind its kind's JSON name
   * @param level its level, 1 at the top
   * @param parent the parent's id, {@code null} at the top
   * @param status its status's JSON name
   * @param lastPublished the last item's time, {@code null} without items
   * @param itemCount how many items it has
   * @param daysSinceLast whole days since the last item, when it has items
   * @param limit the limit, e.g. {@code 2w}, when one applies
   * @param staleAfter the last fresh instant, {@code null} without one
   * @param provisional whether {@code staleAfter} may still move (RULES §1)
   * @param countedAs the veto code while stale or blank
   * @param history weekly snapshots, only when asked for
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record ColumnJson(String site, String id, String name, String kind, int level, Optional<String> parent, String status,
      Optional<String> lastPublished, int itemCount, @JsonInclude(Include.NON_ABSENT) Optional<Long> daysSinceLast,
      @JsonInclude(Include.NON_ABSENT) Optional<String> limit, Optional<String> staleAfter, boolean provisional,
      @JsonInclude(Include.NON_ABSENT) Optional<String> countedAs, @JsonInclude(Include.NON_EMPTY) List<Snapshot> history) {
    /** Rejects a null component, naming it, and copies the list. */
    public ColumnJson {
      Checks.notNull(site, "site");
      Checks.notNull(id, "id");
      Checks.notNull(name, "name");
      Checks.notNull(kind, "kind");
      Checks.notNull(parent, "parent");
      Checks.notNull(status, "status");
      Checks.notNull(lastPublished, "lastPublished");
      Checks.notNull(daysSinceLast, "daysSinceLast");
      Checks.notNull(limit, "limit");
      Checks.notNull(staleAfter, "staleAfter");
      Checks.notNull(countedAs, "countedAs");
      history = List.copyOf(Checks.notNull(history, "history"));
    }

    static ColumnJson of(String site, ColumnFreshness c, LocalDateTime at) {
      return new ColumnJson(site, c.column().id(), c.column().name(), c.column().kind().jsonName(), c.column().level(),
          c.column().parentId(), c.status().jsonName(), time(c.lastPublished()), c.itemCount(), days(c.daysSinceLast(at)),
          c.limit().map(Object::toString), time(c.staleAfter()), c.provisional(), c.countedAs().map(Enum::name),
          c.history().stream().map(Snapshot::of).toList());
    }
  }

  /**
   * A weekly snapshot of a column (历史快照).
   *
   * @param at the snapshot's instant
   * @param status the status then
   * @param daysSinceLast whole days since the last item then, when it had items
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Snapshot(String at, String status, @JsonInclude(Include.NON_ABSENT) Optional<Long> daysSinceLast) {
    /** Rejects a null component, naming it. */
    public Snapshot {
      Checks.notNull(at, "at");
      Checks.notNull(status, "status");
      Checks.notNull(daysSinceLast, "daysSinceLast");
    }

    static Snapshot of(FreshnessSnapshot s) {
      return new Snapshot(s.at().toString(), s.status().jsonName(), days(s.daysSinceLast()));
    }
  }

  /**
   * One site's summary (站点结论).
   *
   * @param id the site's code
   * @param name its name
   * @param homePage its home page address, when known
   * @param policy the policy applied to it
   * @param verdict {@code pass} or {@code fail}
   * @param risk its risk, rounded to three decimals
   * @param homepage the home page's freshness
   * @param counts columns per status
   * @param failed the codes of the veto items it fails
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record SiteJson(String id, String name, @JsonInclude(Include.NON_ABSENT) Optional<String> homePage, String policy,
      String verdict, double risk, HomePage homepage, Map<String, Integer> counts, List<String> failed) {
    /** Rejects a null component, naming it, and copies the map (in its order) and the list. */
    public SiteJson {
      Checks.notNull(id, "id");
      Checks.notNull(name, "name");
      Checks.notNull(homePage, "homePage");
      Checks.notNull(policy, "policy");
      Checks.notNull(verdict, "verdict");
      Checks.notNull(homepage, "homepage");
      counts = ordered(counts, "counts");
      failed = List.copyOf(Checks.notNull(failed, "failed"));
    }

    static SiteJson of(SiteFreshnessVerdict v) {
      return new SiteJson(v.site().code().value(), v.site().name(), v.site().homePage(), v.policyName(), v.verdict(),
          Math.round(v.risk() * 1000) / 1000.0, HomePage.of(v.homePage()),
          byCode(FreshnessStatus.values(), FreshnessStatus::jsonName, v::count),
          v.failedVetoes().stream().map(x -> x.code().name()).toList());
    }
  }

  /**
   * The home page's freshness (首页更新).
   *
   * @param status its status's JSON name
   * @param lastUpdated the last update, {@code null} when unknown
   * @param limit the limit, when one applies
   * @param staleAfter the last fresh instant, {@code null} without one
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record HomePage(String status, Optional<String> lastUpdated, @JsonInclude(Include.NON_ABSENT) Optional<String> limit,
      Optional<String> staleAfter) {
    /** Rejects a null component, naming it. */
    public HomePage {
      Checks.notNull(status, "status");
      Checks.notNull(lastUpdated, "lastUpdated");
      Checks.notNull(limit, "limit");
      Checks.notNull(staleAfter, "staleAfter");
    }

    static HomePage of(HomePageFreshness h) {
      return new HomePage(h.status().jsonName(), time(h.lastUpdated()), h.limit().map(Object::toString), time(h.staleAfter()));
    }
  }
}
