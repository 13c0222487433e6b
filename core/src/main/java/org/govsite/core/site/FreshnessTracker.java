package org.govsite.core.site;

import org.govsite.core.DataFormatException;
import org.govsite.core.ConflictException;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;

/**
 * The column-update monitor (栏目更新监测) of a site cluster: it keeps, in memory, the publication
 * history of every column, fed by {@link FreshnessEvent}s or by bulk load, and evaluates any site
 * or the whole cluster against a {@link FreshnessPolicy} as of any instant.
 *
 * <p>Thread-safe: every method takes the tracker's lock. Per column it keeps only the publication
 * time, a hash of the id and the withdrawal time of each item, so an evaluation is a binary search
 * per column, not a scan of the items.
 *
 * <pre>{@code
 * FreshnessTracker tracker = FreshnessTracker.create();
 * tracker.addSite(site);
 * tracker.record(FreshnessEvent.appear(site.code(), "c1", "https://…/1.html", "标题", published));
 * SiteFreshnessVerdict v = tracker.evaluate(site.code(), LocalDateTime.now(), FreshnessPolicy.national());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FreshnessTracker {
  /** The most weekly snapshots a report may ask for (two years). */
  public static final int MAX_HISTORY_WEEKS = 104;

  private final FreshnessEngine engine = new FreshnessEngine();

  private FreshnessTracker() {}

  /** Returns a new, empty tracker. */
  public static FreshnessTracker create() {
    return new FreshnessTracker();
  }

  /**
   * Starts tracking a site, with no items yet.
   *
   * @throws ConflictException with code {@link CoreErrorCode#FRESHNESS_DUPLICATE_SITE} when its code is tracked already
   */
  public synchronized FreshnessTracker addSite(Site site) {
    engine.addSite(Checks.notNull(site, "site"));
    return this;
  }

  /** Returns the tracked sites in the order they were added. */
  public synchronized List<Site> sites() {
    return List.copyOf(engine.sites());
  }

  /**
   * Applies one publication event.
   *
   * @throws InvalidInputException naming the field at fault: an unknown site, column or item, or a
   *     withdrawal before publication
   */
  public synchronized FreshnessTracker record(FreshnessEvent event) {
    engine.record(Checks.notNull(event, "event"));
    return this;
  }

  /** Applies events in order (bulk load) and returns how many were applied. */
  public synchronized long load(Iterable<FreshnessEvent> events) {
    Checks.notNull(events, "events");
    long n = 0;
    for (FreshnessEvent e : events) {
      if (e == null) {
        throw new InvalidInputException("events[" + n + "]", "不能为空 / is required");
      }
      engine.record(e);
      n++;
    }
    return n;
  }

  /**
   * Reads a site file (format in docs/freshness.md): adds its site, home-page update and items.
   *
   * @throws DataFormatException naming the file and the field at fault
   */
  public Site addSiteFile(Path file) {
    return DataFiles.read(file, this::addSiteJson);
  }

  /** Reads a site file from a stream; {@code source} names it in errors. */
  public Site addSiteJson(String source, InputStream json) {
    Checks.notNull(source, "source");
    Checks.notNull(json, "json");
    SiteFile f = SiteFileParser.parse(source, json);
    synchronized (this) {
      try {
        engine.addSite(f.site());
      } catch (ConflictException e) {
        throw new DataFormatException(source, 0, "site.id", String.valueOf(e.getMessage()), e);
      }
      for (FreshnessEvent e : f.events()) {
        engine.record(e);
      }
    }
    return f.site();
  }

  /**
   * Evaluates one site at {@code at} (kept to the second).
   *
   * @throws InvalidInputException naming {@code site} when the site is not tracked
   */
  public synchronized SiteFreshnessVerdict evaluate(WebsiteCode site, LocalDateTime at, FreshnessPolicy policy) {
    return engine.evaluate(Checks.notNull(site, "site"), Checks.notNull(at, "at"), Checks.notNull(policy, "policy"), 0);
  }

  /** Evaluates every site at {@code at} with one policy, riskiest first. */
  public FreshnessReport evaluateAll(LocalDateTime at, FreshnessPolicy policy) {
    return evaluateAll(at, policy, Map.of(), 0);
  }

  /**
   * Evaluates every site at {@code at}: a site listed in {@code perSite} gets its own policy, the
   * others {@code policy}; with {@code historyWeeks} ≥ 2 each column also gets that many weekly
   * snapshots, ending at {@code at}, for the report's heat map.
   */
  public synchronized FreshnessReport evaluateAll(LocalDateTime at, FreshnessPolicy policy, Map<WebsiteCode, FreshnessPolicy> perSite,
      int historyWeeks) {
    Checks.notNull(at, "at");
    Checks.notNull(policy, "policy");
    Checks.notNull(perSite, "perSite");
    perSite.forEach((code, p) -> {
      Checks.notNull(code, "perSite");
      Checks.notNull(p, "perSite[" + code + "]");
    });
    Checks.argument(historyWeeks >= 0 && historyWeeks <= MAX_HISTORY_WEEKS, "historyWeeks", "历史周数应为0至" + MAX_HISTORY_WEEKS,
        "history weeks must be 0–" + MAX_HISTORY_WEEKS + ": " + historyWeeks);
    List<SiteFreshnessVerdict> verdicts = new ArrayList<>();
    for (Site s : engine.sites()) {
      verdicts.add(engine.evaluate(s.code(), at, perSite.getOrDefault(s.code(), policy), historyWeeks));
    }
    return FreshnessReport.of(at, policy.name(), verdicts);
  }
}
